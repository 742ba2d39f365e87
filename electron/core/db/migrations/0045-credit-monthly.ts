import type { Migration } from './migration';

/**
 * The monthly records of seed002 客户管理制度3 第六章 (shared/credit/credit-monthly.ts):
 * - `credit_evaluations`: 《客户授信额度执行评价表》 (第四十条), one row per
 *   customer per month. Finance's figures as entered (balance, shipments,
 *   payments, overdue amount and the earliest unpaid due day, the statement
 *   day) and the limit of the grading in force on the statement day; the
 *   over-limit flag and overdue days are computed on reading. Figures may be
 *   corrected until the sales manager's check (each correction in the audit
 *   log, `version` counts them); then the check (who, when, whether the
 *   figures agree, opinion, proposed limit) and the general manager's
 *   decision on a proposed adjustment (第四十一条) are written once each.
 * - `credit_supervisor_reports`: the business supervisor's monthly written
 *   report (第三十九条), one per month, append-only, with the customers it
 *   covers as filed.
 */
export const migration0045: Migration = {
  id: 45,
  name: 'credit-monthly',
  sql: `
CREATE TABLE credit_evaluations (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  grading_id TEXT NOT NULL REFERENCES credit_gradings(id),
  credit_limit REAL NOT NULL CHECK (credit_limit >= 0),
  as_of TEXT NOT NULL,
  balance REAL NOT NULL CHECK (balance >= 0),
  shipments REAL NOT NULL CHECK (shipments >= 0),
  payments REAL NOT NULL CHECK (payments >= 0),
  overdue_amount REAL NOT NULL CHECK (overdue_amount >= 0 AND overdue_amount <= balance),
  earliest_due_on TEXT,
  filled_by TEXT NOT NULL REFERENCES users(id),
  filled_at TEXT NOT NULL,
  version INTEGER NOT NULL,
  checked_by TEXT REFERENCES users(id),
  checked_at TEXT,
  figures_agree INTEGER CHECK (figures_agree IN (0, 1)),
  opinion TEXT,
  proposed_limit REAL CHECK (proposed_limit IS NULL OR proposed_limit >= 0),
  decided_by TEXT REFERENCES users(id),
  decided_at TEXT,
  decision TEXT CHECK (decision IN ('approved', 'rejected')),
  decision_reason TEXT,
  UNIQUE (customer_id, month)
) STRICT;
CREATE INDEX credit_evaluations_month ON credit_evaluations (month);
CREATE TRIGGER credit_evaluations_no_delete BEFORE DELETE ON credit_evaluations
BEGIN SELECT RAISE(ABORT, 'credit_evaluations keeps every month: correct the figures instead'); END;
CREATE TRIGGER credit_evaluations_checked_fixed BEFORE UPDATE ON credit_evaluations
WHEN OLD.checked_at IS NOT NULL AND (NEW.balance IS NOT OLD.balance OR NEW.shipments IS NOT OLD.shipments OR NEW.payments IS NOT OLD.payments
  OR NEW.overdue_amount IS NOT OLD.overdue_amount OR NEW.earliest_due_on IS NOT OLD.earliest_due_on OR NEW.as_of IS NOT OLD.as_of
  OR NEW.credit_limit IS NOT OLD.credit_limit OR NEW.checked_at IS NOT OLD.checked_at OR NEW.opinion IS NOT OLD.opinion OR NEW.proposed_limit IS NOT OLD.proposed_limit
  OR (OLD.decided_at IS NOT NULL AND NEW.decided_at IS NOT OLD.decided_at))
BEGIN SELECT RAISE(ABORT, 'credit_evaluations: a checked evaluation is fixed'); END;

CREATE TABLE credit_supervisor_reports (
  id TEXT PRIMARY KEY,
  month TEXT NOT NULL UNIQUE CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  body TEXT NOT NULL,
  customer_ids TEXT NOT NULL,
  filed_by TEXT NOT NULL REFERENCES users(id),
  filed_at TEXT NOT NULL,
  filed_on TEXT NOT NULL
) STRICT;
CREATE TRIGGER credit_supervisor_reports_no_update BEFORE UPDATE ON credit_supervisor_reports
BEGIN SELECT RAISE(ABORT, 'credit_supervisor_reports is append-only'); END;
CREATE TRIGGER credit_supervisor_reports_no_delete BEFORE DELETE ON credit_supervisor_reports
BEGIN SELECT RAISE(ABORT, 'credit_supervisor_reports is append-only'); END;
`,
};
