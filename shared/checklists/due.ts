import type { Schedule } from './template-schema';

/**
 * What a template's schedule asks of a site on a given day, from the days
 * (in the site's time zone, `yyyy-mm-dd`) on which its records were completed.
 * Pure: the caller passes "today"; nothing here reads a clock.
 *
 * Each schedule is a series of occurrences, each with a window in which a
 * completed record counts for it and the day it is due by:
 * - daysOfMonth (H2S on the 10th and 25th, seed000 §1.6 1): due on the day; a
 *   record from that day until the next scheduled day counts for it, so a late
 *   measurement still counts, and is overdue from the day after;
 * - weekly (Monday to Sunday), monthly, quarterly, halfYearly (January–June,
 *   July–December), timesPerMonth (n records in the month): the period is the
 *   window, due by its last day;
 * - perEvent: filled when something happens, never due or overdue.
 * A period that was missed makes the template overdue until the current one is
 * done; occurrences due before the site was set up (`since`) are not counted.
 */

export type DueStatus = 'overdue' | 'due' | 'done' | 'perEvent';

export interface Occurrence {
  /** First and last day of the window (inclusive). */
  from: string;
  to: string;
  dueBy: string;
  required: number;
  done: number;
}

export interface DueState {
  status: DueStatus;
  current: Occurrence | null;
  /** The occurrence before, when it was missed. */
  missed: Occurrence | null;
  /** The next scheduled day after the current window (daysOfMonth: the next measurement day). */
  nextDueBy: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const parse = (day: string) => day.split('-').map(Number) as [number, number, number];
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function addDays(day: string, n: number): string {
  const [y, m, d] = parse(day);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Month `m` (1-based) of year `y` shifted by `k` months. */
function shiftMonth(y: number, m: number, k: number): [number, number] {
  const index = y * 12 + (m - 1) + k;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** The window [from, to] containing `day` for a period schedule, and the one before it. */
function periodWindows(kind: 'weekly' | 'monthly' | 'quarterly' | 'halfYearly' | 'timesPerMonth', day: string): { current: [string, string]; previous: [string, string] } {
  const [y, m] = parse(day);
  if (kind === 'weekly') {
    const [yy, mm, dd] = parse(day);
    const weekday = (new Date(Date.UTC(yy, mm - 1, dd)).getUTCDay() + 6) % 7; // Monday = 0
    const from = addDays(day, -weekday);
    return { current: [from, addDays(from, 6)], previous: [addDays(from, -7), addDays(from, -1)] };
  }
  const months = kind === 'quarterly' ? 3 : kind === 'halfYearly' ? 6 : 1;
  const startMonth = Math.floor((m - 1) / months) * months + 1;
  const window = (sy: number, sm: number): [string, string] => {
    const [ey, em] = shiftMonth(sy, sm, months - 1);
    return [ymd(sy, sm, 1), ymd(ey, em, daysInMonth(ey, em))];
  };
  const [py, pm] = shiftMonth(y, startMonth, -months);
  return { current: window(y, startMonth), previous: window(py, pm) };
}

/** Scheduled days of the month around `day`: last month, this month and next, a day past the month's end falling on its last day (31 → 30 April). */
function scheduledDays(days: readonly number[], day: string): string[] {
  const [y, m] = parse(day);
  const out = new Set<string>();
  for (const k of [-1, 0, 1]) {
    const [yy, mm] = shiftMonth(y, m, k);
    for (const d of days) out.add(ymd(yy, mm, Math.min(d, daysInMonth(yy, mm))));
  }
  return [...out].sort();
}

const count = (completions: readonly string[], from: string, to: string) => completions.filter((d) => d >= from && d <= to).length;

export function dueState(schedule: Schedule | undefined, completions: readonly string[], today: string, since?: string): DueState {
  if (!schedule || schedule.kind === 'perEvent') return { status: 'perEvent', current: null, missed: null, nextDueBy: null };

  let current: Occurrence;
  let previous: Occurrence;
  let nextDueBy: string;
  if (schedule.kind === 'daysOfMonth') {
    const days = scheduledDays(schedule.days, today);
    let i = days.length - 1;
    while (days[i]! > today) i--;
    const occurrence = (k: number): Occurrence => {
      const from = days[k]!;
      const to = addDays(days[k + 1]!, -1);
      return { from, to, dueBy: from, required: 1, done: count(completions, from, to) };
    };
    current = occurrence(i);
    previous = occurrence(i - 1);
    nextDueBy = days[i + 1]!;
  } else {
    const { current: c, previous: p } = periodWindows(schedule.kind, today);
    const required = schedule.kind === 'timesPerMonth' ? schedule.times : 1;
    current = { from: c[0], to: c[1], dueBy: c[1], required, done: count(completions, c[0], c[1]) };
    previous = { from: p[0], to: p[1], dueBy: p[1], required, done: count(completions, p[0], p[1]) };
    nextDueBy = periodWindows(schedule.kind, addDays(c[1], 1)).current[1];
  }

  const counts = (o: Occurrence) => since === undefined || o.dueBy >= since;
  const missed = counts(previous) && previous.done < previous.required ? previous : null;
  const currentDone = current.done >= current.required;
  const currentLate = !currentDone && current.dueBy < today && (since === undefined || current.dueBy >= since);
  const status: DueStatus = currentDone ? 'done' : currentLate || missed ? 'overdue' : 'due';
  return { status, current, missed, nextDueBy };
}
