import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** The audit log and sync queue rows every business write adds (change-log.ts is their one caller). */

export interface AuditRow {
  at: string;
  userId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: string | null;
  /** Null with `outboxSeq` set: the after is that outbox entry's payload (written once, migration 0049). */
  after: string | null;
  outboxSeq?: number | null;
}

export function insertAuditRow(tx: WriteDb, row: AuditRow): void {
  statement(tx, 'INSERT INTO audit_log (at, user_id, action, entity, entity_id, before, after, outbox_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    row.at,
    row.userId,
    row.action,
    row.entity,
    row.entityId,
    row.before,
    row.after,
    row.outboxSeq ?? null,
  );
}

/** Queues an entry; `audited` marks one an audit row points at (kept after acknowledgement). Returns its queue position. */
export function insertOutboxRow(tx: WriteDb, row: { entryId: string; entity: string; entityId: string; entityVersion: number; payload: string; createdAt: string; audited: boolean }): number {
  return Number(
    statement(
      tx,
      `INSERT INTO outbox (entry_id, entity, entity_id, entity_version, operation, payload, created_at, audited)
       VALUES (?, ?, ?, ?, 'upsert', ?, ?, ?)`,
    ).run(row.entryId, row.entity, row.entityId, row.entityVersion, row.payload, row.createdAt, row.audited ? 1 : 0).lastInsertRowid,
  );
}

/** How many queued changes head office has not acknowledged, and the oldest one's time. */
export function unacknowledgedOutbox(db: ReadDb): { pending: number; oldest: string | null } {
  return statement(db, 'SELECT count(*) AS pending, min(created_at) AS oldest FROM outbox WHERE acknowledged_at IS NULL').get() as { pending: number; oldest: string | null };
}

/** An audit row as read back: `after` is its own text, or the outbox payload it points at. */
export interface StoredAuditRow {
  seq: number;
  at: string;
  user_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

/** A record's audit rows, oldest first, each with its after resolved. */
export function auditRowsOf(db: ReadDb, entity: string, entityId: string): StoredAuditRow[] {
  return statement(
    db,
    `SELECT a.seq, a.at, a.user_id, a.action, a.entity, a.entity_id, a.before, coalesce(a.after, o.payload) AS after
     FROM audit_log a LEFT JOIN outbox o ON o.seq = a.outbox_seq
     WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.seq`,
  ).all(entity, entityId) as StoredAuditRow[];
}
