import { CHINA_MAINLAND_CALENDAR, extendCalendar, type CalendarData } from '../../../shared/calendar/calendar-data';
import { minutesOfClockTime, type CalendarRelease } from '../../../shared/calendar/calendar-release';
import { WorkingCalendar } from '../../../shared/calendar/working-calendar';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordEvent } from '../change-log/change-log';
import { markOpenComplaintsForRegrade } from '../complaints/complaints-repository';
import { replaceCalendarYear, selectCalendarDays, selectCalendarYears, selectSite } from '../site/site-repository';

/** What head office has published on top of the shipped calendar, or null when nothing. */
function publishedExtension(db: ReadDb): CalendarData | null {
  const years = selectCalendarYears(db);
  if (years.length === 0) return null;
  const days = selectCalendarDays(db);
  return {
    version: [...new Set(years.map((y) => y.calendar_version))].join('+'),
    holidays: days.filter((d) => d.working === 0).map((d) => d.day),
    makeUpWorkdays: days.filter((d) => d.working === 1).map((d) => d.day),
    coveredYears: years.map((y) => y.year),
  };
}

/** The calendar deadlines are counted on: shipped data, head office's releases, and the site's working hours. */
export function loadCalendar(db: ReadDb): WorkingCalendar {
  const extension = publishedExtension(db);
  const data = extension ? extendCalendar(CHINA_MAINLAND_CALENDAR, extension) : CHINA_MAINLAND_CALENDAR;
  const hours = selectSite(db);
  return hours ? new WorkingCalendar(data, { open: minutesOfClockTime(hours.work_day_opens), close: minutesOfClockTime(hours.work_day_closes) }) : new WorkingCalendar(data);
}

/**
 * Applies a head-office calendar release in the caller's transaction: the
 * years it names are replaced whole. Open complaints are marked for
 * re-grading, since their deadlines may move.
 */
export function applyCalendarRelease(tx: WriteDb, release: CalendarRelease, at: Date): void {
  for (const year of release.years) {
    const days = [...year.holidays.map((d) => ({ ...d, working: 0 as const })), ...year.makeUpWorkdays.map((d) => ({ ...d, working: 1 as const }))];
    replaceCalendarYear(tx, year.year, release.version, days, at.toISOString());
  }
  markOpenComplaintsForRegrade(tx, at);
  recordEvent(tx, { userId: null, at, action: 'calendar.release', entity: 'calendar', entityId: release.version, detail: { years: release.years.map((y) => y.year) } });
}
