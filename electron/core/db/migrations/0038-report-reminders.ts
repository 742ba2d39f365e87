import type { Migration } from './migration';

/**
 * Due-date reminders for narrative reports (issue 16 item 7;
 * electron/core/notifications/report-reminders.ts).
 *
 * - `report_reminders`: one row per report kind, period and step — `dueSoon`
 *   (the report is due within the site's working days) and `overdue` (its day
 *   has passed and it is not issued). UNIQUE (kind, period, step): the timer
 *   may run any number of times, before and after a restart, and raises each
 *   once. `recipient` is the kind's signer role (the one who must issue it),
 *   `source` the citation of the due date. `closed_at` is set when the report
 *   is issued: a closed reminder leaves every inbox's to-do list.
 *   Not a `notifications` row: those belong to a complaint (NOT NULL foreign
 *   key, unique per complaint) and travel to head office as the case's; a
 *   report's reminder has no case, and head office already lists each
 *   narrative report as received or late.
 * - `notification_settings.report_reminder_working_days`: how many working
 *   days before the due day the signer is reminded; the sources name a due
 *   day (每月10日前) but no reminder, so 3 by default (docs/notifications.md
 *   says why); null: no early reminder, only the overdue one.
 */
export const migration0038: Migration = {
  id: 38,
  name: 'report-reminders',
  sql: `
CREATE TABLE report_reminders (
  id TEXT PRIMARY KEY,
  kind_id TEXT NOT NULL,
  period_kind TEXT NOT NULL CHECK (period_kind IN ('week', 'month', 'quarter', 'year')),
  period_key TEXT NOT NULL,
  step TEXT NOT NULL CHECK (step IN ('dueSoon', 'overdue')),
  recipient TEXT NOT NULL,
  due_date TEXT NOT NULL,
  source TEXT NOT NULL,
  raised_at TEXT NOT NULL,
  acknowledged_at TEXT,
  acknowledged_by TEXT REFERENCES users(id),
  closed_at TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (kind_id, period_kind, period_key, step)
) STRICT;
CREATE INDEX report_reminders_open ON report_reminders (recipient) WHERE closed_at IS NULL;
ALTER TABLE notification_settings ADD COLUMN report_reminder_working_days INTEGER DEFAULT 3 CHECK (report_reminder_working_days BETWEEN 1 AND 20);
`,
};
