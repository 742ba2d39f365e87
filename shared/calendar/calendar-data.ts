import chineseDays from 'chinese-days/dist/chinese-days.json';

/**
 * The working-day calendar as data: public holidays and the 调休 make-up
 * working days (weekend days that are worked). The base comes from the
 * maintained `chinese-days` package, which covers the years the State Council
 * has announced; head office extends it by publishing a newer `CalendarData`
 * (through sync) when the next year's arrangement is announced.
 */
export interface CalendarData {
  version: string;
  /** yyyy-mm-dd dates that are days off although they may be weekdays. */
  holidays: string[];
  /** yyyy-mm-dd weekend dates that are working days (调休上班). */
  makeUpWorkdays: string[];
  /** Years whose arrangement is known; a date outside is counted on weekdays only and marked provisional. */
  coveredYears: number[];
}

function yearsOf(dates: string[]): number[] {
  return [...new Set(dates.map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
}

const holidays = Object.keys(chineseDays.holidays).sort();
const makeUpWorkdays = Object.keys(chineseDays.workdays).sort();

/** Mainland China, as shipped: from chinese-days (国务院办公厅 annual holiday notices). */
export const CHINA_MAINLAND_CALENDAR: CalendarData = {
  version: 'chinese-days-1.5.7',
  holidays,
  makeUpWorkdays,
  coveredYears: yearsOf(holidays),
};

/** A head-office extension adds (or corrects) years; later data wins per year. */
export function extendCalendar(base: CalendarData, extension: CalendarData): CalendarData {
  const replaced = new Set(extension.coveredYears);
  const keep = (date: string) => !replaced.has(Number(date.slice(0, 4)));
  return {
    version: `${base.version}+${extension.version}`,
    holidays: [...base.holidays.filter(keep), ...extension.holidays].sort(),
    makeUpWorkdays: [...base.makeUpWorkdays.filter(keep), ...extension.makeUpWorkdays].sort(),
    coveredYears: [...new Set([...base.coveredYears, ...extension.coveredYears])].sort((a, b) => a - b),
  };
}
