import { statement, type ReadDb, type WriteDb } from '../db/handles';

/**
 * The SQL of the limit in force (migration 0047): the view `credit_limits_set`
 * holds every approved grading (第十九条) and every approved adjustment
 * (第四十一条); a customer's limit on a day is the newest of them set by then.
 */

export interface LimitInForce {
  grading_id: string;
  adjustment_id: string | null;
  credit_limit: number;
  set_on: string;
}

/** The customer's limit in force at the end of `day`: the newest grading or adjustment approved on or before it. */
export function limitInForceAt(db: ReadDb, customerId: string, day: string): LimitInForce | undefined {
  return statement(
    db,
    `SELECT grading_id, adjustment_id, credit_limit, set_on FROM credit_limits_set
     WHERE customer_id = ? AND set_on <= ? ORDER BY set_at DESC, grading_id DESC LIMIT 1`,
  ).get(customerId, day) as LimitInForce | undefined;
}

/** Customers whose limit in force at the start of `day` (set before it) is above 0. */
export function limitHoldersOn(db: ReadDb, day: string): string[] {
  const rows = statement(
    db,
    `WITH latest AS (
       SELECT customer_id, credit_limit, row_number() OVER (PARTITION BY customer_id ORDER BY set_at DESC, grading_id DESC) AS n
       FROM credit_limits_set WHERE set_on < ?)
     SELECT customer_id FROM latest WHERE n = 1 AND credit_limit > 0`,
  ).all(day) as { customer_id: string }[];
  return rows.map((r) => r.customer_id);
}

/** Whether a grading or an adjustment of the customer was approved after `at` or takes effect after `day`: the limit an evaluation was measured against has been replaced. */
export function limitSetSince(db: ReadDb, customerId: string, day: string, at: string): boolean {
  return statement(db, 'SELECT 1 FROM credit_limits_set WHERE customer_id = ? AND (set_on > ? OR set_at > ?) LIMIT 1').get(customerId, day, at) !== undefined;
}

export interface NewAdjustmentRow {
  id: string;
  customer_id: string;
  evaluation_id: string;
  grading_id: string;
  from_limit: number;
  to_limit: number;
  proposed_by: string;
  proposed_at: string;
  approved_by: string;
  approved_at: string;
  effective_on: string;
}

export interface AdjustmentRow extends NewAdjustmentRow {
  month: string;
  proposed_by_name: string;
  approved_by_name: string;
}

export function insertAdjustment(tx: WriteDb, row: NewAdjustmentRow): void {
  statement(
    tx,
    `INSERT INTO credit_limit_adjustments (id, customer_id, evaluation_id, grading_id, from_limit, to_limit, proposed_by, proposed_at, approved_by, approved_at, effective_on)
     VALUES (@id, @customer_id, @evaluation_id, @grading_id, @from_limit, @to_limit, @proposed_by, @proposed_at, @approved_by, @approved_at, @effective_on)`,
  ).run(row);
}

/** A customer's approved adjustments, newest first, with the evaluation's month and who proposed and approved each. */
export function adjustmentRowsOf(db: ReadDb, customerId: string): AdjustmentRow[] {
  return statement(
    db,
    `SELECT a.*, e.month, p.display_name AS proposed_by_name, g.display_name AS approved_by_name
     FROM credit_limit_adjustments a
     JOIN credit_evaluations e ON e.id = a.evaluation_id
     JOIN users p ON p.id = a.proposed_by
     JOIN users g ON g.id = a.approved_by
     WHERE a.customer_id = ? ORDER BY a.approved_at DESC, a.id DESC`,
  ).all(customerId) as AdjustmentRow[];
}
