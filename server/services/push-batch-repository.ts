import { createHash } from 'node:crypto';
import { CompiledQuery, PostgresAdapter, type Kysely } from 'kysely';
import type { PushRequest } from '../../shared/sync/protocol';
import { columnArrays, rowsWrite, unnestInsertSql, valuesInserts, type RowsWrite } from '../db/bulk-insert';
import type { ServerDatabase } from '../db/schema';
import { SITE_NOTIFICATIONS_WRITE } from '../notifications/site-notifications';
import { REPORT_ROWS_WRITE } from '../reports/report-projection';
import { foreignRecordsQuery, SITE_RECORDS_WRITE, type HeldRecord } from './site-records-write';

/**
 * The statements of the push path (apply-batch.ts), per engine. On
 * PostgreSQL every statement is a round trip to another process, and under
 * load each waits for that process to be scheduled, so a batch is applied in
 * four, whatever its size: BEGIN with the site's lock, one lookup, one write
 * to every table, COMMIT (issue 24). SQLite runs in-process (its worker
 * thread) and takes each table's rows as one multi-row statement.
 */

const ENTRY_COLUMNS = ['site_id', 'entry_id', 'batch_id', 'entity', 'entity_id', 'entity_version', 'operation', 'payload', 'created_at', 'received_at'] as const;
/** How a batch's entries go to `received_entries`: each entry as it came (its payload once, 0003-payload-once). */
export const ENTRIES_WRITE = rowsWrite('received_entries', ENTRY_COLUMNS, { entity_version: 'integer', payload: 'json' });

/** What the push path reads before it writes. */
export interface BatchFound {
  /** The batch as first received, if this batch id was seen before. */
  seen: { entry_ids: string; ack: string } | null;
  /** The batch's entry ids received before. */
  already: Set<string>;
  /** Records of the batch other sites hold (at least those of its entries not received before). */
  held: HeldRecord[];
}

/** One batch's rows for each table, in each RowsWrite's columns, and its bookkeeping. */
export interface BatchRows {
  siteId: string;
  deviceId: string;
  batchId: string;
  at: string;
  entryIds: readonly string[];
  ack: string;
  pendingAfterBatch: number | undefined;
  entries: unknown[][];
  records: unknown[][];
  notifications: unknown[][];
  reports: unknown[][];
}

const isPostgres = (db: Kysely<ServerDatabase>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** Keeps these per-site locks apart from any other advisory lock on the database (an arbitrary constant). */
const SITE_BATCH_LOCK_SPACE = 24_001;

/**
 * Runs `work` in one transaction, after every other batch of this site (the
 * site's turn). On PostgreSQL two copies of a batch (a client retry racing
 * its slow first attempt) both passed the "seen?" check and one failed on the
 * primary key: a 500 in 17 of 60 tries with three at once (issue 24 item 1).
 * Under a per-site advisory lock the later one reads the first's committed
 * ack instead. The lock is taken in BEGIN's own round trip (one simple query
 * of two statements, which allows no parameters: the key is an integer
 * computed here from the site id). Different sites do not wait for each other
 * (unless their ids hash alike, which only costs a wait). SQLite needs
 * nothing: Kysely runs a transaction on its one connection, so transactions
 * never overlap.
 */
export async function inSiteTurn<T>(db: Kysely<ServerDatabase>, siteId: string, work: (trx: Kysely<ServerDatabase>) => Promise<T>): Promise<T> {
  if (!isPostgres(db)) return db.transaction().execute(work);
  return db.connection().execute(async (connection) => {
    let result: T;
    try {
      await connection.executeQuery(CompiledQuery.raw(`BEGIN; SELECT pg_advisory_xact_lock(${SITE_BATCH_LOCK_SPACE}, ${siteLockKey(siteId)})`));
      result = await work(connection);
    } catch (error) {
      await connection.executeQuery(CompiledQuery.raw('ROLLBACK')).catch(() => undefined);
      throw error;
    }
    await connection.executeQuery(CompiledQuery.raw('COMMIT'));
    return result;
  });
}

/** A site's lock key: 32 bits of its id's SHA-256, a whole number, so it can stand in the statement's text. */
export function siteLockKey(siteId: string): number {
  return createHash('sha256').update(siteId, 'utf8').digest().readInt32BE(0);
}

/**
 * PostgreSQL's lookup, one statement: the batch id seen before, the entries
 * received before, and the batch's records other sites hold, each id probed
 * in `site_records_owner_by_entity_id` as foreignRecordsQuery does (the plan
 * is pinned in test/server/push-batch-plan.test.ts). The caller keeps only
 * the clashes of entries not received before, as SQLite's lookup asks for.
 */
export const PG_LOOKUP = `SELECT 'batch' AS found, entry_ids AS a, ack AS b FROM received_batches WHERE site_id = $1 AND batch_id = $2
UNION ALL SELECT 'entry', entry_id, NULL FROM received_entries WHERE site_id = $1 AND entry_id = ANY($3::text[])
UNION ALL SELECT 'held', held.entity, held.entity_id FROM unnest($4::text[]) AS wanted(entity_id)
  CROSS JOIN LATERAL (SELECT entity, entity_id FROM site_records WHERE site_records.entity_id = wanted.entity_id AND site_id <> $1 OFFSET 0) AS held`;

/** PG_LOOKUP's parameters for a batch. */
export function pgLookupParameters(siteId: string, batch: Pick<PushRequest, 'batchId' | 'entries'>): unknown[] {
  return [siteId, batch.batchId, batch.entries.map((e) => e.entryId), [...new Set(batch.entries.map((e) => e.entityId))]];
}

/** What was received before of this batch, and which of its records other sites hold. */
export async function lookUpBatch(trx: Kysely<ServerDatabase>, siteId: string, batch: PushRequest): Promise<BatchFound> {
  if (isPostgres(trx)) {
    const { rows } = await trx.executeQuery<{ found: string; a: string; b: string | null }>(CompiledQuery.raw(PG_LOOKUP, pgLookupParameters(siteId, batch)));
    const batchRow = rows.find((r) => r.found === 'batch');
    return {
      seen: batchRow ? { entry_ids: batchRow.a, ack: batchRow.b ?? '' } : null,
      already: new Set(rows.filter((r) => r.found === 'entry').map((r) => r.a)),
      held: rows.filter((r) => r.found === 'held').map((r) => ({ entity: r.a, entity_id: r.b ?? '' })),
    };
  }
  const seen = await trx.selectFrom('received_batches').select(['entry_ids', 'ack']).where('site_id', '=', siteId).where('batch_id', '=', batch.batchId).executeTakeFirst();
  if (seen) return { seen, already: new Set(), held: [] };
  const entryIds = batch.entries.map((e) => e.entryId);
  const already = new Set((await trx.selectFrom('received_entries').select('entry_id').where('site_id', '=', siteId).where('entry_id', 'in', entryIds).execute()).map((r) => r.entry_id));
  const fresh = batch.entries.filter((e) => !already.has(e.entryId));
  const held = fresh.length === 0 ? [] : (await trx.executeQuery(foreignRecordsQuery(trx, siteId, fresh))).rows;
  return { seen: null, already, held };
}

/** The tables a batch writes rows to, in the order they are written, and where BatchRows keeps each one's rows. */
const TABLE_WRITES: readonly [RowsWrite, 'entries' | 'records' | 'notifications' | 'reports'][] = [
  [ENTRIES_WRITE, 'entries'],
  [SITE_RECORDS_WRITE, 'records'],
  [SITE_NOTIFICATIONS_WRITE, 'notifications'],
  [REPORT_ROWS_WRITE, 'reports'],
];

/**
 * PostgreSQL's write, one statement: each table's rows through unnest (one
 * array parameter per column) in a data-modifying WITH, then the batch's ack
 * and the device's row. Each part runs exactly once whether or not the final
 * SELECT reads it, and constraints are checked at the statement's end, as
 * for separate statements in the transaction.
 */
export const PG_WRITE = ((): string => {
  let next = 1;
  const parts = TABLE_WRITES.map(([write], n) => {
    const text = `t${n} AS (${unnestInsertSql(write, next)})`;
    next += write.columns.length;
    return text;
  });
  const [site, batch, ids, ack, at, pending, device] = [0, 1, 2, 3, 4, 5, 6].map((k) => `$${next + k}`);
  parts.push(`batch AS (INSERT INTO received_batches (site_id, batch_id, entry_ids, ack, received_at) VALUES (${site}::text, ${batch}::text, ${ids}::text, ${ack}::text, ${at}::text))`);
  parts.push(
    `device AS (UPDATE devices SET last_push_at = ${at}::text, pending_after_batch = COALESCE(${pending}::integer, pending_after_batch), ` +
      `pending_reported_at = CASE WHEN ${pending}::integer IS NULL THEN pending_reported_at ELSE ${at}::text END WHERE id = ${device}::text)`,
  );
  return `WITH ${parts.join(',\n')}\nSELECT 1`;
})();

/** Writes a batch: its entries, records, notifications and report rows, its ack, and the device's last push (and backlog, when the batch reports it). */
export async function writeBatch(trx: Kysely<ServerDatabase>, rows: BatchRows): Promise<void> {
  const entryIds = JSON.stringify(rows.entryIds);
  if (isPostgres(trx)) {
    const arrays = TABLE_WRITES.flatMap(([write, key]) => columnArrays(write, rows[key]));
    const parameters = [...arrays, rows.siteId, rows.batchId, entryIds, rows.ack, rows.at, rows.pendingAfterBatch ?? null, rows.deviceId];
    await trx.executeQuery(CompiledQuery.raw(PG_WRITE, parameters));
    return;
  }
  for (const [write, key] of TABLE_WRITES) for (const query of valuesInserts(trx, write, rows[key])) await trx.executeQuery(query);
  await trx.insertInto('received_batches').values({ site_id: rows.siteId, batch_id: rows.batchId, entry_ids: entryIds, ack: rows.ack, received_at: rows.at }).execute();
  const backlog = rows.pendingAfterBatch === undefined ? {} : { pending_after_batch: rows.pendingAfterBatch, pending_reported_at: rows.at };
  await trx.updateTable('devices').set({ last_push_at: rows.at, ...backlog }).where('id', '=', rows.deviceId).execute();
}
