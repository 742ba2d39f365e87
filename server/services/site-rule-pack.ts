import type { Kysely } from 'kysely';
import { findPack } from '../../shared/rules/packs';
import type { ServerDatabase } from '../db/schema';

/**
 * The rule pack a site runs, as head office last learnt it: from the site's
 * own `site` record (its syncPayload carries `rulePack`) or from a `site`
 * reference item head office published to it (or to all), whichever head
 * office got or sent last — a site applying a published site record does not
 * send it back, and a site changing its own pack does. Only shipped packs
 * count: a site refuses a published record naming a pack it lacks. Null when
 * neither names one (a site that never sent its record).
 *
 * The site record's payload is read through its entry in received_entries
 * (by entry_id), not from site_records' own copy.
 */
export async function siteRulePack(db: Kysely<ServerDatabase>, siteId: string): Promise<string | null> {
  return latestSiteValue(db, siteId, (record) => {
    const value = record.rulePack;
    return typeof value === 'string' && findPack(value) ? value : null;
  });
}

/**
 * The organisation profile a site runs (issue 17), as head office last learnt
 * it, the same way: the site's own record carries `profileId`, a published
 * site record `profile` (optional: one without leaves the site's own).
 */
export async function siteProfile(db: Kysely<ServerDatabase>, siteId: string): Promise<string | null> {
  return latestSiteValue(db, siteId, (record) => {
    const value = record.profileId ?? record.profile;
    return typeof value === 'string' && value !== '' ? value : null;
  });
}

/** The value `read` finds in the newest of the site's own site record and the site records published to it. */
async function latestSiteValue(db: Kysely<ServerDatabase>, siteId: string, read: (record: Record<string, unknown>) => string | null): Promise<string | null> {
  const own = await db
    .selectFrom('site_records as r')
    .innerJoin('received_entries as e', (join) => join.onRef('e.site_id', '=', 'r.site_id').onRef('e.entry_id', '=', 'r.entry_id'))
    .select(['e.payload', 'r.updated_at'])
    .where('r.site_id', '=', siteId)
    .where('r.entity', '=', 'site')
    .orderBy('r.updated_at', 'desc')
    .executeTakeFirst();
  const published = await db
    .selectFrom('reference_items')
    .select(['body', 'published_at'])
    .where('kind', '=', 'site')
    .where((eb) => eb.or([eb('site_id', '=', siteId), eb('site_id', 'is', null)]))
    .orderBy('cursor', 'desc')
    .execute();
  const candidates = [
    own && { at: own.updated_at, value: valueOf(own.payload, read) },
    // A published record without the value (a profile) does not hide an older one that has it.
    ...published.map((p) => ({ at: p.published_at, value: valueOf(p.body, read) })),
  ].filter((c): c is { at: string; value: string | null } => Boolean(c?.value));
  candidates.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return candidates[0]?.value ?? null;
}

function valueOf(json: string, read: (record: Record<string, unknown>) => string | null): string | null {
  try {
    const record = JSON.parse(json) as unknown;
    return record && typeof record === 'object' ? read(record as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
