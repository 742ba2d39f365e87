import type { Migration } from './migration';

/**
 * The reporting relation (issue #16, shared/reports/report-row.ts): one narrow
 * row per complaint, written when the complaint is graded (every change
 * re-grades it) with what reports count — period keys of the day received
 * and closed (Asia/Shanghai), each timed step's due and done times under the
 * record's pack, call-backs, escalations, repeat, handling time in working
 * days. Reports read this table alone, so a year at a million complaints
 * scans narrow rows, never the complaint texts. Head office holds the same
 * columns for every site (server migration 0006).
 *
 * Rows for complaints stored before this migration are built after start-up
 * in batches (electron/core/reports/backfill.ts): grading needs the pack and
 * the calendar, which a migration does not have.
 */
export const migration0021: Migration = {
  id: 21,
  name: 'report-complaints',
  sql: `
CREATE TABLE report_complaints (
  site_id TEXT NOT NULL,
  complaint_id TEXT NOT NULL UNIQUE,
  version INTEGER NOT NULL,
  serial TEXT NOT NULL,
  kind TEXT NOT NULL,
  channel TEXT NOT NULL,
  status TEXT NOT NULL,
  class_code TEXT,
  category TEXT,
  cause TEXT,
  validity TEXT NOT NULL,
  unit TEXT,
  handler_id TEXT,
  handler_name TEXT,
  received_at TEXT NOT NULL,
  received_day TEXT NOT NULL,
  received_week TEXT NOT NULL,
  received_month TEXT NOT NULL,
  received_quarter TEXT NOT NULL,
  received_year TEXT NOT NULL,
  closed_at TEXT,
  closed_week TEXT,
  closed_month TEXT,
  closed_quarter TEXT,
  closed_year TEXT,
  due_at TEXT,
  response_due_at TEXT,
  response_done_at TEXT,
  handling_due_at TEXT,
  handling_done_at TEXT,
  reply_due_at TEXT,
  reply_done_at TEXT,
  resolved_at TEXT,
  call_back_at TEXT,
  call_back_lag_ms INTEGER,
  call_backs INTEGER NOT NULL,
  satisfied_call_backs INTEGER NOT NULL,
  escalations INTEGER NOT NULL,
  is_repeat INTEGER NOT NULL,
  handling_milli_work_days INTEGER
) STRICT;
CREATE INDEX report_complaints_by_day ON report_complaints (received_day);
CREATE INDEX report_complaints_by_unit_day ON report_complaints (unit, received_day) WHERE unit IS NOT NULL;
CREATE INDEX report_complaints_overdue ON report_complaints (due_at) WHERE due_at IS NOT NULL AND status IN ('registered', 'assigned', 'in_progress', 'referred', 'resolved');
`,
};
