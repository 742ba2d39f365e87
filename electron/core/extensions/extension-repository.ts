import { statement, type ReadDb, type WriteDb } from '../db/handles';
import { setAgreedDue } from '../complaints/complaint-lists-repository';

export type ExtensionStatus = 'pending' | 'approved' | 'refused';
export type TakesEffectBy = 'approval' | 'customer_consent';

export interface NewExtensionRow {
  id: string;
  complaintId: string;
  extensionType: string;
  reason: string;
  newDueAt: string;
  customerConsentAt: string | null;
  consentMethod: string | null;
  callCentreToldAt: string | null;
  requestedAt: string;
  requestedBy: string;
  status: ExtensionStatus;
  takesEffectBy: TakesEffectBy;
  /** The handling limit in force when it was asked for. */
  limitDueAt: string | null;
  /** Set when it takes effect at once (on the customer's consent). */
  decidedAt: string | null;
}

export function hasPendingExtension(db: ReadDb, complaintId: string): boolean {
  return statement(db, "SELECT 1 FROM complaint_extensions WHERE complaint_id = ? AND status = 'pending'").get(complaintId) !== undefined;
}

export function insertExtension(tx: WriteDb, x: NewExtensionRow): void {
  statement(
    tx,
    `INSERT INTO complaint_extensions (id, complaint_id, extension_type, reason, new_due_at, customer_consent_at, consent_method, call_centre_told_at,
       requested_at, requested_by, status, takes_effect_by, limit_due_at, decided_at)
     VALUES (@id, @complaintId, @extensionType, @reason, @newDueAt, @customerConsentAt, @consentMethod, @callCentreToldAt,
       @requestedAt, @requestedBy, @status, @takesEffectBy, @limitDueAt, @decidedAt)`,
  ).run(x);
}

export function decideExtensionRow(tx: WriteDb, id: string, decision: { status: ExtensionStatus; at: string; by: string; note: string | null }): void {
  statement(tx, 'UPDATE complaint_extensions SET status = ?, decided_at = ?, decided_by = ?, decision_note = ? WHERE id = ?').run(
    decision.status,
    decision.at,
    decision.by,
    decision.note,
    id,
  );
}

/** The stored row as it is synced and audited. */
export function extensionRecord(db: ReadDb, id: string): Record<string, unknown> & { status: ExtensionStatus } {
  return statement(db, 'SELECT * FROM complaint_extensions WHERE id = ?').get(id) as Record<string, unknown> & { status: ExtensionStatus };
}

/** An approved or agreed extension replaces the deadline of `step`, and moves a solution's time limit with it. */
export function applyAgreedDue(tx: WriteDb, complaintId: string, step: string, due: string): void {
  setAgreedDue(tx, complaintId, step, due);
  statement(tx, 'UPDATE complaints SET solution_due_at = CASE WHEN solution_due_at IS NULL THEN NULL ELSE ? END WHERE id = ?').run(due, complaintId);
}

export interface ExtensionRow {
  id: string;
  extension_type: string;
  reason: string;
  new_due_at: string;
  customer_consent_at: string | null;
  consent_method: string | null;
  call_centre_told_at: string | null;
  takes_effect_by: TakesEffectBy;
  limit_due_at: string | null;
  requested_at: string;
  requested_by: string;
  requested_by_name: string;
  status: ExtensionStatus;
  decided_at: string | null;
  decided_by_name: string | null;
  decision_note: string | null;
}

export function extensionRows(db: ReadDb, complaintId: string): ExtensionRow[] {
  return statement(
    db,
    `SELECT x.*, r.display_name AS requested_by_name, d.display_name AS decided_by_name
     FROM complaint_extensions x JOIN users r ON r.id = x.requested_by LEFT JOIN users d ON d.id = x.decided_by
     WHERE x.complaint_id = ? ORDER BY x.requested_at, x.rowid`,
  ).all(complaintId) as ExtensionRow[];
}
