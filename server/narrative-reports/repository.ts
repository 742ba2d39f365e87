import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/schema';
import { recordsWithPayload } from '../services/console-records';

/** All the SQL of head office's narrative report list: the sites, and the issued versions they synced. */

export async function narrativeSites(db: Kysely<ServerDatabase>, siteId: string | undefined) {
  let query = db.selectFrom('sites').select(['id', 'code', 'name']);
  if (siteId) query = query.where('id', '=', siteId);
  return query.orderBy('code').execute();
}

/**
 * Every narrative report version the sites pushed (only issued versions are
 * sent: a draft's change carries no syncPayload), with its payload. The
 * period and kind live in the payload only, so they are chosen by the caller.
 */
export async function syncedNarrativeVersions(db: Kysely<ServerDatabase>, siteId: string | undefined) {
  return recordsWithPayload(db, 'narrative_report', siteId).select(['r.site_id', 'r.entity_id', 'e.payload']).orderBy('r.site_id').orderBy('r.entity_id').execute();
}

export async function syncedNarrativeVersion(db: Kysely<ServerDatabase>, siteId: string, id: string) {
  return recordsWithPayload(db, 'narrative_report', siteId).where('r.entity_id', '=', id).select(['s.code', 's.name', 'e.payload']).executeTakeFirst();
}
