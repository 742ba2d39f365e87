import { dueState } from '../checklists/due';
import type { Schedule } from '../checklists/template-schema';
import { addMonthsToDay } from '../credit/credit-dates';
import { addDays } from './period';

/**
 * Planned against done for a schedule over a period (reports-mandated
 * "cadence compliance"). The schedules are the templates' own
 * (shared/checklists/templates: H2S on the 10th and 25th, training twice a
 * month, weekly and monthly area checks, quarterly self-inspection…) and the
 * opinion book's daily check (shared/domain/opinion-book.ts DAILY_CHECK_RULE);
 * occurrences and their windows come from shared/checklists/due.ts, so the
 * report and the due list can never disagree. Pure: `today` is passed.
 */
export type CadenceSchedule = Schedule | { kind: 'daily'; source: string };

export type OccurrenceStatus = 'done' | 'missed' | 'open';

export interface CadenceOccurrence {
  from: string;
  to: string;
  dueBy: string;
  required: number;
  done: number;
  status: OccurrenceStatus;
}

export interface CadenceTally {
  /** Occurrences due in the period whose window has begun by `today`. */
  planned: number;
  done: number;
  missed: number;
  open: number;
  occurrences: CadenceOccurrence[];
}

/** Every occurrence due within [firstDay, lastDay] whose window has begun by `today` (and falls after `since`, the site's setup). */
export function occurrencesIn(schedule: CadenceSchedule, completions: readonly string[], period: { firstDay: string; lastDay: string }, today: string, since?: string): CadenceOccurrence[] {
  if (schedule.kind === 'perEvent') return [];
  const out: CadenceOccurrence[] = [];
  const status = (o: { dueBy: string; required: number; done: number }): OccurrenceStatus => (o.done >= o.required ? 'done' : o.dueBy < today ? 'missed' : 'open');
  const keep = (o: { from: string; dueBy: string }) => o.dueBy >= period.firstDay && o.dueBy <= period.lastDay && o.from <= today && (since === undefined || o.dueBy >= since);
  if (schedule.kind === 'daily') {
    for (let day = period.firstDay; day <= period.lastDay; day = addDays(day, 1)) {
      const o = { from: day, to: day, dueBy: day, required: 1, done: completions.filter((d) => d === day).length };
      if (keep(o)) out.push({ ...o, status: status(o) });
    }
    return out;
  }
  for (let day = period.firstDay; day <= period.lastDay; ) {
    const current = dueState(schedule, completions, day).current;
    if (!current) break;
    if (keep(current)) out.push({ ...current, status: status(current) });
    day = addDays(current.to, 1);
  }
  return out;
}

export function tally(occurrences: readonly CadenceOccurrence[]): CadenceTally {
  return {
    planned: occurrences.length,
    done: occurrences.filter((o) => o.status === 'done').length,
    missed: occurrences.filter((o) => o.status === 'missed').length,
    open: occurrences.filter((o) => o.status === 'open').length,
    occurrences: [...occurrences],
  };
}

/**
 * The calendar months due (on their last day) within the period whose first
 * day has come by `today`: the monthly records of the credit and risk-class
 * chapters are counted in the period that holds their due day.
 */
export function monthsDueIn(period: { firstDay: string; lastDay: string }, today: string): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (let from = `${period.firstDay.slice(0, 7)}-01`; from <= period.lastDay && from <= today; from = addMonthsToDay(from, 1)) {
    const to = addDays(addMonthsToDay(from, 1), -1);
    if (to >= period.firstDay && to <= period.lastDay) out.push({ from, to });
  }
  return out;
}

/** One monthly occurrence, due on the month's last day, with its status on `today`. */
export function monthlyOccurrence(month: { from: string; to: string }, required: number, done: number, today: string): CadenceOccurrence {
  const status: OccurrenceStatus = done >= required ? 'done' : month.to < today ? 'missed' : 'open';
  return { from: month.from, to: month.to, dueBy: month.to, required, done, status };
}
