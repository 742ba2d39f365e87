import type { Migration } from './migration';

/**
 * An approved credit-limit adjustment (seed002 客户管理制度3 第四十一条: the
 * sales manager proposes it in the monthly 《客户授信额度执行评价表》 check, the
 * general manager approves it, and it is then 下一步的监控依据):
 * - `credit_limit_adjustments`: one row per approved proposal (an evaluation
 *   is adjusted at most once), the limit it replaced and the new one, who
 *   proposed and who approved it, and the site day it takes effect (the
 *   decision's). Append-only: a later adjustment or grading replaces it.
 * - `credit_limits_set`: every event that set a customer's limit — each
 *   approved grading (0034) and each approved adjustment — so that "the limit
 *   in force on a day" is the newest row set on or before it, in one place.
 * - `risk_meetings`: the meetings of seed000 第二篇 三、 (shared/risk-classes/
 *   meetings.ts): the day, the conclusions, who recorded it; its lists are
 *   child tables (issue 22 §3), one row per element: the kinds it counts as
 *   (a set: one row per kind, read back in the rules' order), the attendees
 *   and the customers discussed (each in the order entered, by `position`).
 *   All append-only: a meeting is recorded once, with its lists.
 */
export const migration0047: Migration = {
  id: 47,
  name: 'adjustments-and-meetings',
  sql: `
CREATE TABLE credit_limit_adjustments (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  evaluation_id TEXT NOT NULL UNIQUE REFERENCES credit_evaluations(id),
  grading_id TEXT NOT NULL REFERENCES credit_gradings(id),
  from_limit REAL NOT NULL CHECK (from_limit >= 0),
  to_limit REAL NOT NULL CHECK (to_limit >= 0),
  proposed_by TEXT NOT NULL REFERENCES users(id),
  proposed_at TEXT NOT NULL,
  approved_by TEXT NOT NULL REFERENCES users(id),
  approved_at TEXT NOT NULL,
  effective_on TEXT NOT NULL
) STRICT;
CREATE INDEX credit_limit_adjustments_customer ON credit_limit_adjustments (customer_id, approved_at);
CREATE TRIGGER credit_limit_adjustments_no_update BEFORE UPDATE ON credit_limit_adjustments
BEGIN SELECT RAISE(ABORT, 'credit_limit_adjustments is append-only'); END;
CREATE TRIGGER credit_limit_adjustments_no_delete BEFORE DELETE ON credit_limit_adjustments
BEGIN SELECT RAISE(ABORT, 'credit_limit_adjustments is append-only'); END;

CREATE VIEW credit_limits_set AS
  SELECT g.customer_id, g.id AS grading_id, NULL AS adjustment_id, g.credit_limit, s.decided_at AS set_at, s.decided_on AS set_on
  FROM credit_gradings g
  JOIN credit_grading_steps s ON s.grading_id = g.id AND s.step = 'approve' AND s.decision = 'approved'
  UNION ALL
  SELECT a.customer_id, a.grading_id, a.id, a.to_limit, a.approved_at, a.effective_on
  FROM credit_limit_adjustments a;

CREATE TABLE risk_meetings (
  id TEXT PRIMARY KEY,
  held_on TEXT NOT NULL,
  conclusions TEXT NOT NULL,
  recorded_by TEXT NOT NULL REFERENCES users(id),
  recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX risk_meetings_held_on ON risk_meetings (held_on);
CREATE TRIGGER risk_meetings_no_update BEFORE UPDATE ON risk_meetings
BEGIN SELECT RAISE(ABORT, 'risk_meetings is append-only'); END;
CREATE TRIGGER risk_meetings_no_delete BEFORE DELETE ON risk_meetings
BEGIN SELECT RAISE(ABORT, 'risk_meetings is append-only'); END;

CREATE TABLE risk_meeting_kinds (
  meeting_id TEXT NOT NULL REFERENCES risk_meetings(id),
  kind TEXT NOT NULL CHECK (kind IN ('dynamicAnalysis', 'warningAnalysis', 'riskAnalysis', 'disposal')),
  PRIMARY KEY (meeting_id, kind)
) STRICT;
CREATE TABLE risk_meeting_attendees (
  meeting_id TEXT NOT NULL REFERENCES risk_meetings(id),
  position INTEGER NOT NULL CHECK (position >= 0),
  name TEXT NOT NULL,
  PRIMARY KEY (meeting_id, position)
) STRICT;
CREATE TABLE risk_meeting_customers (
  meeting_id TEXT NOT NULL REFERENCES risk_meetings(id),
  position INTEGER NOT NULL CHECK (position >= 0),
  customer_id TEXT NOT NULL REFERENCES customers(id),
  PRIMARY KEY (meeting_id, position),
  UNIQUE (meeting_id, customer_id)
) STRICT;
CREATE TRIGGER risk_meeting_kinds_no_update BEFORE UPDATE ON risk_meeting_kinds
BEGIN SELECT RAISE(ABORT, 'risk_meeting_kinds is append-only'); END;
CREATE TRIGGER risk_meeting_kinds_no_delete BEFORE DELETE ON risk_meeting_kinds
BEGIN SELECT RAISE(ABORT, 'risk_meeting_kinds is append-only'); END;
CREATE TRIGGER risk_meeting_attendees_no_update BEFORE UPDATE ON risk_meeting_attendees
BEGIN SELECT RAISE(ABORT, 'risk_meeting_attendees is append-only'); END;
CREATE TRIGGER risk_meeting_attendees_no_delete BEFORE DELETE ON risk_meeting_attendees
BEGIN SELECT RAISE(ABORT, 'risk_meeting_attendees is append-only'); END;
CREATE TRIGGER risk_meeting_customers_no_update BEFORE UPDATE ON risk_meeting_customers
BEGIN SELECT RAISE(ABORT, 'risk_meeting_customers is append-only'); END;
CREATE TRIGGER risk_meeting_customers_no_delete BEFORE DELETE ON risk_meeting_customers
BEGIN SELECT RAISE(ABORT, 'risk_meeting_customers is append-only'); END;
`,
};
