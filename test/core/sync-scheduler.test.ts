import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffCeiling, backoffDelay } from '../../electron/core/sync/backoff';
import { SyncScheduler, type SchedulerTimers } from '../../electron/core/sync/scheduler';
import { SyncClientError } from '../../electron/core/sync/http';
import { readState, writeState } from '../../electron/core/sync/sync-state';
import type { Store } from '../../electron/core/db/store';
import { openCore } from '../../electron/core/core';
import { openTestCore, tempDir, TEST_SCRYPT_COST, type TestCore } from '../support/temp-core';

/** Timers under the test's hand: `advance` fires what falls due, in order, letting each run's promises settle. */
class ManualTimers implements SchedulerTimers {
  private t = Date.parse('2026-11-23T02:00:00.000Z');
  private seq = 0;
  private readonly pending = new Map<number, { at: number; fn: () => void }>();
  now = () => this.t;
  setTimeout = (fn: () => void, ms: number) => {
    const id = ++this.seq;
    this.pending.set(id, { at: this.t + ms, fn });
    return id;
  };
  clearTimeout = (handle: unknown) => {
    this.pending.delete(handle as number);
  };
  get count() {
    return this.pending.size;
  }
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, p]) => p.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.t = Math.max(this.t, due[1].at);
      due[1].fn();
      await settle();
    }
    this.t = end;
    await settle();
  }
}

async function settle() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

let core: TestCore;
let store: Store;
let timers: ManualTimers;
const MIN = 60_000;

beforeEach(async () => {
  core = await openTestCore({ demo: false });
  store = core.context.store;
  timers = new ManualTimers();
  // Enrolled, as far as the scheduler cares.
  store.transaction((tx) => {
    writeState(tx, 'serverUrl', 'http://127.0.0.1:9/');
    writeState(tx, 'credential', 'device.secret-for-tests-only');
    writeState(tx, 'siteId', 'site-1');
    writeState(tx, 'deviceId', 'device-1');
  });
});
afterEach(() => core.close());

/** A scheduler whose run succeeds or fails as `outcomes` says (true: success), counting calls. */
function scheduler(outcomes: boolean[] = [], random = () => 0.5) {
  const calls = { n: 0 };
  const s = new SyncScheduler<number>({
    store,
    timers,
    random,
    run: async () => {
      calls.n++;
      const ok = outcomes.length ? outcomes.shift()! : true;
      if (!ok) throw new Error('network down');
      return calls.n;
    },
  });
  return { s, calls };
}

const next = () => Date.parse(readState(store.read, 'nextAttemptAt')!) - timers.now();

describe('background sync schedule', () => {
  it('runs every interval (default 5 minutes) once enrolled, and not at all before', async () => {
    store.transaction((tx) => writeState(tx, 'credential', null));
    const idle = scheduler();
    idle.s.start();
    await timers.advance(60 * MIN);
    expect(idle.calls.n).toBe(0);
    expect(timers.count).toBe(0);
    await idle.s.stop();

    store.transaction((tx) => writeState(tx, 'credential', 'device.secret-for-tests-only'));
    const { s, calls } = scheduler();
    s.start();
    await timers.advance(5 * MIN - 1);
    expect(calls.n).toBe(0);
    await timers.advance(1);
    expect(calls.n).toBe(1);
    await timers.advance(5 * MIN);
    expect(calls.n).toBe(2);
    expect(next()).toBe(5 * MIN);
    await s.stop();
  });

  it('follows the configured interval, and an interval of 0 means no timer', async () => {
    store.transaction((tx) => writeState(tx, 'intervalMinutes', '15'));
    const { s, calls } = scheduler();
    s.start();
    await timers.advance(14 * MIN);
    expect(calls.n).toBe(0);
    await timers.advance(MIN);
    expect(calls.n).toBe(1);
    store.transaction((tx) => writeState(tx, 'intervalMinutes', '0'));
    s.start();
    expect(timers.count).toBe(0);
    expect(s.nextAttemptAt()).toBeNull();
    await s.stop();
  });

  it('backs off after failures: the ceiling doubles from 30 s to a 30 min cap, the wait is jittered below it', async () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => backoffCeiling(n) / 1000)).toEqual([30, 60, 120, 240, 480, 960, 1800, 1800, 1800]);
    expect(backoffCeiling(0)).toBe(0);
    for (let failures = 1; failures < 12; failures++) {
      for (const r of [0, 0.25, 0.999999]) {
        const wait = backoffDelay(failures, () => r);
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(wait).toBeLessThan(backoffCeiling(failures));
      }
    }

    // Through the scheduler, with the jitter at its top: each wait just under its ceiling.
    const { s, calls } = scheduler(Array(9).fill(false), () => 0.999999);
    s.start();
    await timers.advance(5 * MIN);
    const waits: number[] = [];
    for (let i = 0; i < 9; i++) {
      expect(calls.n).toBe(i + 1);
      waits.push(next());
      expect(readState(store.read, 'failureCount')).toBe(String(i + 1));
      await timers.advance(next());
    }
    expect(waits.map((w) => Math.round(w / 1000))).toEqual([30, 60, 120, 240, 480, 960, 1800, 1800, 1800]);
    await s.stop();
  });

  it('after a run a busy head office ended, waits at least what it asked (Retry-After), however short the backoff drawn', async () => {
    let asked: number | undefined = 10 * MIN;
    const s = new SyncScheduler<number>({
      store,
      timers,
      random: () => 0.5,
      run: async () => {
        throw new SyncClientError('overloaded', '总部正忙 / busy', 503, asked);
      },
    });
    s.start();
    await timers.advance(5 * MIN);
    expect(next()).toBe(10 * MIN);
    // Without a Retry-After, the backoff as before: half of its 60 s ceiling.
    asked = undefined;
    await timers.advance(next());
    expect(next()).toBe(30_000);
    await s.stop();
  });

  it('a success resets the backoff: the next run is one interval away', async () => {
    const { s, calls } = scheduler([false, false, false, true]);
    s.start();
    await timers.advance(5 * MIN);
    await timers.advance(next());
    await timers.advance(next());
    expect(calls.n).toBe(3);
    expect(readState(store.read, 'failureCount')).toBe('3');
    await timers.advance(next());
    expect(calls.n).toBe(4);
    expect(readState(store.read, 'failureCount')).toBeNull();
    expect(next()).toBe(5 * MIN);
    await s.stop();
  });

  it('after a restart during a backoff waits what was left of it: not zero, not a whole interval', async () => {
    const first = scheduler([false, false, false]);
    first.s.start();
    await timers.advance(5 * MIN);
    await timers.advance(next());
    await timers.advance(next());
    expect(first.calls.n).toBe(3);
    expect(next()).toBe(60_000); // third failure: ceiling 120 s, jitter 0.5
    await timers.advance(20_000);
    await first.s.stop(); // the app closes 20 s into the wait

    const second = scheduler([true]);
    second.s.start();
    await timers.advance(39_999);
    expect(second.calls.n).toBe(0);
    await timers.advance(1);
    expect(second.calls.n).toBe(1);
    await second.s.stop();
  });

  it('a restart long after the planned time runs at once', async () => {
    store.transaction((tx) => writeState(tx, 'nextAttemptAt', new Date(timers.now() - 3 * MIN).toISOString()));
    const { s, calls } = scheduler();
    s.start();
    await timers.advance(0);
    expect(calls.n).toBe(1);
    await s.stop();
  });

  it('never runs twice at once: 立即同步 during a run, and the timer firing during it, join that run', async () => {
    const gate = deferred();
    let runs = 0;
    const s = new SyncScheduler<number>({
      store,
      timers,
      run: async () => {
        runs++;
        await gate.promise;
        return runs;
      },
    });
    store.transaction((tx) => writeState(tx, 'nextAttemptAt', new Date(timers.now() + 1000).toISOString()));
    s.start();
    const clicked = s.runNow();
    expect(s.isRunning()).toBe(true);
    const clickedAgain = s.runNow();
    expect(clickedAgain).toBe(clicked);
    await timers.advance(10 * MIN); // the timer was cleared by the click; nothing new starts meanwhile
    expect(runs).toBe(1);
    gate.resolve();
    await expect(clicked).resolves.toBe(1);
    expect(s.isRunning()).toBe(false);
    expect(timers.count).toBe(1); // the next run is scheduled again
    await s.stop();
  });

  it('立即同步 during a backoff runs now; a success ends the backoff, a failure extends it', async () => {
    const { s, calls } = scheduler([false, false, true]);
    s.start();
    await timers.advance(5 * MIN);
    expect(calls.n).toBe(1);
    expect(next()).toBeGreaterThan(0);
    await expect(s.runNow()).rejects.toThrow('network down');
    expect(calls.n).toBe(2);
    expect(readState(store.read, 'failureCount')).toBe('2');
    await expect(s.runNow()).resolves.toBe(3);
    expect(readState(store.read, 'failureCount')).toBeNull();
    expect(next()).toBe(5 * MIN);
    expect(timers.count).toBe(1);
    await s.stop();
  });

  it('stops cleanly mid-run: the run is aborted, nothing is written after, no timer is left', async () => {
    let seen: AbortSignal | undefined;
    const s = new SyncScheduler<void>({
      store,
      timers,
      run: (signal) =>
        new Promise<void>((_resolve, reject) => {
          seen = signal;
          signal.addEventListener('abort', () => reject(new Error('aborted')));
        }),
    });
    s.start();
    const planned = readState(store.read, 'nextAttemptAt');
    const run = s.runNow();
    run.catch(() => undefined);
    await s.stop();
    expect(seen?.aborted).toBe(true);
    expect(s.isRunning()).toBe(false);
    expect(timers.count).toBe(0);
    expect(readState(store.read, 'nextAttemptAt')).toBe(planned);
    expect(readState(store.read, 'failureCount')).toBeNull();
    await expect(s.runNow()).rejects.toThrow('stopped');
  });
});

describe('the core owns one scheduler', () => {
  it('openCore arms it only when enrolled with an interval, it survives a reopen at the stored time, and close clears it', async () => {
    const dataDir = tempDir();
    const coreTimers = new ManualTimers();
    const open = () => openCore({ dataDir, demo: false, now: () => new Date(coreTimers.now()), scryptCost: TEST_SCRYPT_COST, regradeEveryMs: 0, syncTimers: coreTimers });

    const first = await open();
    expect(coreTimers.count).toBe(0); // not enrolled
    first.context.store.transaction((tx) => {
      writeState(tx, 'serverUrl', 'http://127.0.0.1:9/');
      writeState(tx, 'credential', 'device.secret-for-tests-only');
      writeState(tx, 'siteId', 'site-1');
      writeState(tx, 'deviceId', 'device-1');
      writeState(tx, 'nextAttemptAt', new Date(coreTimers.now() + 90_000).toISOString());
      writeState(tx, 'failureCount', '2');
    });
    first.close();

    const second = await open();
    expect(coreTimers.count).toBe(1);
    expect(second.context.sync.nextAttemptAt()).toBe(new Date(coreTimers.now() + 90_000).toISOString());
    second.close();
    expect(coreTimers.count).toBe(0);

    const third = await open();
    third.context.store.transaction((tx) => writeState(tx, 'intervalMinutes', '0'));
    third.context.sync.start();
    expect(coreTimers.count).toBe(0);
    third.close();
  });
});

describe('sync.setInterval', () => {
  it('is the station lead’s, audited, shown in the status, and refuses values off the list', async () => {
    const demo = await openTestCore({ demo: true });
    try {
      const lead = await demo.signIn('wangjg');
      const receiver = await demo.signIn('limei');
      expect((await demo.call('sync.status', {}, lead)).intervalMinutes).toBe(5);
      await demo.call('sync.setInterval', { minutes: 15 }, lead);
      expect((await demo.call('sync.status', {}, lead)).intervalMinutes).toBe(15);
      const audit = demo.context.store.read.prepare("SELECT user_id, after FROM audit_log WHERE action = 'sync.setInterval'").get() as { user_id: string; after: string };
      expect(JSON.parse(audit.after)).toEqual({ before: 5, after: 15 });
      expect(await demo.dispatch({ method: 'sync.setInterval', input: { minutes: 30 }, session: receiver })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await demo.dispatch({ method: 'sync.setInterval', input: { minutes: 7 }, session: lead })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    } finally {
      demo.close();
    }
  });
});

describe('closing the app mid-run', () => {
  it('aborts the request, answers 立即同步 with a reason, and leaves every entry pending with the batch kept for resending', async () => {
    const dataDir = tempDir();
    const first = await openTestCore({ demo: true, dataDir });
    const lead = await first.signIn('wangjg');
    first.context.store.transaction((tx) => {
      writeState(tx, 'serverUrl', 'http://127.0.0.1:9/');
      writeState(tx, 'credential', 'device.secret-for-tests-only');
      writeState(tx, 'siteId', 'site-1');
      writeState(tx, 'deviceId', 'device-1');
    });
    const pendingBefore = (first.context.store.read.prepare('SELECT count(*) AS n FROM outbox WHERE acknowledged_at IS NULL').get() as { n: number }).n;
    // Head office that never answers: only an abort ends the request.
    let requests = 0;
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        requests++;
        init?.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })));
      });
    const realFetch = globalThis.fetch;
    globalThis.fetch = hanging;
    try {
      const answer = first.dispatch({ method: 'sync.runNow', input: {}, session: lead });
      await vi.waitFor(() => expect(requests).toBe(1));
      expect(first.context.sync.isRunning()).toBe(true);
      first.close();
      expect(await answer).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('程序正在关闭') } });
    } finally {
      globalThis.fetch = realFetch;
    }

    const second = await openTestCore({ demo: true, dataDir });
    try {
      const db = second.context.store.read;
      expect((db.prepare('SELECT count(*) AS n FROM outbox WHERE acknowledged_at IS NULL').get() as { n: number }).n).toBe(pendingBefore);
      expect(JSON.parse(readState(db, 'inFlightBatch')!).entryIds.length).toBeGreaterThan(0);
      expect(readState(db, 'failureCount')).toBeNull();
    } finally {
      second.close();
    }
  });
});
