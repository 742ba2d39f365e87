import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** The SQL of corrective actions (checklist_actions). */

export interface ActionRow {
  id: string;
  record_id: string;
  item_id: string;
  row_id: string | null;
  problem: string;
  action: string;
  owner_id: string;
  owner_name: string;
  due_at: string;
  status: 'open' | 'implemented' | 'closed';
  created_by_name: string;
  created_at: string;
  implemented_at: string | null;
  implementation_note: string | null;
  closed_by_name: string | null;
  closed_at: string | null;
  close_note: string | null;
  reopen_count: number;
  version: number;
}

const SELECT = `SELECT a.*, o.display_name AS owner_name, c.display_name AS created_by_name, v.display_name AS closed_by_name
  FROM checklist_actions a JOIN users o ON o.id = a.owner_id JOIN users c ON c.id = a.created_by LEFT JOIN users v ON v.id = a.closed_by`;

export function actionRowsOf(db: ReadDb, recordId: string): ActionRow[] {
  return statement(db, `${SELECT} WHERE a.record_id = ? ORDER BY a.created_at, a.rowid`).all(recordId) as ActionRow[];
}

export function findActionRow(db: ReadDb, id: string): ActionRow | undefined {
  return statement(db, `${SELECT} WHERE a.id = ?`).get(id) as ActionRow | undefined;
}

/** The stored row as it is, for the audit log and the outbox. */
export function actionSnapshot(db: ReadDb, id: string): Record<string, unknown> & { version: number } {
  return statement(db, 'SELECT * FROM checklist_actions WHERE id = ?').get(id) as Record<string, unknown> & { version: number };
}

export function insertAction(
  tx: WriteDb,
  action: { id: string; recordId: string; itemId: string; rowId: string | null; problem: string; action: string; ownerId: string; dueAt: string; userId: string; at: string },
): void {
  statement(
    tx,
    `INSERT INTO checklist_actions (id, record_id, item_id, row_id, problem, action, owner_id, due_at, status, created_by, created_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, 1)`,
  ).run(action.id, action.recordId, action.itemId, action.rowId, action.problem, action.action, action.ownerId, action.dueAt, action.userId, action.at);
}

export function markActionImplemented(tx: WriteDb, id: string, at: string, note: string): void {
  statement(tx, "UPDATE checklist_actions SET status = 'implemented', implemented_at = ?, implementation_note = ?, version = version + 1 WHERE id = ?").run(at, note, id);
}

export function markActionClosed(tx: WriteDb, id: string, userId: string, at: string, note: string): void {
  statement(tx, "UPDATE checklist_actions SET status = 'closed', closed_by = ?, closed_at = ?, close_note = ?, version = version + 1 WHERE id = ?").run(userId, at, note, id);
}

/** Verified as not effective: open again with a new due time. */
export function reopenAction(tx: WriteDb, id: string, dueAt: string, note: string): void {
  statement(
    tx,
    "UPDATE checklist_actions SET status = 'open', due_at = ?, close_note = ?, implemented_at = NULL, implementation_note = NULL, reopen_count = reopen_count + 1, version = version + 1 WHERE id = ?",
  ).run(dueAt, note, id);
}
