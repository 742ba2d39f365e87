import { beforeEach, describe, expect, it } from 'vitest';
import { useNotificationsStore } from '../../renderer/stores/notifications-store';
import { installFakeBridge } from './fake-bridge';

/** A promise the test answers when it chooses, to make two loads overlap in a known order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const inboxOf = (label: string) => ({ items: [], unread: label === 'open' ? 1 : 0, open: label === 'open' ? 1 : 0 });

describe('the notifications store', () => {
  beforeEach(() => useNotificationsStore.getState().reset());

  it('keeps the latest load: an older, slower answer never replaces the list the person chose since', async () => {
    const openAnswer = deferred<unknown>();
    installFakeBridge({ 'notifications.inbox': (input: { show: string }) => (input.show === 'open' ? openAnswer.promise : inboxOf('all')) });
    const store = useNotificationsStore.getState();

    const first = store.load('open');
    expect(useNotificationsStore.getState().loading).toBe(true);
    await store.load('all');
    openAnswer.resolve(inboxOf('open'));
    await first;

    const state = useNotificationsStore.getState();
    expect(state.show).toBe('all');
    expect(state.inbox).toEqual(inboxOf('all'));
    expect(state.loading).toBe(false);
  });

  it('reloads the view chosen while a write was on its way (acknowledge, then 全部 at once)', async () => {
    const acknowledged = deferred<unknown>();
    const firstAll = deferred<unknown>();
    let inboxCalls = 0;
    const bridge = installFakeBridge({
      'notifications.acknowledge': () => acknowledged.promise,
      // The click's own load answers only after the write's reload has started.
      'notifications.inbox': (input: { show: string }) => (++inboxCalls === 1 ? firstAll.promise : inboxOf(input.show)),
      'notifications.summary': () => ({ unread: 0, overdue: 0 }),
    });
    const store = useNotificationsStore.getState();

    const acknowledging = store.acknowledge({ id: 'n-1', version: 1 } as never);
    const showingAll = store.load('all');
    acknowledged.resolve({});
    await acknowledging;
    firstAll.resolve(inboxOf('all'));
    await showingAll;

    expect(bridge.callsTo('notifications.inbox').map((c) => (c.input as { show: string }).show)).toEqual(['all', 'all']);
    expect(useNotificationsStore.getState().inbox).toEqual(inboxOf('all'));
  });
});
