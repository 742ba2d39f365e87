import { newId } from '../../../shared/ids';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

export interface RecordedChange {
  /** Who made it; null only for system actions such as first-run setup. */
  userId: string | null;
  at: Date;
  /** e.g. 'complaint.create' — the API method or system action. */
  action: string;
  entity: string;
  entityId: string;
  entityVersion: number;
  before: unknown;
  after: unknown;
  /**
   * The record as head office should store it (secrets removed), or null for
   * a change that stays on this computer (a template draft saved as it is
   * typed): audited, not queued.
   */
  syncPayload: unknown;
}

/**
 * The one way business code records a change: an audit row (who, when, what
 * changed) and an outbox row (the sync queue) in the caller's transaction.
 * Because both go through the same `WriteDb`, a crash leaves all or none.
 */
export function recordChange(tx: WriteDb, change: RecordedChange): void {
  const at = change.at.toISOString();
  statement(
    tx,
    `INSERT INTO audit_log (at, user_id, action, entity, entity_id, before, after)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(at, change.userId, change.action, change.entity, change.entityId, toJson(change.before), toJson(change.after));
  if (change.syncPayload === null) return;
  statement(
    tx,
    `INSERT INTO outbox (entry_id, entity, entity_id, entity_version, operation, payload, created_at)
     VALUES (?, ?, ?, ?, 'upsert', ?, ?)`,
  ).run(newId(), change.entity, change.entityId, change.entityVersion, JSON.stringify(change.syncPayload), at);
}

/** An audit row with nothing to sync (sign-in, sign-out, refused sign-in). */
export function recordEvent(tx: WriteDb, event: { userId: string | null; at: Date; action: string; entity: string; entityId: string; detail?: unknown }): void {
  statement(
    tx,
    `INSERT INTO audit_log (at, user_id, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, NULL, ?)`,
  ).run(event.at.toISOString(), event.userId, event.action, event.entity, event.entityId, toJson(event.detail));
}

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

export interface OutboxSummary {
  pending: number;
  oldestPendingAt: string | null;
}

export function outboxSummary(db: ReadDb): OutboxSummary {
  const row = statement(
    db,
    'SELECT count(*) AS pending, min(created_at) AS oldest FROM outbox WHERE acknowledged_at IS NULL',
  ).get() as { pending: number; oldest: string | null };
  return { pending: row.pending, oldestPendingAt: row.oldest };
}
