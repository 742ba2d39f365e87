import { newId } from '../../../shared/ids';
import type { ReadDb, WriteDb } from '../db/handles';
import { insertAuditRow, insertOutboxRow, unacknowledgedOutbox } from './change-log-repository';

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
 * Written once (issue 21 §1): when the audit's `after` would be the very text
 * queued (a created record, a notification as it now is), the audit row points
 * at the outbox entry instead of holding a second copy, and that entry is kept
 * after head office acknowledged it (`auditRowsOf` reads it back). Pass the
 * same object as `after` and `syncPayload` to get this.
 */
export function recordChange(tx: WriteDb, change: RecordedChange): void {
  const at = change.at.toISOString();
  const audit = { at, userId: change.userId, action: change.action, entity: change.entity, entityId: change.entityId, before: toJson(change.before) };
  if (change.syncPayload === null) return insertAuditRow(tx, { ...audit, after: toJson(change.after) });
  const payload = JSON.stringify(change.syncPayload);
  const shared = change.after === change.syncPayload;
  const seq = insertOutboxRow(tx, { entryId: newId(), entity: change.entity, entityId: change.entityId, entityVersion: change.entityVersion, payload, createdAt: at, audited: shared });
  insertAuditRow(tx, shared ? { ...audit, after: null, outboxSeq: seq } : { ...audit, after: toJson(change.after) });
}

/** An audit row with nothing to sync (sign-in, sign-out, refused sign-in). */
export function recordEvent(tx: WriteDb, event: { userId: string | null; at: Date; action: string; entity: string; entityId: string; detail?: unknown }): void {
  insertAuditRow(tx, { at: event.at.toISOString(), userId: event.userId, action: event.action, entity: event.entity, entityId: event.entityId, before: null, after: toJson(event.detail) });
}

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

export interface OutboxSummary {
  pending: number;
  oldestPendingAt: string | null;
}

export function outboxSummary(db: ReadDb): OutboxSummary {
  const row = unacknowledgedOutbox(db);
  return { pending: row.pending, oldestPendingAt: row.oldest };
}
