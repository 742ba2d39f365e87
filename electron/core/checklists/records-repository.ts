import { statement, type ReadDb, type WriteDb } from '../db/handles';

/**
 * The SQL of checklist records and the photos linked to them. Services call
 * these; nothing else in the checklists feature writes SQL for these tables.
 */

/** A checklist record as stored, with the names of the people on it. */
export interface ChecklistRow {
  id: string;
  template_id: string;
  template_version: string;
  status: 'draft' | 'completed';
  answers: string;
  started_by: string;
  started_at: string;
  updated_by: string;
  updated_at: string;
  completed_by: string | null;
  completed_at: string | null;
  version: number;
  started_by_name: string;
  completed_by_name: string | null;
  open_actions: number;
}

const SELECT = `SELECT r.*, s.display_name AS started_by_name, c.display_name AS completed_by_name,
    (SELECT count(*) FROM checklist_actions a WHERE a.record_id = r.id AND a.status != 'closed') AS open_actions
  FROM checklist_records r JOIN users s ON s.id = r.started_by LEFT JOIN users c ON c.id = r.completed_by`;

export function findChecklistRow(db: ReadDb, id: string): ChecklistRow | undefined {
  return statement(db, `${SELECT} WHERE r.id = ?`).get(id) as ChecklistRow | undefined;
}

/** The newest records of one template first. */
export function checklistRowsOf(db: ReadDb, templateId: string, limit: number): ChecklistRow[] {
  return statement(db, `${SELECT} WHERE r.template_id = ? ORDER BY r.started_at DESC, r.rowid DESC LIMIT ?`).all(templateId, limit) as ChecklistRow[];
}

/** The stored row as it is, for the audit log and the outbox. */
export function checklistSnapshot(db: ReadDb, id: string): Record<string, unknown> & { version: number; answers: string } {
  return statement(db, 'SELECT * FROM checklist_records WHERE id = ?').get(id) as Record<string, unknown> & { version: number; answers: string };
}

export function completionSnapshot(db: ReadDb, id: string): unknown {
  return statement(db, 'SELECT status, completed_at FROM checklist_records WHERE id = ?').get(id);
}

export function insertChecklistRecord(tx: WriteDb, record: { id: string; templateId: string; templateVersion: string; answers: string; userId: string; at: string }): void {
  statement(
    tx,
    `INSERT INTO checklist_records (id, template_id, template_version, status, answers, started_by, started_at, updated_by, updated_at, version)
     VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, ?, 1)`,
  ).run(record.id, record.templateId, record.templateVersion, record.answers, record.userId, record.at, record.userId, record.at);
}

export function updateChecklistAnswers(tx: WriteDb, id: string, answers: string, userId: string, at: string): void {
  statement(tx, 'UPDATE checklist_records SET answers = ?, updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?').run(answers, userId, at, id);
}

export function markChecklistCompleted(tx: WriteDb, id: string, userId: string, at: string): void {
  statement(tx, "UPDATE checklist_records SET status = 'completed', completed_by = ?, completed_at = ?, updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?").run(
    userId,
    at,
    userId,
    at,
    id,
  );
}

/** When each record of a template was completed, from `since` on. */
export function completionTimes(db: ReadDb, templateId: string, since: string): string[] {
  const rows = statement(db, 'SELECT completed_at FROM checklist_records WHERE template_id = ? AND completed_at >= ?').all(templateId, since) as { completed_at: string }[];
  return rows.map((r) => r.completed_at);
}

/** A template's open drafts, newest first. */
export function draftsOf(db: ReadDb, templateId: string): { id: string; started_at: string }[] {
  return statement(db, "SELECT id, started_at FROM checklist_records WHERE template_id = ? AND status = 'draft' ORDER BY started_at DESC, rowid DESC").all(templateId) as { id: string; started_at: string }[];
}

export function isPhotoLinked(db: ReadDb, recordId: string, attachmentId: string): boolean {
  return !!statement(db, 'SELECT 1 FROM checklist_record_photos WHERE record_id = ? AND attachment_id = ?').get(recordId, attachmentId);
}

export function linkPhoto(tx: WriteDb, link: { recordId: string; attachmentId: string; itemId: string; rowId: string | null; columnId: string | null; fileName: string; at: string; userId: string }): void {
  statement(
    tx,
    'INSERT INTO checklist_record_photos (record_id, attachment_id, item_id, row_id, column_id, file_name, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(link.recordId, link.attachmentId, link.itemId, link.rowId, link.columnId, link.fileName, link.at, link.userId);
}

export function unlinkPhoto(tx: WriteDb, recordId: string, attachmentId: string): void {
  statement(tx, 'DELETE FROM checklist_record_photos WHERE record_id = ? AND attachment_id = ?').run(recordId, attachmentId);
}
