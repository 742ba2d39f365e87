import type { Migration } from './migration';

/**
 * Customer credit grading (客户ABC信用等级评定, seed002 客户管理制度3 第三章, issue 19 §2).
 *
 * - `credit_gradings`: one row per grading proposed (第十九条 初步评定): the
 *   quantities and ticks it rests on (`inputs`, JSON), what the pack computed
 *   from them (`outcome`, JSON: every criterion's result, the credit), the
 *   grade, and the pack id and version that decided it, so an old grading
 *   keeps the rules it was made under.
 * - `credit_grading_steps`: review (审核) and approval (审批), at most one of
 *   each per grading. A grading is in force from its approval; the customer's
 *   grade history is its approved gradings in order.
 * - Both are append-only (the triggers refuse UPDATE and DELETE): a new
 *   grading replaces an old one, nothing is rewritten.
 */
export const migration0034: Migration = {
  id: 34,
  name: 'credit-gradings',
  sql: `
CREATE TABLE credit_gradings (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  pack_id TEXT NOT NULL,
  pack_version TEXT NOT NULL,
  graded_on TEXT NOT NULL,
  inputs TEXT NOT NULL,
  outcome TEXT NOT NULL,
  grade TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C')),
  credit_limit REAL NOT NULL,
  review_months INTEGER NOT NULL,
  reason TEXT NOT NULL,
  proposed_by TEXT NOT NULL REFERENCES users(id),
  proposed_at TEXT NOT NULL
) STRICT;
CREATE INDEX credit_gradings_by_customer ON credit_gradings (customer_id, proposed_at);
CREATE TABLE credit_grading_steps (
  id TEXT PRIMARY KEY,
  grading_id TEXT NOT NULL REFERENCES credit_gradings(id),
  step TEXT NOT NULL CHECK (step IN ('review', 'approve')),
  decision TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')),
  reason TEXT,
  decided_by TEXT NOT NULL REFERENCES users(id),
  decided_at TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  UNIQUE (grading_id, step)
) STRICT;
CREATE TRIGGER credit_gradings_no_update BEFORE UPDATE ON credit_gradings
BEGIN SELECT RAISE(ABORT, 'credit_gradings is append-only: propose a new grading'); END;
CREATE TRIGGER credit_gradings_no_delete BEFORE DELETE ON credit_gradings
BEGIN SELECT RAISE(ABORT, 'credit_gradings is append-only: propose a new grading'); END;
CREATE TRIGGER credit_grading_steps_no_update BEFORE UPDATE ON credit_grading_steps
BEGIN SELECT RAISE(ABORT, 'credit_grading_steps is append-only'); END;
CREATE TRIGGER credit_grading_steps_no_delete BEFORE DELETE ON credit_grading_steps
BEGIN SELECT RAISE(ABORT, 'credit_grading_steps is append-only'); END;
`,
};
