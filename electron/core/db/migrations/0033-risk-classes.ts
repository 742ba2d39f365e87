import type { Migration } from './migration';

/**
 * Risk classes of credit customers (seed000 第二篇, issue 19 §3).
 *
 * - `risk_class_proposals`: a proposed change through the three steps of
 *   二、认定程序 (proposed → reviewed → approved or rejected), with the facts
 *   and judgements it rests on, the criteria they met and the pack version.
 *   At most one proposal per customer is awaiting a step (partial unique index).
 * - `risk_class_changes`: every class change that was decided, with its
 *   reason, inputs and pack version. Append-only: the triggers refuse every
 *   UPDATE and DELETE; a customer's class is the newest change's `to_class`
 *   ('normal' without one), so a later change supersedes and the history stays.
 */
export const migration0033: Migration = {
  id: 33,
  name: 'risk-classes',
  sql: `
CREATE TABLE risk_class_proposals (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  from_class TEXT NOT NULL CHECK (from_class IN ('class1', 'class2', 'class3', 'normal')),
  to_class TEXT NOT NULL CHECK (to_class IN ('class1', 'class2', 'class3', 'normal')),
  indicated_class TEXT NOT NULL CHECK (indicated_class IN ('class1', 'class2', 'class3', 'normal')),
  facts TEXT NOT NULL,
  judgements TEXT NOT NULL,
  met TEXT NOT NULL,
  reason TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'reviewed', 'approved', 'rejected')),
  proposed_by TEXT NOT NULL REFERENCES users(id),
  proposed_at TEXT NOT NULL,
  reviewed_by TEXT REFERENCES users(id),
  reviewed_at TEXT,
  review_note TEXT,
  decided_by TEXT REFERENCES users(id),
  decided_at TEXT,
  decision_note TEXT,
  pack_id TEXT NOT NULL,
  pack_version TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE UNIQUE INDEX risk_class_proposals_one_open ON risk_class_proposals (customer_id) WHERE status IN ('proposed', 'reviewed');
CREATE INDEX risk_class_proposals_by_status ON risk_class_proposals (status, proposed_at);
CREATE INDEX risk_class_proposals_by_customer ON risk_class_proposals (customer_id, proposed_at);

CREATE TABLE risk_class_changes (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  proposal_id TEXT NOT NULL UNIQUE REFERENCES risk_class_proposals(id),
  from_class TEXT NOT NULL CHECK (from_class IN ('class1', 'class2', 'class3', 'normal')),
  to_class TEXT NOT NULL CHECK (to_class IN ('class1', 'class2', 'class3', 'normal')),
  reason TEXT NOT NULL,
  facts TEXT NOT NULL,
  judgements TEXT NOT NULL,
  met TEXT NOT NULL,
  proposed_by TEXT NOT NULL REFERENCES users(id),
  reviewed_by TEXT NOT NULL REFERENCES users(id),
  decided_by TEXT NOT NULL REFERENCES users(id),
  decision_note TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  pack_id TEXT NOT NULL,
  pack_version TEXT NOT NULL
) STRICT;
CREATE INDEX risk_class_changes_by_customer ON risk_class_changes (customer_id, decided_at);
CREATE TRIGGER risk_class_changes_no_update BEFORE UPDATE ON risk_class_changes
BEGIN SELECT RAISE(ABORT, 'risk_class_changes is append-only: decide a new change'); END;
CREATE TRIGGER risk_class_changes_no_delete BEFORE DELETE ON risk_class_changes
BEGIN SELECT RAISE(ABORT, 'risk_class_changes is append-only: decide a new change'); END;
`,
};
