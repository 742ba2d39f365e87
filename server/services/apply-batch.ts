import type { Kysely } from 'kysely';
import type { PushAck, PushEntry, PushRequest } from '../../shared/sync/protocol';
import type { ServerDatabase } from '../db/schema';
import type { DeviceIdentity } from '../auth/device-auth';
import { SyncHttpError } from '../http/errors';
import { latestPerRecord, recordRows, refuseHeldRecords } from './site-records-write';
import { notificationRows } from '../notifications/site-notifications';
import { reportRows } from '../reports/report-projection';
import { applySiteDestructions } from '../privacy/site-destruction';
import { inSiteTurn, lookUpBatch, writeBatch } from './push-batch-repository';

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
 * - one site's batches are applied one after another (inSiteTurn), so a batch
 *   racing a copy of itself or an overlapping one gets the answer it would get alone.
 * The statements do not grow with the batch (push-batch-repository.ts): on
 * PostgreSQL BEGIN with the site's lock, one lookup, one write, COMMIT; a
 * destruction among the entries adds its own (privacy/site-destruction.ts).
 */
export async function applyBatch(db: Kysely<ServerDatabase>, device: DeviceIdentity, batch: PushRequest, now: Date): Promise<PushAck> {
  const at = now.toISOString();
  const entryIds = batch.entries.map((e) => e.entryId);
  return inSiteTurn(db, device.siteId, async (trx) => {
    const { seen, already, held } = await lookUpBatch(trx, device.siteId, batch);
    if (seen) {
      if (seen.entry_ids !== JSON.stringify(entryIds)) {
        throw new SyncHttpError(409, 'batch_id_reused', '批次编号已用于其他条目 / this batch id was already used for different entries');
      }
      return JSON.parse(seen.ack) as PushAck;
    }
    const fresh = batch.entries.filter((e) => !already.has(e.entryId));
    refuseHeldRecords(held, fresh);

    const ack: PushAck = { batchId: batch.batchId, acknowledged: entryIds, duplicates: already.size };
    const latest = latestPerRecord(fresh);
    await writeBatch(trx, {
      siteId: device.siteId,
      deviceId: device.deviceId,
      batchId: batch.batchId,
      at,
      entryIds,
      ack: JSON.stringify(ack),
      pendingAfterBatch: batch.pendingAfterBatch,
      entries: entryRows(device.siteId, batch.batchId, fresh, at),
      records: recordRows(device.siteId, latest, at),
      notifications: notificationRows(device.siteId, latest, at),
      // The complaints' report rows, as the site built them (issue #16).
      reports: reportRows(device.siteId, latest),
    });
    // A destruction the site approved erases head office's copies too (issue 19 §4).
    await applySiteDestructions(trx, device.siteId, fresh);
    return ack;
  });
}

/** The batch's new entries as `received_entries` rows, in ENTRIES_WRITE's columns. */
function entryRows(siteId: string, batchId: string, fresh: readonly PushEntry[], at: string): unknown[][] {
  return fresh.map((e) => [siteId, e.entryId, batchId, e.entity, e.entityId, e.entityVersion, e.operation, JSON.stringify(e.payload), e.createdAt, at]);
}
