import type { Migration } from './migration';

/**
 * Notifications that reach people (issue 16 item 8; electron/core/notifications/).
 *
 * - `notifications`: one row per obligation of the rule pack that arose on a
 *   complaint (a class or fact began to hold, or a workflow event happened),
 *   and one per escalation of an unacknowledged one (`escalation_of`, `level`).
 *   Each keeps what reports need to say "notified within the limit": when it
 *   arose (`starts_at`), when it was due (`due_at`), when it was acknowledged,
 *   confirmed by phone, and when the written follow-up was due and came.
 *   `escalate_at` is set while the timer still has to look at it, so the timer
 *   reads a partial index that holds only those; `escalate_to` is the pack's
 *   own escalation target where the source names one (else the site's chain).
 *   `acknowledge_required` is 0 for a copy-only notification (抄送, 备案).
 *   UNIQUE (complaint_id, obligation, trigger_ref): an obligation is raised
 *   once per case and event (the trigger's own record id, '' for a class or
 *   fact), so raising again after any change is harmless.
 * - `notification_recipients`: who it is for, one row per role (or the
 *   assignee, with the user id; or head office), copies flagged; the inbox
 *   reads it by role and by user.
 * - `notification_reads`: which user opened which notification, for "unread
 *   first" and the badge. Local to this computer (like drafts): never synced.
 * - `notification_settings`: the site's values where the sources are silent
 *   (minutes for 立即 / 及时 / no time given; the escalation chain). Complaints
 *   already stored when this migration ran raise no notifications
 *   (`first_complaint_rowid`): their obligations arose before there was anyone
 *   to tell, and raising them all at once would flood every inbox.
 */
export const migration0022: Migration = {
  id: 22,
  name: 'notifications',
  sql: `
CREATE TABLE notifications (
  id TEXT PRIMARY KEY,
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  pack_id TEXT NOT NULL,
  pack_version TEXT NOT NULL,
  obligation TEXT NOT NULL,
  trigger_ref TEXT NOT NULL,
  event TEXT,
  level INTEGER NOT NULL DEFAULT 0,
  escalation_of TEXT REFERENCES notifications(id),
  notify TEXT NOT NULL,
  source TEXT NOT NULL,
  choice TEXT,
  limit_spec TEXT NOT NULL,
  confirm_by_phone INTEGER NOT NULL CHECK (confirm_by_phone IN (0, 1)),
  acknowledge_required INTEGER NOT NULL CHECK (acknowledge_required IN (0, 1)),
  escalate_to TEXT,
  starts_at TEXT NOT NULL,
  due_at TEXT,
  created_at TEXT NOT NULL,
  acknowledged_at TEXT,
  acknowledged_by TEXT REFERENCES users(id),
  acknowledged_by_name TEXT,
  acknowledged_at_head_office INTEGER NOT NULL DEFAULT 0,
  phone_confirmed_at TEXT,
  phone_confirmed_by TEXT REFERENCES users(id),
  phone_reached TEXT,
  phone_note TEXT,
  written_due_at TEXT,
  written_at TEXT,
  written_by TEXT REFERENCES users(id),
  written_text TEXT,
  escalate_at TEXT,
  escalated_at TEXT,
  version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE UNIQUE INDEX notifications_once ON notifications (complaint_id, obligation, trigger_ref);
CREATE INDEX notifications_to_escalate ON notifications (escalate_at) WHERE escalate_at IS NOT NULL;
CREATE INDEX notifications_by_start ON notifications (starts_at);

CREATE TABLE notification_recipients (
  notification_id TEXT NOT NULL REFERENCES notifications(id),
  recipient TEXT NOT NULL,
  user_id TEXT REFERENCES users(id),
  copy INTEGER NOT NULL CHECK (copy IN (0, 1)),
  PRIMARY KEY (notification_id, recipient)
) STRICT;
CREATE INDEX notification_recipients_by_role ON notification_recipients (recipient, notification_id);
CREATE INDEX notification_recipients_by_user ON notification_recipients (user_id, notification_id) WHERE user_id IS NOT NULL;

CREATE TABLE notification_reads (
  notification_id TEXT NOT NULL REFERENCES notifications(id),
  user_id TEXT NOT NULL REFERENCES users(id),
  read_at TEXT NOT NULL,
  PRIMARY KEY (notification_id, user_id)
) STRICT;

CREATE TABLE notification_settings (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  immediately_minutes INTEGER CHECK (immediately_minutes > 0),
  promptly_minutes INTEGER CHECK (promptly_minutes > 0),
  unstated_minutes INTEGER CHECK (unstated_minutes > 0),
  escalation_chain TEXT NOT NULL,
  first_complaint_rowid INTEGER NOT NULL,
  updated_at TEXT,
  updated_by TEXT REFERENCES users(id),
  version INTEGER NOT NULL DEFAULT 1
) STRICT;
INSERT INTO notification_settings (singleton, immediately_minutes, promptly_minutes, unstated_minutes, escalation_chain, first_complaint_rowid)
  VALUES (1, 10, 60, 1440, '["station_lead","unit_head","leader_in_charge","general_manager"]', (SELECT ifnull(max(rowid), 0) + 1 FROM complaints));
`,
};
