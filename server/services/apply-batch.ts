import type { Kysely } from 'kysely';
import type { PushAck, PushEntry, PushRequest } from '../../shared/sync/protocol';
import type { ServerDatabase } from '../db/schema';
import type { DeviceIdentity } from '../auth/device-auth';
import { SyncHttpError } from '../http/errors';
import { summariseRecord } from './record-summary';

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
 *   holds refuses the whole batch (403), so no site can touch another's records.
 */
export async function applyBatch(db: Kysely<ServerDatabase>, device: DeviceIdentity, batch: PushRequest, now: Date): Promise<PushAck> {
  const at = now.toISOString();
  const entryIds = batch.entries.map((e) => e.entryId);
  return db.transaction().execute(async (trx) => {
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

    if (fresh.length > 0) {
      await trx
        .insertInto('received_entries')
        .values(
          fresh.map((e) => ({
            site_id: device.siteId,
            entry_id: e.entryId,
            batch_id: batch.batchId,
            entity: e.entity,
            entity_id: e.entityId,
            entity_version: e.entityVersion,
            operation: e.operation,
            payload: JSON.stringify(e.payload),
            created_at: e.createdAt,
            received_at: at,
          })),
        )
        .execute();
    }
    // One multi-row upsert, not one statement per record: per-statement compile
    // and prepare cost dominated a 1000-entry batch. latestPerRecord leaves one
    // row per record, which PostgreSQL requires of a multi-row ON CONFLICT.
    const latest = latestPerRecord(fresh);
    if (latest.length > 0) {
      await trx
        .insertInto('site_records')
        .values(
          latest.map((entry) => ({
            site_id: device.siteId,
            entity: entry.entity,
            entity_id: entry.entityId,
            entity_version: entry.entityVersion,
            payload: JSON.stringify(entry.payload),
            entry_id: entry.entryId,
            updated_at: at,
            ...summariseRecord(entry.entity, entry.payload),
          })),
        )
        .onConflict((oc) =>
          oc
            .columns(['site_id', 'entity', 'entity_id'])
            .doUpdateSet((eb) => ({
              entity_version: eb.ref('excluded.entity_version'),
              payload: eb.ref('excluded.payload'),
              entry_id: eb.ref('excluded.entry_id'),
              updated_at: eb.ref('excluded.updated_at'),
              status: eb.ref('excluded.status'),
              serial: eb.ref('excluded.serial'),
              kind: eb.ref('excluded.kind'),
              summary: eb.ref('excluded.summary'),
              search_text: eb.ref('excluded.search_text'),
              due_at: eb.ref('excluded.due_at'),
              occurred_at: eb.ref('excluded.occurred_at'),
              completed_at: eb.ref('excluded.completed_at'),
              parent_id: eb.ref('excluded.parent_id'),
            }))
            .where('site_records.entity_version', '<=', (eb) => eb.ref('excluded.entity_version')),
        )
        .execute();
    }

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

async function refuseForeignRecords(trx: Kysely<ServerDatabase>, siteId: string, entries: readonly PushEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const wanted = new Set(entries.map((e) => `${e.entity}\u0000${e.entityId}`));
  const others = await trx
    .selectFrom('site_records')
    .select(['entity', 'entity_id'])
    .where('entity_id', 'in', [...new Set(entries.map((e) => e.entityId))])
    .where('site_id', '<>', siteId)
    .execute();
  const clash = others.find((r) => wanted.has(`${r.entity}\u0000${r.entity_id}`));
  if (clash) {
    throw new SyncHttpError(403, 'foreign_record', `记录 ${clash.entity}/${clash.entity_id} 属于其他网点，本批次未保存 / record belongs to another site; batch not saved`);
  }
}

/** One write per record: its highest version, the later entry on a tie. */
function latestPerRecord(entries: readonly PushEntry[]): PushEntry[] {
  const latest = new Map<string, PushEntry>();
  for (const entry of entries) {
    const key = `${entry.entity}\u0000${entry.entityId}`;
    const current = latest.get(key);
    if (!current || entry.entityVersion >= current.entityVersion) latest.set(key, entry);
  }
  return [...latest.values()];
}
