import { z } from 'zod';
import { str } from '../api/common';

/**
 * Report periods in Asia/Shanghai (UTC+8 all year; no daylight saving since
 * 1991): week (ISO 8601, Monday to Sunday, `2026-W10`), month (`2026-03`),
 * quarter (`2026-Q1`) and year (`2026`). A period is a run of local calendar
 * days; a complaint counts in the period of the local day it was received.
 * Pure: the caller passes "today".
 */
export const PERIOD_KINDS = ['week', 'month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const REPORT_UTC_OFFSET_MINUTES = 8 * 60;
export const REPORT_TIME_ZONE = 'Asia/Shanghai';

export interface Period {
  kind: PeriodKind;
  key: string;
  /** First and last local day, inclusive (`yyyy-mm-dd`). */
  firstDay: string;
  lastDay: string;
}

export const periodInputSchema = z.object({ kind: z.enum(PERIOD_KINDS), key: str().trim().min(4).max(10) }).strict();
export type PeriodInput = z.infer<typeof periodInputSchema>;

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dayString = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const utcDay = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

/** The local day (`yyyy-mm-dd`) of an instant, in the report zone. */
export function localDay(instant: Date | string): string {
  const ms = (typeof instant === 'string' ? Date.parse(instant) : instant.getTime()) + REPORT_UTC_OFFSET_MINUTES * 60_000;
  return dayString(ms);
}

/** The instant a local day starts, as ISO (comparable with stored instants). */
export function dayStartInstant(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - REPORT_UTC_OFFSET_MINUTES * 60_000).toISOString();
}

export function addDays(day: string, n: number): string {
  return dayString(Date.parse(`${day}T00:00:00.000Z`) + n * DAY_MS);
}

/** ISO 8601 week key of a local day: the week belongs to the year of its Thursday. */
export function weekKey(day: string): string {
  const ms = Date.parse(`${day}T00:00:00.000Z`);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(ms + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - utcDay(year, 1, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${pad(week)}`;
}

export function monthKey(day: string): string {
  return day.slice(0, 7);
}

export function quarterKey(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

export function yearKey(day: string): string {
  return day.slice(0, 4);
}

/** The key of the period of `kind` that holds a local day. */
export function periodKeyOf(kind: PeriodKind, day: string): string {
  switch (kind) {
    case 'week':
      return weekKey(day);
    case 'month':
      return monthKey(day);
    case 'quarter':
      return quarterKey(day);
    case 'year':
      return yearKey(day);
  }
}

/** Years the app reports on: the calendar it ships and a margin. Outside them a key "does not exist". */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;

/** The period a key names, or null when no such period exists (`2026-13`, `2026-W54`, `2026-Q5`, `26`). */
export function parsePeriod(kind: PeriodKind, key: string): Period | null {
  const match = {
    week: /^(\d{4})-W(\d{2})$/,
    month: /^(\d{4})-(\d{2})$/,
    quarter: /^(\d{4})-Q(\d)$/,
    year: /^(\d{4})$/,
  }[kind].exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  const n = Number(match[2] ?? 1);
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  if (kind === 'week') {
    // Monday of ISO week 1 is the Monday of the week holding 4 January.
    const jan4 = utcDay(year, 1, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
    const firstDay = dayString(monday + (n - 1) * 7 * DAY_MS);
    if (n < 1 || weekKey(firstDay) !== key) return null;
    return { kind, key, firstDay, lastDay: addDays(firstDay, 6) };
  }
  if (kind === 'month') {
    if (n < 1 || n > 12) return null;
    return { kind, key, firstDay: `${year}-${pad(n)}-01`, lastDay: dayString(utcDay(year, n + 1, 0)) };
  }
  if (kind === 'quarter') {
    if (n < 1 || n > 4) return null;
    const first = (n - 1) * 3 + 1;
    return { kind, key, firstDay: `${year}-${pad(first)}-01`, lastDay: dayString(utcDay(year, first + 3, 0)) };
  }
  return { kind, key, firstDay: `${year}-01-01`, lastDay: `${year}-12-31` };
}

/** The period holding `day`. */
export function periodOf(kind: PeriodKind, day: string): Period {
  return parsePeriod(kind, periodKeyOf(kind, day))!;
}

/** The period just before. */
export function previousPeriod(period: Period): Period {
  return periodOf(period.kind, addDays(period.firstDay, -1));
}

/** The finer periods a report of `period` is broken into for its trend (a year by month, a month by week…). */
export const BUCKETS: Record<PeriodKind, readonly PeriodKind[]> = {
  week: ['week'],
  month: ['month', 'week'],
  quarter: ['quarter', 'month', 'week'],
  year: ['year', 'month', 'quarter'],
};

/** Every key of `bucket` periods that overlap `period`, in order. */
export function bucketKeys(period: Period, bucket: PeriodKind): string[] {
  const keys: string[] = [];
  for (let day = period.firstDay; day <= period.lastDay; day = addDays(parsePeriod(bucket, periodKeyOf(bucket, day))!.lastDay, 1)) {
    keys.push(periodKeyOf(bucket, day));
  }
  return keys;
}
