import { statement, type ReadDb, type WriteDb } from '../db/handles';

/**
 * Every SQL statement sync runs on the outbox (migration 0001). Entries are
 * written by change-log/change-log.ts in the transaction of the change itself;
 * sync only reads them, oldest first, and marks the ones head office
 * acknowledged. The partial index `outbox_pending` serves every pending read.
 * The bytes of the images an entry names by hash are read here too: they
 * leave with the entries (uploaded, or in a transfer file).
 */

/** An outbox entry as sync reads and sends it (the one declaration of the row). */
export interface OutboxRow {
  /** Position in the queue (AUTOINCREMENT, from 1): batches leave in this order. */
  seq: number;
  entry_id: string;
  entity: string;
  entity_id: string;
  entity_version: number;
  operation: string;
  /** JSON text, as JSON.stringify wrote it. */
  payload: string;
  created_at: string;
}

/** The entry with its acknowledgement: when head office confirmed it, null while pending. */
export interface OutboxRowWithAck extends OutboxRow {
  acknowledged_at: string | null;
}

/** A pending entry by its id; undefined once acknowledged (or never written). */
export function pendingOutboxRow(db: ReadDb, entryId: string): OutboxRow | undefined {
  return statement(db, 'SELECT * FROM outbox WHERE entry_id = ? AND acknowledged_at IS NULL').get(entryId) as OutboxRow | undefined;
}

/** Up to `limit` pending entries after queue position `afterSeq` (0: from the start), oldest first. */
export function pendingOutboxRows(db: ReadDb, afterSeq: number, limit: number): OutboxRow[] {
  return statement(db, 'SELECT * FROM outbox WHERE acknowledged_at IS NULL AND seq > ? ORDER BY seq LIMIT ?').all(afterSeq, limit) as OutboxRow[];
}

export function pendingOutboxCount(db: ReadDb): number {
  return (statement(db, 'SELECT count(*) AS n FROM outbox WHERE acknowledged_at IS NULL').get() as { n: number }).n;
}

/** How many entries are pending and the last queue position among them (0 when none). */
export function pendingOutboxExtent(db: ReadDb): { n: number; top: number } {
  return statement(db, 'SELECT count(*) AS n, coalesce(max(seq), 0) AS top FROM outbox WHERE acknowledged_at IS NULL').get() as { n: number; top: number };
}

/** Pending entries after queue position `afterSeq`. */
export function pendingOutboxCountAfter(db: ReadDb, afterSeq: number): number {
  return (statement(db, 'SELECT count(*) AS n FROM outbox WHERE acknowledged_at IS NULL AND seq > ?').get(afterSeq) as { n: number }).n;
}

/** Marks the pending entries at these queue positions acknowledged; returns how many it marked. */
export function acknowledgeOutboxSeqs(tx: WriteDb, seqs: readonly number[], at: string): number {
  const mark = statement(tx, 'UPDATE outbox SET acknowledged_at = ? WHERE seq = ? AND acknowledged_at IS NULL');
  let changed = 0;
  for (const seq of seqs) changed += mark.run(at, seq).changes;
  return changed;
}

/** Marks the pending entries with these ids acknowledged; returns how many it marked (0 for ids marked before). */
export function acknowledgeOutboxEntries(tx: WriteDb, entryIds: readonly string[], at: string): number {
  const mark = statement(tx, 'UPDATE outbox SET acknowledged_at = ? WHERE entry_id = ? AND acknowledged_at IS NULL');
  let changed = 0;
  for (const id of entryIds) changed += mark.run(at, id).changes;
  return changed;
}

/** The payload the site sent for one version of a record, the latest entry if it was queued twice. */
export function sentOutboxPayload(db: ReadDb, entity: string, entityId: string, entityVersion: number): string | undefined {
  const row = statement(db, 'SELECT payload FROM outbox WHERE entity = ? AND entity_id = ? AND entity_version = ? ORDER BY seq DESC LIMIT 1').get(entity, entityId, entityVersion) as
    | { payload: string }
    | undefined;
  return row?.payload;
}

/** An image's bytes by content hash (attachments, migration 0007); undefined if the site has none. */
export function attachmentBytes(db: ReadDb, sha256: string): Buffer | undefined {
  return (statement(db, 'SELECT data FROM attachments WHERE sha256 = ?').get(sha256) as { data: Buffer } | undefined)?.data;
}

/**
 * Deletes the entries head office acknowledged before `acknowledgedBefore`,
 * except those an audit row points at (`audited`: the audit's only copy of a
 * created record or a notification, migration 0049). Found through the
 * partial index `outbox_prunable`, which holds only such entries, so the cost
 * follows what is pruned, not the size of the queue. Returns how many it deleted.
 */
export function pruneAcknowledged(tx: WriteDb, acknowledgedBefore: string): number {
  return statement(tx, 'DELETE FROM outbox WHERE audited = 0 AND acknowledged_at IS NOT NULL AND acknowledged_at < ?').run(acknowledgedBefore).changes;
}
