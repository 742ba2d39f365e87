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
 * Written once (issue 21 §1), when the caller passes one object as `after`
 * and `syncPayload` (the record as it now is):
 * - a creation (`before` null): the audit row points at the outbox entry
 *   instead of holding a second copy, and that entry is kept after head office
 *   acknowledged it (`auditRowsOf` reads it back);
 * - an update (`before` an object): the audit row holds the change only, the
 *   fields `before` names whose value differs, old and new
 *   (`changedFields`); the entry is pruned once acknowledged (sync/prune.ts).
 */
export function recordChange(tx: WriteDb, change: RecordedChange): void {
  const at = change.at.toISOString();
  const audit = { at, userId: change.userId, action: change.action, entity: change.entity, entityId: change.entityId };
  const whole = { ...audit, before: toJson(change.before), after: toJson(change.after) };
  if (change.syncPayload === null) return insertAuditRow(tx, whole);
  const payload = JSON.stringify(change.syncPayload);
  const record = change.after === change.syncPayload;
  const shared = record && change.before === null;
  const seq = insertOutboxRow(tx, { entryId: newId(), entity: change.entity, entityId: change.entityId, entityVersion: change.entityVersion, payload, createdAt: at, audited: shared });
  if (shared) return insertAuditRow(tx, { ...audit, before: null, after: null, outboxSeq: seq });
  const diff = record ? changedFields(change.before, change.after) : null;
  insertAuditRow(tx, diff ? { ...audit, before: JSON.stringify(diff.before), after: JSON.stringify(diff.after) } : whole);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields `before` names whose value `after` changed, old and new; null
 * unless both are plain objects. A `before` naming a few fields
 * (`{ acknowledgedAt: null }`) says which the step changes; a whole record
 * as it was gives every field that changed.
 */
export function changedFields(before: unknown, after: unknown): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  if (!isPlainObject(before) || !isPlainObject(after)) return null;
  const diff = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const key of Object.keys(before)) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    diff.before[key] = before[key];
    diff.after[key] = after[key] ?? null;
  }
  return diff;
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
