import { PostgresAdapter, type CompiledQuery, type Kysely } from 'kysely';
import type { ReportDialect } from '../../shared/reports/report-sql-repository';
import type { ServerDatabase } from '../db/schema';

/** Head office's report data: compiled report queries, the premium and policy counts, the sites. */

export function dialectOf(db: Kysely<ServerDatabase>): ReportDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Runs a query compiled from a report definition for this database's dialect. */
export async function runCompiled(db: Kysely<ServerDatabase>, query: CompiledQuery): Promise<Record<string, unknown>[]> {
  return (await db.executeQuery<Record<string, unknown>>(query)).rows;
}

export async function listReportSites(db: Kysely<ServerDatabase>) {
  return db.selectFrom('sites').select(['id', 'code', 'name']).orderBy('code').execute();
}

export async function siteExists(db: Kysely<ServerDatabase>, siteId: string): Promise<boolean> {
  return (await db.selectFrom('sites').select('id').where('id', '=', siteId).executeTakeFirst()) !== undefined;
}

export interface ReferenceRow {
  site_id: string;
  period_key: string;
  premium: number | null;
  policies: number | null;
  entered_by: string;
  entered_at: string;
}

export async function referenceRows(db: Kysely<ServerDatabase>, kind: string, keys: readonly string[], siteId?: string): Promise<ReferenceRow[]> {
  if (keys.length === 0) return [];
  let query = db.selectFrom('report_reference').select(['site_id', 'period_key', 'premium', 'policies', 'entered_by', 'entered_at']).where('period_kind', '=', kind).where('period_key', 'in', [...keys]);
  if (siteId !== undefined) query = query.where('site_id', '=', siteId);
  const rows = await query.orderBy('site_id').execute();
  const n = (v: number | string | null) => (v === null ? null : Number(v));
  return rows.map((r) => ({ ...r, premium: n(r.premium), policies: n(r.policies) }));
}

export async function upsertReference(
  db: Kysely<ServerDatabase>,
  entry: { siteId: string; kind: string; key: string; premium: number | null; policies: number | null },
  by: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('report_reference')
    .values({ site_id: entry.siteId, period_kind: entry.kind, period_key: entry.key, premium: entry.premium, policies: entry.policies, entered_by: by, entered_at: at })
    .onConflict((oc) => oc.columns(['site_id', 'period_kind', 'period_key']).doUpdateSet({ premium: entry.premium, policies: entry.policies, entered_by: by, entered_at: at }))
    .execute();
}

/**
 * Per site: its live devices' last push and reported backlog, and the last push of any device, revoked ones
 * included (a site whose only device was revoked did sync: it is stale, not "never synced").
 */
export async function siteSyncState(db: Kysely<ServerDatabase>) {
  return db
    .selectFrom('devices')
    .select((eb) => {
      const live = <C extends 'last_push_at' | 'pending_after_batch'>(column: C) => eb.case().when('revoked_at', 'is', null).then(eb.ref(column)).end();
      return [
        'site_id',
        eb.fn.max(live('last_push_at')).as('last_push_at'),
        eb.fn.max('last_push_at').as('any_push_at'),
        eb.fn.sum<number | string | null>(live('pending_after_batch')).as('pending'),
      ];
    })
    .groupBy('site_id')
    .execute();
}
