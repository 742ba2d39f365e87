import { CompiledQuery, PostgresAdapter, sql, type Kysely } from 'kysely';
import type { PushEntry } from '../../shared/sync/protocol';
import type { ServerDatabase } from '../db/schema';
import { SyncHttpError } from '../http/errors';
import { columnArrays, rowsWrite, unnestInsertSql, valuesInserts } from '../db/bulk-insert';
import { summariseRecord } from './record-summary';

const RECORD_COLUMNS = [
  'site_id',
  'entity',
  'entity_id',
  'entity_version',
  'entry_id',
  'updated_at',
  // Extracted from the payload for the console's lists (record-summary.ts).
  'status',
  'serial',
  'kind',
  'summary',
  'search_text',
  'due_at',
  'occurred_at',
  'completed_at',
  'parent_id',
] as const;
/** A record keeps its highest version: an older one arriving later changes nothing; at an equal version the later entry wins. */
const RECORD_UPSERT = `ON CONFLICT (site_id, entity, entity_id) DO UPDATE SET ${RECORD_COLUMNS.slice(3)
  .map((c) => `${c} = excluded.${c}`)
  .join(', ')} WHERE site_records.entity_version <= excluded.entity_version`;

/** How a batch's records go to `site_records` (server/db/bulk-insert.ts): one row per record (latestPerRecord), which a multi-row ON CONFLICT requires. */
export const SITE_RECORDS_WRITE = rowsWrite('site_records', RECORD_COLUMNS, { entity_version: 'integer' }, RECORD_UPSERT);

/** The batch's records as `site_records` rows, in SITE_RECORDS_WRITE's columns; the payload stays in the entry (0003-payload-once). */
export function recordRows(siteId: string, latest: readonly PushEntry[], at: string): unknown[][] {
  return latest.map((e) => {
    const s = summariseRecord(e.entity, e.payload);
    return [siteId, e.entity, e.entityId, e.entityVersion, e.entryId, at, s.status, s.serial, s.kind, s.summary, s.search_text, s.due_at, s.occurred_at, s.completed_at, s.parent_id];
  });
}

/**
 * Writes records to `site_records` in one statement, on its own (the push
 * path writes them with the rest of the batch: push-batch-repository.ts). On
 * PostgreSQL the rows go as one array per column through unnest: 15
 * parameters and the same text whatever the batch's size; SQLite takes the
 * rows as a VALUES list (split only past its parameter limit).
 */
export async function upsertSiteRecords(trx: Kysely<ServerDatabase>, siteId: string, latest: readonly PushEntry[], at: string): Promise<void> {
  if (latest.length === 0) return;
  const rows = recordRows(siteId, latest, at);
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await trx.executeQuery(CompiledQuery.raw(unnestInsertSql(SITE_RECORDS_WRITE, 1), columnArrays(SITE_RECORDS_WRITE, rows)));
    return;
  }
  for (const query of valuesInserts(trx, SITE_RECORDS_WRITE, rows)) await trx.executeQuery(query);
}

/** An entity id another site already holds refuses the whole batch (403 foreign_record): nothing of it is written. */
export async function refuseForeignRecords(trx: Kysely<ServerDatabase>, siteId: string, entries: readonly PushEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const { rows: held } = await trx.executeQuery(foreignRecordsQuery(trx, siteId, entries));
  refuseHeldRecords(held, entries);
}

/** Refuses the batch (403 foreign_record) if `held`, the records other sites hold among those asked about, includes one of `entries`. */
export function refuseHeldRecords(held: readonly HeldRecord[], entries: readonly PushEntry[]): void {
  if (held.length === 0) return;
  const wanted = new Set(entries.map((e) => `${e.entity}\u0000${e.entityId}`));
  const clash = held.find((r) => wanted.has(`${r.entity}\u0000${r.entity_id}`));
  if (clash) {
    throw new SyncHttpError(403, 'foreign_record', `记录 ${clash.entity}/${clash.entity_id} 属于其他网点，本批次未保存 / record belongs to another site; batch not saved`);
  }
}

/**
 * The batch's records another site holds: one statement per batch, each id
 * looked up in the index `site_records_owner_by_entity_id` (0010), which
 * holds the owner too, so no table row is read (the plan is pinned in
 * test/server/push-batch-plan.test.ts). On PostgreSQL the ids go as one array
 * parameter and each is probed by a lateral subquery that OFFSET 0 keeps from
 * being merged into a join: left to its estimates, the planner chose a
 * sequential scan while the table was small and bitmap scans of growing cost
 * later (0.12–17 ms a call, issue 24 item 7); the probe per id costs the same
 * at any size.
 */
export function foreignRecordsQuery(trx: Kysely<ServerDatabase>, siteId: string, entries: readonly PushEntry[]): CompiledQuery<HeldRecord> {
  const ids = [...new Set(entries.map((e) => e.entityId))];
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    return sql<HeldRecord>`SELECT held.entity, held.entity_id FROM unnest(${ids}::text[]) AS wanted(entity_id)
      CROSS JOIN LATERAL (SELECT entity, entity_id FROM site_records WHERE site_records.entity_id = wanted.entity_id AND site_id <> ${siteId} OFFSET 0) AS held`.compile(trx);
  }
  return trx.selectFrom('site_records').select(['entity', 'entity_id']).where('entity_id', 'in', ids).where('site_id', '<>', siteId).compile();
}

export interface HeldRecord {
  entity: string;
  entity_id: string;
}

/** One write per record: its highest version, the later entry on a tie. */
export function latestPerRecord(entries: readonly PushEntry[]): PushEntry[] {
  const latest = new Map<string, PushEntry>();
  for (const entry of entries) {
    const key = `${entry.entity}\u0000${entry.entityId}`;
    const current = latest.get(key);
    if (!current || entry.entityVersion >= current.entityVersion) latest.set(key, entry);
  }
  return [...latest.values()];
}
