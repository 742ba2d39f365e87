import { CHINA_MAINLAND_CALENDAR, extendCalendar, type CalendarData } from '../../../shared/calendar/calendar-data';
import { minutesOfClockTime, type CalendarRelease } from '../../../shared/calendar/calendar-release';
import { WorkingCalendar } from '../../../shared/calendar/working-calendar';
import { statement, type ReadDb, type WriteDb } from '../db/handles';
import { recordEvent } from './change-log';

/** What head office has published on top of the shipped calendar, or null when nothing. */
function publishedExtension(db: ReadDb): CalendarData | null {
  const years = statement(db, 'SELECT year, calendar_version FROM calendar_years ORDER BY year').all() as { year: number; calendar_version: string }[];
  if (years.length === 0) return null;
  const days = statement(db, 'SELECT day, working FROM calendar_days ORDER BY day').all() as { day: string; working: number }[];
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
  const hours = statement(db, 'SELECT work_day_opens, work_day_closes FROM site WHERE singleton = 1').get() as
    | { work_day_opens: string; work_day_closes: string }
    | undefined;
  return hours ? new WorkingCalendar(data, { open: minutesOfClockTime(hours.work_day_opens), close: minutesOfClockTime(hours.work_day_closes) }) : new WorkingCalendar(data);
}

/**
 * Applies a head-office calendar release in the caller's transaction: the
 * years it names are replaced whole. Open complaints are marked for
 * re-grading, since their deadlines may move.
 */
export function applyCalendarRelease(tx: WriteDb, release: CalendarRelease, at: Date): void {
  for (const year of release.years) {
    statement(tx, "DELETE FROM calendar_days WHERE day >= ? AND day <= ?").run(`${year.year}-01-01`, `${year.year}-12-31`);
    const insert = statement(tx, 'INSERT INTO calendar_days (day, working, name, calendar_version, published_at) VALUES (?, ?, ?, ?, ?)');
    for (const d of year.holidays) insert.run(d.day, 0, d.name, release.version, at.toISOString());
    for (const d of year.makeUpWorkdays) insert.run(d.day, 1, d.name, release.version, at.toISOString());
    statement(tx, 'INSERT INTO calendar_years (year, calendar_version) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET calendar_version = excluded.calendar_version').run(
      year.year,
      release.version,
    );
  }
  markOpenComplaintsForRegrade(tx, at);
  recordEvent(tx, { userId: null, at, action: 'calendar.release', entity: 'calendar', entityId: release.version, detail: { years: release.years.map((y) => y.year) } });
}

/** Deadlines of every open complaint may have moved (new hours, new holidays): re-grade them on the next tick. */
export function markOpenComplaintsForRegrade(tx: WriteDb, at: Date): void {
  statement(tx, 'UPDATE complaints SET regrade_at = ? WHERE resolved_at IS NULL AND class_override IS NULL').run(at.toISOString());
}
