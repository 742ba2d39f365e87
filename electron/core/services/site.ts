import { randomUUID } from 'node:crypto';
import type { Site } from '../../../shared/api/site';
import { statement, type ReadDb, type WriteDb } from '../db/handles';
import { recordChange } from './change-log';

interface SiteRow {
  site_id: string;
  code: string;
  name: string;
  organisation: string;
  rule_pack: string;
  time_zone: string;
  idle_sign_out_minutes: number;
  demo: number;
}

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
export const DEFAULT_IDLE_SIGN_OUT_MINUTES = 15;

export function readSite(db: ReadDb): (Site & { demo: boolean }) | null {
  const row = statement(db, 'SELECT * FROM site WHERE singleton = 1').get() as SiteRow | undefined;
  if (!row) return null;
  return {
    siteId: row.site_id,
    code: row.code,
    name: row.name,
    organisation: row.organisation,
    rulePack: row.rule_pack,
    timeZone: row.time_zone,
    idleSignOutMinutes: row.idle_sign_out_minutes,
    demo: row.demo === 1,
  };
}

export function createSite(
  tx: WriteDb,
  input: { code: string; name: string; organisation: string; rulePack: string; demo: boolean },
  at: Date,
): Site {
  const site: Site = {
    siteId: randomUUID(),
    code: input.code,
    name: input.name,
    organisation: input.organisation,
    rulePack: input.rulePack,
    timeZone: DEFAULT_TIME_ZONE,
    idleSignOutMinutes: DEFAULT_IDLE_SIGN_OUT_MINUTES,
  };
  statement(
    tx,
    `INSERT INTO site (singleton, site_id, code, name, organisation, rule_pack, time_zone, idle_sign_out_minutes, demo, created_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(site.siteId, site.code, site.name, site.organisation, site.rulePack, site.timeZone, site.idleSignOutMinutes, input.demo ? 1 : 0, at.toISOString());
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
