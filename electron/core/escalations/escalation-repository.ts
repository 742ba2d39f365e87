import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** Who must be told of an escalation, as the pack's notification rules say (stored as JSON). */
export interface NotifyParty {
  party: { zh: string; en: string };
  confirmByPhone: boolean;
  source: string;
}

export interface EscalationRow {
  id: string;
  complaintId: string;
  at: string;
  byUser: string | null;
  reasonCode: string;
  note: string;
  source: string | null;
  notify: NotifyParty[];
}

export function insertEscalation(tx: WriteDb, row: EscalationRow): void {
  statement(
    tx,
    'INSERT INTO complaint_escalations (id, complaint_id, at, by_user, reason_code, note, source, notify) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(row.id, row.complaintId, row.at, row.byUser, row.reasonCode, row.note, row.source, JSON.stringify(row.notify));
  statement(tx, 'UPDATE complaints SET escalation_count = escalation_count + 1, last_escalated_at = ? WHERE id = ?').run(row.at, row.complaintId);
}

/** The reason codes the case was escalated for, each once. */
export function escalationReasonCodes(db: ReadDb, complaintId: string): string[] {
  return (statement(db, 'SELECT DISTINCT reason_code FROM complaint_escalations WHERE complaint_id = ?').all(complaintId) as { reason_code: string }[]).map(
    (r) => r.reason_code,
  );
}

export function hasEscalation(db: ReadDb, complaintId: string, reasonCode: string): boolean {
  return statement(db, 'SELECT 1 FROM complaint_escalations WHERE complaint_id = ? AND reason_code = ?').get(complaintId, reasonCode) !== undefined;
}

interface ListedRow {
  id: string;
  at: string;
  by_name: string | null;
  reason_code: string;
  note: string;
  source: string | null;
  notify: string;
}

export function escalationsOfComplaint(db: ReadDb, complaintId: string) {
  const rows = statement(
    db,
    `SELECT e.id, e.at, u.display_name AS by_name, e.reason_code, e.note, e.source, e.notify
     FROM complaint_escalations e LEFT JOIN users u ON u.id = e.by_user WHERE e.complaint_id = ? ORDER BY e.at, e.rowid`,
  ).all(complaintId) as ListedRow[];
  return rows.map((r) => ({ id: r.id, at: r.at, byName: r.by_name, reasonCode: r.reason_code, note: r.note, source: r.source, notify: JSON.parse(r.notify) as NotifyParty[] }));
}
