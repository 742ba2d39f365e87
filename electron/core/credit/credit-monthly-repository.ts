import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** Every SQL statement of the monthly credit records (migration 0045): 《客户授信额度执行评价表》 (第四十条) and the supervisor's written report (第三十九条). */

export interface FiguresRow {
  as_of: string;
  balance: number;
  shipments: number;
  payments: number;
  overdue_amount: number;
  earliest_due_on: string | null;
  grading_id: string;
  credit_limit: number;
  filled_by: string;
  filled_at: string;
}

export interface EvaluationRow extends FiguresRow {
  id: string;
  customer_id: string;
  customer_name: string;
  month: string;
  filled_by_name: string;
  version: number;
  checked_by: string | null;
  checked_by_name: string | null;
  checked_at: string | null;
  figures_agree: number | null;
  opinion: string | null;
  proposed_limit: number | null;
  decided_by_name: string | null;
  decided_at: string | null;
  decision: 'approved' | 'rejected' | null;
  decision_reason: string | null;
}

const EVALUATIONS = `
  SELECT e.*, c.name AS customer_name, f.display_name AS filled_by_name, k.display_name AS checked_by_name, d.display_name AS decided_by_name
  FROM credit_evaluations e
  JOIN customers c ON c.id = e.customer_id
  JOIN users f ON f.id = e.filled_by
  LEFT JOIN users k ON k.id = e.checked_by
  LEFT JOIN users d ON d.id = e.decided_by`;

export function evaluationRow(db: ReadDb, id: string): EvaluationRow | undefined {
  return statement(db, `${EVALUATIONS} WHERE e.id = ?`).get(id) as EvaluationRow | undefined;
}

export function evaluationRowFor(db: ReadDb, customerId: string, month: string): EvaluationRow | undefined {
  return statement(db, `${EVALUATIONS} WHERE e.customer_id = ? AND e.month = ?`).get(customerId, month) as EvaluationRow | undefined;
}

/** The customer's evaluations whose check proposed a new limit (第四十一条), by month: the adjustments proposed and, where decided, the decision. */
export function proposalRowsOf(db: ReadDb, customerId: string): EvaluationRow[] {
  return statement(db, `${EVALUATIONS} WHERE e.customer_id = ? AND e.proposed_limit IS NOT NULL ORDER BY e.month`).all(customerId) as EvaluationRow[];
}

export function evaluationRowsOf(db: ReadDb, month: string): EvaluationRow[] {
  return statement(db, `${EVALUATIONS} WHERE e.month = ? ORDER BY c.name`).all(month) as EvaluationRow[];
}

export function insertEvaluation(tx: WriteDb, row: FiguresRow & { id: string; customer_id: string; month: string }): void {
  statement(
    tx,
    `INSERT INTO credit_evaluations (id, customer_id, month, grading_id, credit_limit, as_of, balance, shipments, payments, overdue_amount, earliest_due_on, filled_by, filled_at, version)
     VALUES (@id, @customer_id, @month, @grading_id, @credit_limit, @as_of, @balance, @shipments, @payments, @overdue_amount, @earliest_due_on, @filled_by, @filled_at, 1)`,
  ).run(row);
}

/** A correction before the check: the figures replaced, the version counted up (the audit log keeps what was there). */
export function updateFigures(tx: WriteDb, id: string, row: FiguresRow): void {
  statement(
    tx,
    `UPDATE credit_evaluations SET grading_id = @grading_id, credit_limit = @credit_limit, as_of = @as_of, balance = @balance, shipments = @shipments, payments = @payments,
       overdue_amount = @overdue_amount, earliest_due_on = @earliest_due_on, filled_by = @filled_by, filled_at = @filled_at, version = version + 1
     WHERE id = @id AND checked_at IS NULL`,
  ).run({ ...row, id });
}

export function setCheck(tx: WriteDb, id: string, check: { checked_by: string; checked_at: string; figures_agree: number; opinion: string; proposed_limit: number | null }): void {
  statement(
    tx,
    `UPDATE credit_evaluations SET checked_by = @checked_by, checked_at = @checked_at, figures_agree = @figures_agree, opinion = @opinion, proposed_limit = @proposed_limit
     WHERE id = @id AND checked_at IS NULL`,
  ).run({ ...check, id });
}

export function setDecision(tx: WriteDb, id: string, decision: { decided_by: string; decided_at: string; decision: string; decision_reason: string | null }): void {
  statement(tx, 'UPDATE credit_evaluations SET decided_by = @decided_by, decided_at = @decided_at, decision = @decision, decision_reason = @decision_reason WHERE id = @id AND decided_at IS NULL').run({
    ...decision,
    id,
  });
}

export function customerNamesOf(db: ReadDb, ids: readonly string[]): { id: string; name: string }[] {
  return statement(db, 'SELECT id, name FROM customers WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name').all(JSON.stringify(ids)) as { id: string; name: string }[];
}

/** The customers whose evaluation for `month` the sales manager has checked (what the report plan counts as done). */
export function checkedCustomersIn(db: ReadDb, month: string): string[] {
  return (statement(db, 'SELECT customer_id FROM credit_evaluations WHERE month = ? AND checked_at IS NOT NULL').all(month) as { customer_id: string }[]).map((r) => r.customer_id);
}

export interface ReportRow {
  id: string;
  month: string;
  body: string;
  customer_ids: string;
  filed_by: string;
  filed_by_name: string;
  filed_at: string;
  filed_on: string;
}

export function reportRowOf(db: ReadDb, month: string): ReportRow | undefined {
  return statement(db, 'SELECT r.*, u.display_name AS filed_by_name FROM credit_supervisor_reports r JOIN users u ON u.id = r.filed_by WHERE r.month = ?').get(month) as ReportRow | undefined;
}

export function insertReport(tx: WriteDb, row: Omit<ReportRow, 'filed_by_name'>): void {
  statement(tx, 'INSERT INTO credit_supervisor_reports (id, month, body, customer_ids, filed_by, filed_at, filed_on) VALUES (@id, @month, @body, @customer_ids, @filed_by, @filed_at, @filed_on)').run(row);
}
