/**
 * The period a ledger (台帐) is printed for, as a short code a person can type
 * and a URL can carry; days are site days (the site's calendar, Asia/Shanghai
 * by default), both ends included.
 *
 *   2026            a year
 *   2026-Q4         a quarter
 *   2026-11         a month
 *   2026-W47        an ISO week (Monday to Sunday, week 1 holds 4 January)
 *   2026-11-23      a day
 *   2026-11-01..2026-11-15   a range of days
 *
 * A code that reads as none of these is unreadable; one that reads as a form
 * but names no real period (2026-13, 2026-Q5, 2026-02-30, 2026-W53) is
 * nonexistent; a period that starts after today is in the future. The
 * sources set no period for ledgers beyond "每月汇总" (seed001 S15 4.1 h)) and
 * the weekly/monthly/quarterly cadences of the reports, so all six forms are
 * offered.
 */
export const PERIOD_KINDS = ['year', 'quarter', 'month', 'week', 'day', 'range'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface LedgerPeriod {
  code: string;
  kind: PeriodKind;
  /** First site day, yyyy-mm-dd. */
  from: string;
  /** Last site day, yyyy-mm-dd (included). */
  to: string;
}

export type PeriodProblem = 'periodUnreadable' | 'periodNonexistent' | 'periodReversed' | 'periodFuture';

export type PeriodResult = { ok: true; period: LedgerPeriod } | { ok: false; problem: PeriodProblem };

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dayText = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const utcDay = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day);

/** Days in a month of the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Monday of ISO week 1: the week that holds 4 January. */
function isoWeekOneMonday(year: number): number {
  const jan4 = utcDay(year, 1, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return jan4 - weekday * DAY_MS;
}

/** 52 or 53: the number of ISO weeks in a year (the week of 28 December is the last). */
export function isoWeeksIn(year: number): number {
  return Math.round((isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / (7 * DAY_MS));
}

function validDay(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return utcDay(year, month, day);
}

const FORMS: { kind: PeriodKind; pattern: RegExp }[] = [
  { kind: 'year', pattern: /^(\d{4})$/ },
  { kind: 'quarter', pattern: /^(\d{4})-Q(\d{1,2})$/i },
  { kind: 'week', pattern: /^(\d{4})-W(\d{1,2})$/i },
  { kind: 'month', pattern: /^(\d{4})-(\d{1,2})$/ },
  { kind: 'day', pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/ },
  { kind: 'range', pattern: /^(\d{4}-\d{1,2}-\d{1,2})\s*\.\.\s*(\d{4}-\d{1,2}-\d{1,2})$/ },
];

/** "2026-1-5" → "2026-01-05", so a person's short form reads as the long one. */
function normalDay(text: string): string {
  const [y, m, d] = text.split('-');
  return `${y}-${pad(Number(m))}-${pad(Number(d))}`;
}

function spanOf(kind: PeriodKind, parts: string[]): { code: string; from: number; to: number } | null {
  const year = Number(parts[0]);
  if (kind !== 'range' && kind !== 'day' && (year < FIRST_YEAR || year > LAST_YEAR)) return null;
  const n = Number(parts[1]);
  switch (kind) {
    case 'year':
      return { code: pad(year, 4), from: utcDay(year, 1, 1), to: utcDay(year, 12, 31) };
    case 'quarter':
      if (n < 1 || n > 4) return null;
      return { code: `${year}-Q${n}`, from: utcDay(year, 3 * n - 2, 1), to: utcDay(year, 3 * n, daysInMonth(year, 3 * n)) };
    case 'month':
      if (n < 1 || n > 12) return null;
      return { code: `${year}-${pad(n)}`, from: utcDay(year, n, 1), to: utcDay(year, n, daysInMonth(year, n)) };
    case 'week': {
      if (n < 1 || n > isoWeeksIn(year)) return null;
      const monday = isoWeekOneMonday(year) + (n - 1) * 7 * DAY_MS;
      return { code: `${year}-W${pad(n)}`, from: monday, to: monday + 6 * DAY_MS };
    }
    case 'day': {
      const code = normalDay(parts.join('-'));
      const day = validDay(code);
      return day === null ? null : { code, from: day, to: day };
    }
    case 'range': {
      const [first, last] = [normalDay(parts[0]!), normalDay(parts[1]!)];
      const [from, to] = [validDay(first), validDay(last)];
      return from === null || to === null ? null : { code: `${first}..${last}`, from, to };
    }
  }
}

/**
 * Reads a period code. `today` is the site's day (yyyy-mm-dd): a period that
 * starts after it is refused, one that has started is printed up to now.
 */
export function parsePeriod(input: string, today: string): PeriodResult {
  const text = input.trim();
  for (const form of FORMS) {
    const match = form.pattern.exec(text);
    if (!match) continue;
    const span = spanOf(form.kind, match.slice(1));
    if (!span) return { ok: false, problem: 'periodNonexistent' };
    if (span.from > span.to) return { ok: false, problem: 'periodReversed' };
    const period: LedgerPeriod = { code: span.code, kind: form.kind, from: dayText(span.from), to: dayText(span.to) };
    if (period.from > today) return { ok: false, problem: 'periodFuture' };
    return { ok: true, period };
  }
  return { ok: false, problem: 'periodUnreadable' };
}

/** The day after a site day. */
export function nextDay(day: string): string {
  return dayText(Date.parse(`${day}T00:00:00.000Z`) + DAY_MS);
}

/**
 * The instant a site day starts (00:00 in the zone), as an ISO string that
 * compares with the stored instants. Offsets are read from the zone itself,
 * so a zone with summer time is still right.
 */
export function zonedDayStart(day: string, timeZone: string): string {
  const asUtc = Date.parse(`${day}T00:00:00.000Z`);
  let instant = asUtc - offsetAt(asUtc, timeZone);
  instant = asUtc - offsetAt(instant, timeZone);
  return new Date(instant).toISOString();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetAt(instant: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}
