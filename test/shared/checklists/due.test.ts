import { describe, expect, it } from 'vitest';
import { dueState } from '../../../shared/checklists/due';

const src = { source: 'test' };

describe('dueState on pinned days', () => {
  it('daysOfMonth (H2S on the 10th and 25th): due on the day, overdue after, a late record counts until the next day', () => {
    const s = { kind: 'daysOfMonth' as const, days: [10, 25], ...src };
    expect(dueState(s, [], '2026-12-09')).toMatchObject({ status: 'overdue', current: { dueBy: '2026-11-25', to: '2026-12-09' }, nextDueBy: '2026-12-10' });
    expect(dueState(s, ['2026-11-25'], '2026-12-09')).toMatchObject({ status: 'done', missed: { dueBy: '2026-11-10' } });
    expect(dueState(s, ['2026-11-25'], '2026-12-10')).toMatchObject({ status: 'due', current: { dueBy: '2026-12-10' } });
    expect(dueState(s, ['2026-11-25'], '2026-12-11')).toMatchObject({ status: 'overdue' });
    expect(dueState(s, ['2026-11-25', '2026-12-24'], '2026-12-24')).toMatchObject({ status: 'done' });
    // A record on the 9th is before the 10th's window: it counts for the 25th before.
    expect(dueState(s, ['2026-12-09'], '2026-12-10')).toMatchObject({ status: 'due', missed: null });
    // January 2027 begins from December's 25th.
    expect(dueState(s, [], '2027-01-03')).toMatchObject({ current: { from: '2026-12-25', to: '2027-01-09' } });
  });

  it('a day past the month’s end falls on its last day (the 31st in February is the 28th)', () => {
    const s = { kind: 'daysOfMonth' as const, days: [31], ...src };
    expect(dueState(s, ['2027-01-31'], '2027-02-28')).toMatchObject({ status: 'due', current: { dueBy: '2027-02-28' }, nextDueBy: '2027-03-31' });
  });

  it('timesPerMonth (training twice a month): due by the month’s end until done twice; a short month before is missed', () => {
    const s = { kind: 'timesPerMonth' as const, times: 2, ...src };
    expect(dueState(s, ['2026-11-03', '2026-11-17', '2026-12-05'], '2026-12-20')).toMatchObject({ status: 'due', current: { from: '2026-12-01', dueBy: '2026-12-31', required: 2, done: 1 }, missed: null });
    expect(dueState(s, ['2026-11-03', '2026-12-05'], '2026-12-20')).toMatchObject({ status: 'overdue', missed: { from: '2026-11-01', done: 1 } });
    expect(dueState(s, ['2026-11-03', '2026-12-05', '2026-12-19'], '2026-12-20')).toMatchObject({ status: 'done', missed: { done: 1 } });
  });

  it('weekly runs Monday to Sunday; monthly, quarterly and half-yearly by the calendar', () => {
    expect(dueState({ kind: 'weekly', ...src }, ['2026-11-22'], '2026-11-23')).toMatchObject({ status: 'due', current: { from: '2026-11-23', to: '2026-11-29' }, missed: null });
    expect(dueState({ kind: 'weekly', ...src }, [], '2026-11-29')).toMatchObject({ status: 'overdue', missed: { from: '2026-11-16', to: '2026-11-22' } });
    expect(dueState({ kind: 'monthly', ...src }, ['2026-10-31'], '2026-11-30')).toMatchObject({ status: 'due', current: { dueBy: '2026-11-30' } });
    expect(dueState({ kind: 'quarterly', ...src }, ['2026-08-01'], '2026-11-23')).toMatchObject({ status: 'due', current: { from: '2026-10-01', to: '2026-12-31' }, nextDueBy: '2027-03-31' });
    expect(dueState({ kind: 'quarterly', ...src }, ['2026-10-01'], '2026-11-23').status).toBe('done');
    expect(dueState({ kind: 'halfYearly', ...src }, [], '2026-03-01')).toMatchObject({ current: { from: '2026-01-01', to: '2026-06-30' }, missed: { from: '2025-07-01', to: '2025-12-31' } });
  });

  it('occurrences due before the site was set up are not counted; perEvent is never due', () => {
    const s = { kind: 'monthly' as const, ...src };
    expect(dueState(s, [], '2026-11-23', '2026-11-23')).toMatchObject({ status: 'due', missed: null });
    expect(dueState(s, [], '2026-12-01', '2026-11-23')).toMatchObject({ status: 'overdue', missed: { from: '2026-11-01' } });
    expect(dueState({ kind: 'perEvent', ...src }, [], '2026-11-23')).toEqual({ status: 'perEvent', current: null, missed: null, nextDueBy: null });
    expect(dueState(undefined, [], '2026-11-23').status).toBe('perEvent');
  });
});
