import { sql, type Kysely } from 'kysely';
import type { HeadOfficePersonalAccessTable, ServerDatabase } from '../db/schema';
import { recordsWithPayload } from '../services/console-records';

/** The entity under which a site's register entries arrive (electron/core/privacy/access-log-repository.ts). */
export const SITE_REGISTER_ENTITY = 'personal_data_access';

/** One pushed record with the payload of the entry that wrote it, or undefined. */
export async function pushedRecord(db: Kysely<ServerDatabase>, siteId: string, entity: string, id: string): Promise<{ payload: string } | undefined> {
  return recordsWithPayload(db, entity, siteId).where('r.entity_id', '=', id).select(['e.payload']).executeTakeFirst();
}

/** Appends one entry to head office's register (the table refuses any later change). */
export async function appendHeadOfficeAccess(db: Kysely<ServerDatabase>, row: HeadOfficePersonalAccessTable): Promise<void> {
  await db.insertInto('head_office_personal_access').values(row).execute();
}

export interface RegisterFilter {
  siteId: string | undefined;
  action: string | undefined;
  person: string | undefined;
  since: string;
  limit: number;
}

/** Head office's entries, newest first, with the site's code when the entry concerns one site's record. */
export async function headOfficeAccess(db: Kysely<ServerDatabase>, filter: RegisterFilter) {
  let query = db
    .selectFrom('head_office_personal_access as a')
    .leftJoin('sites as s', 's.id', 'a.site_id')
    .selectAll('a')
    .select('s.code as site_code')
    .where('a.at', '>=', filter.since);
  if (filter.siteId) query = query.where('a.site_id', '=', filter.siteId);
  if (filter.action) query = query.where('a.action', '=', filter.action);
  // `%` and `_` typed are literal; the same ESCAPE works on SQLite and PostgreSQL.
  if (filter.person) query = query.where(sql<boolean>`a.user_name LIKE ${`%${filter.person.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} ESCAPE '\\'`);
  return query.orderBy('a.at', 'desc').orderBy('a.id', 'desc').limit(filter.limit).execute();
}

/**
 * The sites' entries as pushed, newest first (by when they were made at the site); narrowed here by site
 * and days, the rest from the payload by the caller, since head office stores whatever a site sends.
 */
export async function siteAccess(db: Kysely<ServerDatabase>, filter: Pick<RegisterFilter, 'siteId' | 'since'>, limit: number) {
  return recordsWithPayload(db, SITE_REGISTER_ENTITY, filter.siteId)
    .select(['r.site_id', 's.code', 'r.entity_id', 'r.occurred_at', 'e.payload'])
    .where('r.occurred_at', '>=', filter.since)
    .orderBy('r.occurred_at', 'desc')
    .orderBy('r.entity_id', 'desc')
    .limit(limit)
    .execute();
}
