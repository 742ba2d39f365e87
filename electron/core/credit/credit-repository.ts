import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** Every SQL statement of credit grading (migration 0034) and its total-credit cap (0040). */

export interface NewGradingRow {
  id: string;
  customer_id: string;
  pack_id: string;
  pack_version: string;
  graded_on: string;
  inputs: string;
  outcome: string;
  grade: 'A' | 'B' | 'C';
  credit_limit: number;
  review_months: number;
  reason: string;
  proposed_by: string;
  proposed_at: string;
}

export interface GradingRow extends NewGradingRow {
  customer_name: string;
  proposed_by_name: string;
}

export interface NewStepRow {
  id: string;
  grading_id: string;
  step: 'review' | 'approve';
  decision: 'approved' | 'rejected';
  reason: string | null;
  decided_by: string;
  decided_at: string;
  decided_on: string;
}

export interface StepRow extends NewStepRow {
  decided_by_name: string;
}

const LISTED = `
  SELECT g.*, c.name AS customer_name, u.display_name AS proposed_by_name
  FROM credit_gradings g
  JOIN customers c ON c.id = g.customer_id
  JOIN users u ON u.id = g.proposed_by`;

export function insertGrading(tx: WriteDb, row: NewGradingRow): void {
  statement(
    tx,
    `INSERT INTO credit_gradings (id, customer_id, pack_id, pack_version, graded_on, inputs, outcome, grade, credit_limit, review_months, reason, proposed_by, proposed_at)
     VALUES (@id, @customer_id, @pack_id, @pack_version, @graded_on, @inputs, @outcome, @grade, @credit_limit, @review_months, @reason, @proposed_by, @proposed_at)`,
  ).run(row);
}

export function insertStep(tx: WriteDb, row: NewStepRow): void {
  statement(
    tx,
    `INSERT INTO credit_grading_steps (id, grading_id, step, decision, reason, decided_by, decided_at, decided_on)
     VALUES (@id, @grading_id, @step, @decision, @reason, @decided_by, @decided_at, @decided_on)`,
  ).run(row);
}

export function gradingRow(db: ReadDb, id: string): GradingRow | undefined {
  return statement(db, `${LISTED} WHERE g.id = ?`).get(id) as GradingRow | undefined;
}

/** A customer's gradings, newest first. */
export function gradingRowsOf(db: ReadDb, customerId: string): GradingRow[] {
  return statement(db, `${LISTED} WHERE g.customer_id = ? ORDER BY g.proposed_at DESC, g.id DESC`).all(customerId) as GradingRow[];
}

export function stepRowsOf(db: ReadDb, gradingIds: readonly string[]): StepRow[] {
  return statement(
    db,
    `SELECT s.*, u.display_name AS decided_by_name FROM credit_grading_steps s JOIN users u ON u.id = s.decided_by
     WHERE s.grading_id IN (SELECT value FROM json_each(?)) ORDER BY s.decided_at`,
  ).all(JSON.stringify(gradingIds)) as StepRow[];
}

/** `limit_in_force`: the grading's limit or a later approved adjustment's (第四十一条, migration 0047). */
export type InForceRow = GradingRow & { approved_on: string; pending: number; limit_in_force: number };

/** Every customer's latest approved grading with the day it was approved, and whether a newer one is still on its way. */
export function inForceGradings(db: ReadDb): InForceRow[] {
  return statement(
    db,
    `WITH approved AS (
       SELECT g.id, s.decided_on AS approved_on,
              row_number() OVER (PARTITION BY g.customer_id ORDER BY s.decided_at DESC, g.id DESC) AS latest
       FROM credit_gradings g JOIN credit_grading_steps s ON s.grading_id = g.id AND s.step = 'approve' AND s.decision = 'approved')
     SELECT l.*, a.approved_on,
            (SELECT x.credit_limit FROM credit_limits_set x WHERE x.customer_id = l.customer_id ORDER BY x.set_at DESC, x.grading_id DESC LIMIT 1) AS limit_in_force,
            EXISTS (SELECT 1 FROM credit_gradings n
                    WHERE n.customer_id = l.customer_id AND n.proposed_at > l.proposed_at
                      AND NOT EXISTS (SELECT 1 FROM credit_grading_steps x WHERE x.grading_id = n.id AND (x.decision = 'rejected' OR x.step = 'approve'))) AS pending
     FROM (${LISTED}) l JOIN approved a ON a.id = l.id AND a.latest = 1`,
  ).all() as InForceRow[];
}

export interface UngradedRow {
  customer_id: string;
  customer_name: string;
  pending: number;
}

/**
 * Customers with no approved grading that are credit customers by type
 * (第四条: `types`) or have a grading on its way through the chain; a
 * duplicate merged into another file is not listed (the kept file is).
 */
export function ungradedCreditCustomers(db: ReadDb, types: readonly string[]): UngradedRow[] {
  return statement(
    db,
    `WITH approved AS (
       SELECT DISTINCT g.customer_id FROM credit_gradings g
       JOIN credit_grading_steps s ON s.grading_id = g.id AND s.step = 'approve' AND s.decision = 'approved'),
     under_way AS (
       SELECT DISTINCT g.customer_id FROM credit_gradings g
       WHERE NOT EXISTS (SELECT 1 FROM credit_grading_steps x WHERE x.grading_id = g.id AND (x.decision = 'rejected' OR x.step = 'approve')))
     SELECT c.id AS customer_id, c.name AS customer_name, c.id IN (SELECT customer_id FROM under_way) AS pending
     FROM customers c
     WHERE c.id NOT IN (SELECT customer_id FROM approved)
       AND c.merged_into IS NULL
       AND (c.customer_type IN (SELECT value FROM json_each(?)) OR c.id IN (SELECT customer_id FROM under_way))`,
  ).all(JSON.stringify(types)) as UngradedRow[];
}

export function customerExists(db: ReadDb, customerId: string): boolean {
  return statement(db, 'SELECT 1 FROM customers WHERE id = ?').get(customerId) !== undefined;
}

export function siteTimeZoneOf(db: ReadDb): string {
  return (statement(db, 'SELECT time_zone FROM site WHERE singleton = 1').get() as { time_zone: string } | undefined)?.time_zone ?? 'Asia/Shanghai';
}

export interface CapRow {
  total_cap: number | null;
  base_day: string | null;
  set_by_name: string | null;
  set_at: string | null;
  version: number;
}

export function capRow(db: ReadDb): CapRow {
  return statement(db, 'SELECT s.total_cap, s.base_day, u.display_name AS set_by_name, s.set_at, s.version FROM credit_settings s LEFT JOIN users u ON u.id = s.set_by WHERE s.singleton = 1').get() as CapRow;
}

export function updateCap(tx: WriteDb, cap: { total_cap: number | null; base_day: string | null; set_by: string; set_at: string }): void {
  statement(tx, 'UPDATE credit_settings SET total_cap = @total_cap, base_day = @base_day, set_by = @set_by, set_at = @set_at, version = version + 1 WHERE singleton = 1').run(cap);
}

/** The customers graded (proposed) on each site day from `fromDay` to `toDay`. */
export function gradedBetween(db: ReadDb, fromDay: string, toDay: string): { customer_id: string; graded_on: string }[] {
  return statement(db, 'SELECT customer_id, graded_on FROM credit_gradings WHERE graded_on BETWEEN ? AND ?').all(fromDay, toDay) as { customer_id: string; graded_on: string }[];
}
