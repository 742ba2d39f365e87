import { newId } from '../../../shared/ids';
import type { Site } from '../../../shared/api/site';
import { clockTimeOfMinutes } from '../../../shared/calendar/calendar-release';
import { DEFAULT_WORKING_HOURS } from '../../../shared/calendar/working-calendar';
import type { ReadDb, WriteDb } from '../db/handles';
import { markOpenComplaintsForRegrade } from '../complaints/complaints-repository';
import { insertSite, selectSite, updateWorkingHours } from './site-repository';
import { recordChange } from '../change-log/change-log';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
export const DEFAULT_IDLE_SIGN_OUT_MINUTES = 15;
/** The calendar's default hours, as the site stores them ("08:30"–"17:30"; migration 0003 has the same defaults). */
const DEFAULT_SITE_HOURS = { opens: clockTimeOfMinutes(DEFAULT_WORKING_HOURS.open), closes: clockTimeOfMinutes(DEFAULT_WORKING_HOURS.close) };

export function readSite(db: ReadDb): (Site & { demo: boolean }) | null {
  const row = selectSite(db);
  if (!row) return null;
  return {
    siteId: row.site_id,
    code: row.code,
    name: row.name,
    organisation: row.organisation,
    rulePack: row.rule_pack,
    profileId: row.profile_id,
    timeZone: row.time_zone,
    idleSignOutMinutes: row.idle_sign_out_minutes,
    workingHours: { opens: row.work_day_opens, closes: row.work_day_closes },
    demo: row.demo === 1,
  };
}

/** The site's time zone and the day it was set up (from which schedules count), or null before setup. */
export function readSiteClock(db: ReadDb): { timeZone: string; createdAt: string } | null {
  const row = selectSite(db);
  return row ? { timeZone: row.time_zone, createdAt: row.created_at } : null;
}

export function createSite(
  tx: WriteDb,
  input: { code: string; name: string; organisation: string; rulePack: string; profileId: string; demo: boolean },
  at: Date,
): Site {
  const site: Site = {
    siteId: newId(),
    code: input.code,
    name: input.name,
    organisation: input.organisation,
    rulePack: input.rulePack,
    profileId: input.profileId,
    timeZone: DEFAULT_TIME_ZONE,
    idleSignOutMinutes: DEFAULT_IDLE_SIGN_OUT_MINUTES,
    workingHours: { ...DEFAULT_SITE_HOURS },
  };
  insertSite(tx, {
    site_id: site.siteId,
    code: site.code,
    name: site.name,
    organisation: site.organisation,
    rule_pack: site.rulePack,
    profile_id: site.profileId,
    time_zone: site.timeZone,
    idle_sign_out_minutes: site.idleSignOutMinutes,
    demo: input.demo ? 1 : 0,
    created_at: at.toISOString(),
    work_day_opens: site.workingHours.opens,
    work_day_closes: site.workingHours.closes,
  });
  recordChange(tx, {
    userId: null,
    at,
    action: 'setup.site',
    entity: 'site',
    entityId: site.siteId,
    entityVersion: 1,
    before: null,
    after: site,
    syncPayload: site,
  });
  return site;
}

/** The site's opening hours; open complaints are marked for re-grading, since their deadlines move. */
export function setWorkingHours(tx: WriteDb, hours: { opens: string; closes: string }, actorId: string, at: Date): Site & { demo: boolean } {
  const before = readSite(tx);
  if (!before) throw new Error('site not set up');
  const version = updateWorkingHours(tx, hours);
  markOpenComplaintsForRegrade(tx, at);
  const after = readSite(tx)!;
  recordChange(tx, {
    userId: actorId,
    at,
    action: 'site.setWorkingHours',
    entity: 'site',
    entityId: after.siteId,
    entityVersion: version,
    before: before.workingHours,
    after: after.workingHours,
    syncPayload: after,
  });
  return after;
}
