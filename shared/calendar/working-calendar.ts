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
  private readonly holidays: Set<string>;
  private readonly makeUp: Set<string>;
  private readonly covered: Set<number>;

  constructor(
    readonly data: CalendarData,
    readonly hours: WorkingHours = DEFAULT_WORKING_HOURS,
    readonly utcOffsetMinutes: number = SHANGHAI_UTC_OFFSET_MINUTES,
  ) {
    this.holidays = new Set(data.holidays);
    this.makeUp = new Set(data.makeUpWorkdays);
    this.covered = new Set(data.coveredYears);
    if (!(hours.open < hours.close)) throw new Error('working hours must open before they close');
  }

  /** The local calendar date (yyyy-mm-dd) and minute of day of an instant. */
  local(instant: Date): { date: string; minute: number } {
    const shifted = new Date(instant.getTime() + this.utcOffsetMinutes * 60_000);
    return { date: shifted.toISOString().slice(0, 10), minute: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() + shifted.getUTCSeconds() / 60 };
  }

  /** The instant of a local date and minute of day. */
  at(date: string, minute: number): Date {
    return new Date(Date.parse(`${date}T00:00:00.000Z`) + minute * 60_000 - this.utcOffsetMinutes * 60_000);
  }

  isCovered(date: string): boolean {
    return this.covered.has(Number(date.slice(0, 4)));
  }

  isWorkingDay(date: string): boolean {
    const weekday = new Date(`${date}T00:00:00.000Z`).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    if (!this.isCovered(date)) return !weekend;
    if (this.makeUp.has(date)) return true;
    if (this.holidays.has(date)) return false;
    return !weekend;
  }

  /** Closing time of the nth working day after the local day of `from` (n ≥ 1). */
  addWorkingDays(from: Date, n: number): DueTime {
    let date = this.local(from).date;
    let provisional = false;
    for (let counted = 0; counted < n; ) {
      date = addDays(date, 1);
      provisional ||= !this.isCovered(date);
      if (this.isWorkingDay(date)) counted++;
    }
    return { due: this.at(date, this.hours.close), provisional };
  }

  /** `minutes` of working time after `from`, counting only opening hours on working days. */
  addWorkingMinutes(from: Date, minutes: number): DueTime {
    let { date, minute } = this.local(from);
    let remaining = minutes;
    let provisional = !this.isCovered(date);
    for (;;) {
      if (this.isWorkingDay(date) && minute < this.hours.close) {
        const start = Math.max(minute, this.hours.open);
        const available = this.hours.close - start;
        if (remaining <= available) return { due: this.at(date, start + remaining), provisional };
        remaining -= available;
      }
      date = addDays(date, 1);
      minute = 0;
      provisional ||= !this.isCovered(date);
    }
  }

  /** Half a working day of working time (篇5: report a major complaint within 半个工作日). */
  addHalfWorkingDays(from: Date, halves: number): DueTime {
    return this.addWorkingMinutes(from, (halves * (this.hours.close - this.hours.open)) / 2);
  }

  endOfSameWorkingDay(from: Date): DueTime {
    const { date, minute } = this.local(from);
    if (this.isWorkingDay(date) && minute < this.hours.close) return { due: this.at(date, this.hours.close), provisional: !this.isCovered(date) };
    return this.addWorkingDays(from, 1);
  }

  /** 24:00 of the nth calendar day after the local day of `from`. */
  endOfCalendarDays(from: Date, n: number): DueTime {
    const date = addDays(this.local(from).date, n);
    return { due: this.at(date, 24 * 60), provisional: false };
  }

  /** The given day of the month after `from`: its start (exclusive, "10日前") or its end (inclusive). */
  dayOfNextMonth(from: Date, day: number, inclusive: boolean): DueTime {
    const { date } = this.local(from);
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7)); // 1–12; the next month is index `month` in Date.UTC
    const target = new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
    return { due: this.at(target, inclusive ? 24 * 60 : 0), provisional: false };
  }
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
