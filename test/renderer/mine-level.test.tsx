import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import type { MineLevel } from '../../shared/api/mine-level';
import { mineLevelState, type MineEvent } from '../../shared/checklists/coal-mine-level';
import { limei, profileEntry, renderSignedIn, wangjg } from './fixtures';

/** A fake level record computed by the shared rules, as the core would. */
function levelOf(events: MineEvent[], today = '2026-11-23'): MineLevel {
  return {
    today,
    events: events.map((e) => ({ level: null, accidentClass: null, cause: null, ...e, note: '', enteredByName: '王建国', enteredAt: '2026-11-23T01:00:00.000Z', voided: null, version: 1 })),
    state: mineLevelState(events, today),
  };
}

const mine = { 'profiles.current': () => ({ profile: profileEntry('coal-mine') }), 'checklists.templates': () => [], 'checklists.due': () => [] };

describe('煤矿等级记录 (seed004 §A; issue 17)', () => {
  it('is reached from the checklists of a coal mine and shows the level, the due dates and the changes', async () => {
    const user = userEvent.setup();
    const events: MineEvent[] = [
      { id: 'g', kind: 'graded', occurredOn: '2025-06-30', level: 'level1' },
      { id: 'a', kind: 'accident', occurredOn: '2026-03-15', accidentClass: 'general' },
    ];
    await renderSignedIn(wangjg, { ...mine, 'mineLevel.get': () => levelOf(events) });
    await user.click(screen.getByTestId('nav-checklists'));
    await user.click(await screen.findByTestId('open-mine-level'));
    expect((await screen.findByTestId('mine-level-status')).textContent).toBe('三级');
    const dues = within(screen.getByTestId('mine-level-dues')).getAllByRole('listitem').map((li) => li.getAttribute('data-on'));
    expect(dues).toEqual(['2027-03-16', '2028-03-30', '2028-06-30']);
    expect(screen.getByTestId('mine-level-changes').textContent).toContain('一级 → 三级');
  });

  it('enters an event with its date; a date after today is refused under the field and nothing is sent', async () => {
    const user = userEvent.setup();
    let events: MineEvent[] = [{ id: 'g', kind: 'graded', occurredOn: '2025-06-30', level: 'level2' }];
    const { bridge } = await renderSignedIn(wangjg, {
      ...mine,
      'mineLevel.get': () => levelOf(events),
      'mineLevel.record': (input: { kind: string; occurredOn: string }) => {
        if (input.occurredOn > '2026-11-23') throw ApiError.because('VALIDATION', 'mineLevel.errors.future', { date: input.occurredOn }, 'occurredOn');
        events = [...events, { id: 'h', kind: 'majorHazard', occurredOn: input.occurredOn }];
        return levelOf(events);
      },
    });
    await user.click(screen.getByTestId('nav-checklists'));
    await user.click(await screen.findByTestId('open-mine-level'));
    const form = await screen.findByTestId('mine-event-form');
    await user.selectOptions(within(form).getByTestId('mine-kind'), 'majorHazard');
    const date = within(form).getByTestId('mine-occurredOn');
    await user.clear(date);
    await user.type(date, '2026-12-01');
    await user.click(within(form).getByTestId('mine-event-save'));
    await waitFor(() => expect(form.textContent).toContain('不能晚于 2026/11/23'));
    expect(bridge.callsTo('mineLevel.record')).toEqual([]);
    await user.clear(date);
    await user.type(date, '2026-10-01');
    await user.click(within(form).getByTestId('mine-event-save'));
    await waitFor(() => expect(screen.getByTestId('mine-level-status').textContent).toBe('撤消等级'));
    expect(bridge.callsTo('mineLevel.record').at(-1)?.input).toEqual({ kind: 'majorHazard', occurredOn: '2026-10-01', note: '' });
  });

  it('shows a receiver the record without the form', async () => {
    const user = userEvent.setup();
    await renderSignedIn(limei, { ...mine, 'mineLevel.get': () => levelOf([]) });
    await user.click(screen.getByTestId('nav-checklists'));
    await user.click(await screen.findByTestId('open-mine-level'));
    await screen.findByTestId('mine-level-summary');
    expect(screen.queryByTestId('mine-event-form')).toBeNull();
  });
});
