import type { DraftKey } from '../../../shared/api/drafts';
import type { WorkflowAction } from '../../../shared/domain/workflow';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

/**
 * Where each kind of draft is kept: the new-complaint form in `drafts` (one per
 * user), an action form in `action_drafts` (one per user, case and action).
 * Every statement names the user: a draft belongs to the person who typed it.
 */

interface StoredDraft {
  data: string;
  saved_at: string;
}

export function readDraft(db: ReadDb, userId: string, key: DraftKey): StoredDraft | undefined {
  if (key.form === 'complaint-new') {
    return statement(db, 'SELECT data, saved_at FROM drafts WHERE user_id = ? AND form = ?').get(userId, key.form) as StoredDraft | undefined;
  }
  return statement(db, 'SELECT data, saved_at FROM action_drafts WHERE user_id = ? AND complaint_id = ? AND action = ?').get(userId, key.complaintId, key.action) as
    | StoredDraft
    | undefined;
}

export function writeDraft(tx: WriteDb, userId: string, key: DraftKey, data: string, savedAt: string): void {
  if (key.form === 'complaint-new') {
    statement(
      tx,
      `INSERT INTO drafts (user_id, form, data, saved_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (user_id, form) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at`,
    ).run(userId, key.form, data, savedAt);
    return;
  }
  statement(
    tx,
    `INSERT INTO action_drafts (user_id, complaint_id, action, data, saved_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (user_id, complaint_id, action) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at`,
  ).run(userId, key.complaintId, key.action, data, savedAt);
}

export function deleteDraft(tx: WriteDb, userId: string, key: DraftKey): void {
  if (key.form === 'complaint-new') {
    statement(tx, 'DELETE FROM drafts WHERE user_id = ? AND form = ?').run(userId, key.form);
    return;
  }
  statement(tx, 'DELETE FROM action_drafts WHERE user_id = ? AND complaint_id = ? AND action = ?').run(userId, key.complaintId, key.action);
}

/** The actions of a case this user has a draft in, in the order they were last typed into (latest first). */
export function actionsWithDrafts(db: ReadDb, userId: string, complaintId: string): WorkflowAction[] {
  const rows = statement(db, 'SELECT action FROM action_drafts WHERE user_id = ? AND complaint_id = ? ORDER BY saved_at DESC').all(userId, complaintId) as { action: WorkflowAction }[];
  return rows.map((row) => row.action);
}

export function complaintExists(db: ReadDb, complaintId: string): boolean {
  return statement(db, 'SELECT 1 FROM complaints WHERE id = ?').get(complaintId) !== undefined;
}
