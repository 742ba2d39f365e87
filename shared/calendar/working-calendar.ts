import type { CalendarData } from './calendar-data';

/**
 * Working-day arithmetic for deadlines. Counting convention (documented in
 * README and tested):
 *
 * - Periods in days do not count the day the clock starts: day 1 is the next
 *   (working) day — as 民法典 第二百零一条 counts periods: 开始的当日不计入，自下一日开始计算.
 *   So a complaint received on Friday at 10:00 or at 17:55, or on Sunday, has
 *   "1 working day" until Monday's closing time (holidays and 调休 respected).
 * - A deadline in working days falls at the closing time of its last day.
 * - Working hours / half working days count only time inside opening hours on
 *   working days; a clock started outside them starts at the next opening.
 * - "Same working day" is closing time of the day received if that is a working
 *   day and it arrived before closing; otherwise closing time of the next working day.
 * - "Next day" is the end (24:00) of the next calendar day.
 *
 * Time zone: a fixed UTC offset (Asia/Shanghai is UTC+8 all year; China has
 * not used daylight saving since 1991). A day in a year the calendar does not
 * cover is judged by weekday alone, and the result is marked provisional.
 */
export interface WorkingHours {
  /** Minutes after local midnight, e.g. 8:30 → 510. */
  open: number;
  close: number;
}

export interface DueTime {
  due: Date;
  /** True when a day outside the calendar's known years was assumed to follow weekdays. */
  provisional: boolean;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = { open: 8 * 60 + 30, close: 17 * 60 + 30 };
export const SHANGHAI_UTC_OFFSET_MINUTES = 8 * 60;
const DAY_MS = 86_400_000;

export class WorkingCalendar {
  // Days are held as whole days since 1970-01-01 (local), so the hot loops do no string or Date work.
  private readonly holidays: Set<number>;
  private readonly makeUp: Set<number>;
  private readonly covered: Set<number>;
  private readonly offsetMs: number;

  constructor(
    readonly data: CalendarData,
    readonly hours: WorkingHours = DEFAULT_WORKING_HOURS,
    readonly utcOffsetMinutes: number = SHANGHAI_UTC_OFFSET_MINUTES,
  ) {
    this.holidays = new Set(data.holidays.map(dayNumber));
    this.makeUp = new Set(data.makeUpWorkdays.map(dayNumber));
    this.covered = new Set(data.coveredYears);
    this.offsetMs = utcOffsetMinutes * 60_000;
    if (!(hours.open < hours.close)) throw new Error('working hours must open before they close');
  }

  /** The local calendar date (yyyy-mm-dd) and minute of day of an instant. */
  local(instant: Date): { date: string; minute: number } {
    const { day, minute } = this.localDay(instant);
    return { date: dateOf(day), minute };
  }

  /** The instant of a local date and minute of day. */
  at(date: string, minute: number): Date {
    return this.atDay(dayNumber(date), minute);
  }

  isCovered(date: string): boolean {
    return this.isCoveredDay(dayNumber(date));
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(dayNumber(date));
  }

  /** Closing time of the nth working day after the local day of `from` (n ≥ 1). */
  addWorkingDays(from: Date, n: number): DueTime {
    let day = this.localDay(from).day;
    let provisional = false;
    for (let counted = 0; counted < n; ) {
      day++;
      provisional ||= !this.isCoveredDay(day);
      if (this.isWorkingDayNumber(day)) counted++;
    }
    return { due: this.atDay(day, this.hours.close), provisional };
  }

  /** `minutes` of working time after `from`, counting only opening hours on working days. */
  addWorkingMinutes(from: Date, minutes: number): DueTime {
    let { day, minute } = this.localDay(from);
    let remaining = minutes;
    let provisional = !this.isCoveredDay(day);
    for (;;) {
      if (this.isWorkingDayNumber(day) && minute < this.hours.close) {
        const start = Math.max(minute, this.hours.open);
        const available = this.hours.close - start;
        if (remaining <= available) return { due: this.atDay(day, start + remaining), provisional };
        remaining -= available;
      }
      day++;
      minute = 0;
      provisional ||= !this.isCoveredDay(day);
    }
  }

  /** Half a working day of working time (篇5: report a major complaint within 半个工作日). */
  addHalfWorkingDays(from: Date, halves: number): DueTime {
    return this.addWorkingMinutes(from, (halves * (this.hours.close - this.hours.open)) / 2);
  }

  endOfSameWorkingDay(from: Date): DueTime {
    const { day, minute } = this.localDay(from);
    if (this.isWorkingDayNumber(day) && minute < this.hours.close) return { due: this.atDay(day, this.hours.close), provisional: !this.isCoveredDay(day) };
    return this.addWorkingDays(from, 1);
  }

  /** 24:00 of the nth calendar day after the local day of `from`. */
  endOfCalendarDays(from: Date, n: number): DueTime {
    return { due: this.atDay(this.localDay(from).day + n + 1, 0), provisional: false };
  }

  /** The given day of the month after `from`: its start (exclusive, "10日前") or its end (inclusive). */
  dayOfNextMonth(from: Date, day: number, inclusive: boolean): DueTime {
    const date = dateOf(this.localDay(from).day);
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7)); // 1–12; the next month is index `month` in Date.UTC
    const target = Math.floor(Date.UTC(year, month, day) / DAY_MS);
    return { due: this.atDay(target, inclusive ? 24 * 60 : 0), provisional: false };
  }

  private localDay(instant: Date): { day: number; minute: number } {
    const shifted = instant.getTime() + this.offsetMs;
    const day = Math.floor(shifted / DAY_MS);
    return { day, minute: (shifted - day * DAY_MS) / 60_000 };
  }

  private atDay(day: number, minute: number): Date {
    return new Date(day * DAY_MS + minute * 60_000 - this.offsetMs);
  }

  private isCoveredDay(day: number): boolean {
    return this.covered.has(yearOf(day));
  }

  private isWorkingDayNumber(day: number): boolean {
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday (4)
    const weekend = weekday === 0 || weekday === 6;
    if (!this.isCoveredDay(day)) return !weekend;
    if (this.makeUp.has(day)) return true;
    if (this.holidays.has(day)) return false;
    return !weekend;
  }
}

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`) / DAY_MS;
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Year of a day number, cached: it is asked for every day walked. */
const yearCache = new Map<number, number>();
function yearOf(day: number): number {
  let year = yearCache.get(day);
  if (year === undefined) {
    year = new Date(day * DAY_MS).getUTCFullYear();
    yearCache.set(day, year);
  }
  return year;
}

export function addDays(date: string, days: number): string {
  return dateOf(dayNumber(date) + days);
}
