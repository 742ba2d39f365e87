import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { PushAck, PushRequest } from '../../shared/sync/protocol';
import type { ServerDatabase } from '../db/schema';
import type { DeviceIdentity } from '../auth/device-auth';
import { SyncHttpError } from '../http/errors';
import { latestPerRecord, refuseForeignRecords, upsertSiteRecords } from './site-records-write';
import { multiRowInserts } from '../db/bulk-insert';
import { upsertSiteNotifications } from '../notifications/site-notifications';
import { projectReportRows } from '../reports/report-projection';
import { applySiteDestructions } from '../privacy/site-destruction';

const ENTRY_COLUMNS = ['site_id', 'entry_id', 'batch_id', 'entity', 'entity_id', 'entity_version', 'operation', 'payload', 'created_at', 'received_at'] as const;
/**
 * Applies one pushed batch in one transaction, exactly once:
 * - a batch id seen before answers the ack it got the first time (a resend
 *   after a lost answer), and nothing is written;
 * - an entry id seen before is acknowledged and not applied again;
 * - the record table keeps the highest entity version: an older version never
 *   overwrites a newer one. At an equal version the later entry wins — a site
 *   sends its outbox in order and never skips a pending entry, so arriving
 *   later means written later;
 * - the site comes from the credential; an entity id another site already
 *   holds refuses the whole batch (403), so no site can touch another's records;
 * - one site's batches are applied one after another (takeSiteTurn), so a batch
 *   racing a copy of itself or an overlapping one gets the answer it would get alone.
 */
export async function applyBatch(db: Kysely<ServerDatabase>, device: DeviceIdentity, batch: PushRequest, now: Date): Promise<PushAck> {
  const at = now.toISOString();
  const entryIds = batch.entries.map((e) => e.entryId);
  return db.transaction().execute(async (trx) => {
    await takeSiteTurn(trx, device.siteId);
    const seen = await trx
      .selectFrom('received_batches')
      .select(['entry_ids', 'ack'])
      .where('site_id', '=', device.siteId)
      .where('batch_id', '=', batch.batchId)
      .executeTakeFirst();
    if (seen) {
      if (seen.entry_ids !== JSON.stringify(entryIds)) {
        throw new SyncHttpError(409, 'batch_id_reused', '批次编号已用于其他条目 / this batch id was already used for different entries');
      }
      return JSON.parse(seen.ack) as PushAck;
    }

    const already = new Set(
      (await trx.selectFrom('received_entries').select('entry_id').where('site_id', '=', device.siteId).where('entry_id', 'in', entryIds).execute()).map((r) => r.entry_id),
    );
    const fresh = batch.entries.filter((e) => !already.has(e.entryId));
    await refuseForeignRecords(trx, device.siteId, fresh);

    const entryRows = fresh.map((e) => [device.siteId, e.entryId, batch.batchId, e.entity, e.entityId, e.entityVersion, e.operation, JSON.stringify(e.payload), e.createdAt, at]);
    for (const query of multiRowInserts(trx, 'received_entries', ENTRY_COLUMNS, entryRows)) await trx.executeQuery(query);
    const latest = latestPerRecord(fresh);
    await upsertSiteRecords(trx, device.siteId, latest, at);
    await upsertSiteNotifications(trx, device.siteId, latest, at);
    // The complaints' report rows, as the site built them (issue #16).
    await projectReportRows(trx, device.siteId, latest);
    // A destruction the site approved erases head office's copies too (issue 19 §4).
    await applySiteDestructions(trx, device.siteId, fresh);

    const ack: PushAck = { batchId: batch.batchId, acknowledged: entryIds, duplicates: already.size };
    await trx
      .insertInto('received_batches')
      .values({ site_id: device.siteId, batch_id: batch.batchId, entry_ids: JSON.stringify(entryIds), ack: JSON.stringify(ack), received_at: at })
      .execute();
    const backlog = batch.pendingAfterBatch === undefined ? {} : { pending_after_batch: batch.pendingAfterBatch, pending_reported_at: at };
    await trx.updateTable('devices').set({ last_push_at: at, ...backlog }).where('id', '=', device.deviceId).execute();
    return ack;
  });
}

/** Keeps these per-site locks apart from any other advisory lock on the database (an arbitrary constant). */
const SITE_BATCH_LOCK_SPACE = 24_001;

/**
 * Waits until no other batch of this site is being applied, for the rest of
 * the transaction. On PostgreSQL two copies of a batch (a client retry racing
 * its slow first attempt) both passed the "seen?" check and one failed on the
 * primary key: a 500 in 17 of 60 tries with three at once (issue 24 item 1).
 * Under the lock the later one reads the first's committed ack instead.
 * Different sites do not wait for each other (unless their ids hash alike,
 * which only costs a wait). SQLite needs nothing: Kysely runs a transaction
 * on its one connection, so transactions never overlap.
 */
async function takeSiteTurn(trx: Kysely<ServerDatabase>, siteId: string): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`SELECT pg_advisory_xact_lock(${SITE_BATCH_LOCK_SPACE}, hashtext(${siteId}))`.execute(trx);
}
