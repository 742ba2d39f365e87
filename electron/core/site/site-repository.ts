import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** The one `site` row, as stored. */
export interface SiteRow {
  site_id: string;
  code: string;
  name: string;
  organisation: string;
  rule_pack: string;
  profile_id: string | null;
  time_zone: string;
  idle_sign_out_minutes: number;
  demo: number;
  work_day_opens: string;
  work_day_closes: string;
  version: number;
  created_at: string;
}

export function selectSite(db: ReadDb): SiteRow | undefined {
  return statement(db, 'SELECT * FROM site WHERE singleton = 1').get() as SiteRow | undefined;
}

export function insertSite(tx: WriteDb, row: Omit<SiteRow, 'version'>): void {
  statement(
    tx,
    `INSERT INTO site (singleton, site_id, code, name, organisation, rule_pack, profile_id, time_zone, idle_sign_out_minutes, demo, created_at, work_day_opens, work_day_closes)
     VALUES (1, @site_id, @code, @name, @organisation, @rule_pack, @profile_id, @time_zone, @idle_sign_out_minutes, @demo, @created_at, @work_day_opens, @work_day_closes)`,
  ).run(row);
}

/** Sets the opening hours and returns the site row's new version. */
export function updateWorkingHours(tx: WriteDb, hours: { opens: string; closes: string }): number {
  statement(tx, 'UPDATE site SET work_day_opens = ?, work_day_closes = ?, version = version + 1 WHERE singleton = 1').run(hours.opens, hours.closes);
  return (statement(tx, 'SELECT version FROM site WHERE singleton = 1').get() as { version: number }).version;
}

/** The calendar years head office has published, with the release each came from. */
export function selectCalendarYears(db: ReadDb): { year: number; calendar_version: string }[] {
  return statement(db, 'SELECT year, calendar_version FROM calendar_years ORDER BY year').all() as { year: number; calendar_version: string }[];
}

/** Every published day that differs from the weekly pattern (0: holiday, 1: make-up working day). */
export function selectCalendarDays(db: ReadDb): { day: string; working: number }[] {
  return statement(db, 'SELECT day, working FROM calendar_days ORDER BY day').all() as { day: string; working: number }[];
}

/** Replaces one year of published days and notes the release it came from. */
export function replaceCalendarYear(
  tx: WriteDb,
  year: number,
  version: string,
  days: readonly { day: string; working: 0 | 1; name: string }[],
  publishedAt: string,
): void {
  statement(tx, 'DELETE FROM calendar_days WHERE day >= ? AND day <= ?').run(`${year}-01-01`, `${year}-12-31`);
  const insert = statement(tx, 'INSERT INTO calendar_days (day, working, name, calendar_version, published_at) VALUES (?, ?, ?, ?, ?)');
  for (const d of days) insert.run(d.day, d.working, d.name, version, publishedAt);
  statement(tx, 'INSERT INTO calendar_years (year, calendar_version) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET calendar_version = excluded.calendar_version').run(year, version);
}
