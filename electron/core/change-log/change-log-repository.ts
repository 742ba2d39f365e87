import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** The audit log and sync queue rows every business write adds (change-log.ts is their one caller). */

export interface AuditRow {
  at: string;
  userId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: string | null;
  after: string | null;
}

export function insertAuditRow(tx: WriteDb, row: AuditRow): void {
  statement(tx, 'INSERT INTO audit_log (at, user_id, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    row.at,
    row.userId,
    row.action,
    row.entity,
    row.entityId,
    row.before,
    row.after,
  );
}

export function insertOutboxRow(tx: WriteDb, row: { entryId: string; entity: string; entityId: string; entityVersion: number; payload: string; createdAt: string }): void {
  statement(
    tx,
    `INSERT INTO outbox (entry_id, entity, entity_id, entity_version, operation, payload, created_at)
     VALUES (?, ?, ?, ?, 'upsert', ?, ?)`,
  ).run(row.entryId, row.entity, row.entityId, row.entityVersion, row.payload, row.createdAt);
}

/** How many queued changes head office has not acknowledged, and the oldest one's time. */
export function unacknowledgedOutbox(db: ReadDb): { pending: number; oldest: string | null } {
  return statement(db, 'SELECT count(*) AS pending, min(created_at) AS oldest FROM outbox WHERE acknowledged_at IS NULL').get() as { pending: number; oldest: string | null };
}
