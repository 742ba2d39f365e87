import type { CompensationStatus, CompensationType, HarmLevel } from '../../../shared/domain/case-records';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** Every SQL statement of the compensations (补偿, migration 0006). */

/** The columns a new compensation is written with (its version starts at 1). */
export interface NewCompensationRow {
  id: string;
  complaint_id: string;
  type: CompensationType;
  harm: HarmLevel | null;
  gift_ratio: number | null;
  defective_qty: number | null;
  gift_qty: number | null;
  amount: number | null;
  description: string | null;
  special_case_note: string | null;
  approval_required: number;
  approval_basis: string | null;
  status: CompensationStatus;
  requested_by: string;
  requested_at: string;
  deliver_by: string | null;
}

/** A compensation as the case records show it: with the names of who asked and who decided. */
export interface CompensationRow extends NewCompensationRow {
  requested_by_name: string;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_note: string | null;
  delivered_at: string | null;
  version: number;
}

/** The stored row as the audit log and the sync payload carry it (every column). */
export type StoredCompensationRow = Record<string, unknown> & { id: string; version: number };

/** A compensation waiting for the company's approval. */
export interface PendingApprovalRow {
  type: CompensationType;
  basis: string | null;
}

/** The case's compensations, oldest first. */
export function compensationRowsOfComplaint(db: ReadDb, complaintId: string): CompensationRow[] {
  return statement(
    db,
    `SELECT x.*, r.display_name AS requested_by_name, d.display_name AS decided_by_name
     FROM compensations x JOIN users r ON r.id = x.requested_by LEFT JOIN users d ON d.id = x.decided_by
     WHERE x.complaint_id = ? ORDER BY x.requested_at, x.rowid`,
  ).all(complaintId) as CompensationRow[];
}

export function findCompensationRow(db: ReadDb, id: string): CompensationRow | undefined {
  return statement(
    db,
    `SELECT x.*, r.display_name AS requested_by_name, d.display_name AS decided_by_name
     FROM compensations x JOIN users r ON r.id = x.requested_by LEFT JOIN users d ON d.id = x.decided_by
     WHERE x.id = ?`,
  ).get(id) as CompensationRow | undefined;
}

/** The case's compensations waiting for approval, oldest request first. */
export function pendingApprovalRows(db: ReadDb, complaintId: string): PendingApprovalRow[] {
  return statement(db, "SELECT type, approval_basis AS basis FROM compensations WHERE complaint_id = ? AND status = 'pending_approval' ORDER BY requested_at").all(complaintId) as PendingApprovalRow[];
}

export function storedCompensationRow(db: ReadDb, id: string): StoredCompensationRow | undefined {
  return statement(db, 'SELECT * FROM compensations WHERE id = ?').get(id) as StoredCompensationRow | undefined;
}

/** The complaint a compensation belongs to (asked after a write, so the compensation exists). */
export function complaintIdOfCompensation(db: ReadDb, id: string): string {
  return (statement(db, 'SELECT complaint_id FROM compensations WHERE id = ?').get(id) as { complaint_id: string }).complaint_id;
}

export function insertCompensationRow(tx: WriteDb, row: NewCompensationRow): void {
  statement(
    tx,
    `INSERT INTO compensations (id, complaint_id, type, harm, gift_ratio, defective_qty, gift_qty, amount, description, special_case_note,
       approval_required, approval_basis, status, requested_by, requested_at, deliver_by, version)
     VALUES (@id, @complaint_id, @type, @harm, @gift_ratio, @defective_qty, @gift_qty, @amount, @description, @special_case_note,
       @approval_required, @approval_basis, @status, @requested_by, @requested_at, @deliver_by, 1)`,
  ).run(row);
}

/** The company's decision: approved or refused, by whom, when and why. */
export function decideCompensationRow(tx: WriteDb, id: string, decision: { status: 'approved' | 'refused'; decidedBy: string; decidedAt: string; note: string | null }): void {
  statement(tx, 'UPDATE compensations SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?, version = version + 1 WHERE id = ?').run(
    decision.status,
    decision.decidedBy,
    decision.decidedAt,
    decision.note,
    id,
  );
}

export function markCompensationDelivered(tx: WriteDb, id: string, deliveredAt: string): void {
  statement(tx, 'UPDATE compensations SET delivered_at = ?, version = version + 1 WHERE id = ?').run(deliveredAt, id);
}
