import { newId } from '../../../shared/ids';
import type { AccessAction, AccessEntry } from '../../../shared/api/privacy';
import { statement, type ReadDb, type WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';

/** The register's sync entity: head office keeps the sites' registers with their other records. */
export const ACCESS_LOG_ENTITY = 'personal_data_access';

export interface NewAccessEntry {
  at: Date;
  user: { id: string; displayName: string };
  action: AccessAction;
  subject: string;
  recordId?: string | undefined;
  rowCount?: number | undefined;
  reason?: string | undefined;
  place: string;
}

interface AccessRow {
  id: string;
  at: string;
  user_id: string;
  user_name: string;
  action: AccessAction;
  subject: string;
  record_id: string | null;
  row_count: number | null;
  reason: string | null;
  place: string;
}

function toEntry(row: AccessRow): AccessEntry {
  return {
    id: row.id,
    at: row.at,
    userId: row.user_id,
    userName: row.user_name,
    action: row.action,
    subject: row.subject,
    recordId: row.record_id,
    rowCount: row.row_count,
    reason: row.reason,
    place: row.place,
  };
}

/** Appends one entry, in the caller's transaction, and queues it for head office (the sync outbox). */
export function appendAccess(tx: WriteDb, entry: NewAccessEntry): AccessEntry {
  const row: AccessRow = {
    id: newId(),
    at: entry.at.toISOString(),
    user_id: entry.user.id,
    user_name: entry.user.displayName,
    action: entry.action,
    subject: entry.subject,
    record_id: entry.recordId ?? null,
    row_count: entry.rowCount ?? null,
    reason: entry.reason ?? null,
    place: entry.place,
  };
  statement(
    tx,
    `INSERT INTO personal_data_access (id, at, user_id, user_name, action, subject, record_id, row_count, reason, place)
     VALUES (@id, @at, @user_id, @user_name, @action, @subject, @record_id, @row_count, @reason, @place)`,
  ).run(row);
  const stored = toEntry(row);
  recordChange(tx, { userId: entry.user.id, at: entry.at, action: `privacy.${entry.action}`, entity: ACCESS_LOG_ENTITY, entityId: row.id, entityVersion: 1, before: null, after: stored, syncPayload: stored });
  return stored;
}

export interface AccessFilter {
  action?: AccessAction | undefined;
  userId?: string | undefined;
  /** Instants (ISO), from inclusive, until exclusive. */
  from?: string | undefined;
  until?: string | undefined;
  limit: number;
}

/** Newest first. */
export function listAccess(db: ReadDb, filter: AccessFilter): AccessEntry[] {
  const rows = statement(
    db,
    `SELECT * FROM personal_data_access
     WHERE (@action IS NULL OR action = @action)
       AND (@userId IS NULL OR user_id = @userId)
       AND (@from IS NULL OR at >= @from)
       AND (@until IS NULL OR at < @until)
     ORDER BY at DESC, rowid DESC
     LIMIT @limit`,
  ).all({ action: filter.action ?? null, userId: filter.userId ?? null, from: filter.from ?? null, until: filter.until ?? null, limit: filter.limit }) as AccessRow[];
  return rows.map(toEntry);
}
