import type { Kysely } from 'kysely';
import type { ReferenceVersion, SiteSummary } from '../../shared/sync/console-api';
import type { ReferenceKind } from '../../shared/sync/protocol';
import type { ServerDatabase } from '../db/schema';
import { siteProfile } from './site-rule-pack';

/** Every site with its devices, how much it sent, when it last synced and what it still has queued. */
export async function listSites(db: Kysely<ServerDatabase>): Promise<SiteSummary[]> {
  return withProfiles(db, await siteSummaries(db));
}

/** The profile each site runs: a look-up per site, so the paged list asks only for the page it shows. */
export async function withProfiles(db: Kysely<ServerDatabase>, sites: SiteSummary[]): Promise<SiteSummary[]> {
  return Promise.all(sites.map(async (site) => ({ ...site, profile: await siteProfile(db, site.id) })));
}

/** Every site as listSites shows it, profile not yet looked up (null). */
export async function siteSummaries(db: Kysely<ServerDatabase>): Promise<SiteSummary[]> {
  const sites = await db.selectFrom('sites').selectAll().orderBy('code').execute();
  const devices = await db.selectFrom('devices').selectAll().orderBy('enrolled_at').execute();
  const counts = await db.selectFrom('received_entries').select(['site_id', (eb) => eb.fn.countAll().as('n')]).groupBy('site_id').execute();
  const received = new Map(counts.map((c) => [c.site_id, Number(c.n)]));
  return sites.map((site) => {
    const own = devices.filter((d) => d.site_id === site.id);
    const active = own.filter((d) => d.revoked_at === null);
    const reported = active.filter((d) => d.pending_after_batch !== null);
    const pushes = own.map((d) => d.last_push_at).filter((at): at is string => at !== null).sort();
    return {
      id: site.id,
      code: site.code,
      name: site.name,
      createdAt: site.created_at,
      recordsReceived: received.get(site.id) ?? 0,
      lastSyncAt: pushes.at(-1) ?? null,
      backlog: reported.length ? reported.reduce((sum, d) => sum + Number(d.pending_after_batch), 0) : null,
      profile: null,
      devices: own.map((d) => ({
        id: d.id,
        name: d.name,
        enrolledAt: d.enrolled_at,
        revokedAt: d.revoked_at,
        lastPushAt: d.last_push_at,
        pendingAfterBatch: d.pending_after_batch === null ? null : Number(d.pending_after_batch),
      })),
    };
  });
}

/** Published reference versions, newest first (the last 200). */
export async function listReferenceVersions(db: Kysely<ServerDatabase>, kind: ReferenceKind | undefined): Promise<ReferenceVersion[]> {
  let query = db
    .selectFrom('reference_items')
    .leftJoin('sites', 'sites.id', 'reference_items.site_id')
    .select(['reference_items.cursor', 'reference_items.kind', 'reference_items.item_id', 'reference_items.version', 'reference_items.site_id', 'sites.code', 'reference_items.published_at'])
    .orderBy('reference_items.cursor', 'desc')
    .limit(200);
  if (kind) query = query.where('reference_items.kind', '=', kind);
  return (await query.execute()).map((r) => ({
    cursor: Number(r.cursor),
    kind: r.kind as ReferenceKind,
    id: r.item_id,
    version: Number(r.version),
    siteId: r.site_id,
    siteCode: r.code,
    publishedAt: r.published_at,
  }));
}
