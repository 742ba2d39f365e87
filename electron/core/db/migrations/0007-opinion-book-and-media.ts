import type { Migration } from './migration';

/**
 * The 客户意见簿 (seed002 客户管理制度4 第三条、第九条) and the 负面新闻台账 (seed001 S1):
 * - `attachments`: files kept in the store itself (evidence screenshots), one row
 *   per distinct content: the sha256 is unique, so the same image attached twice
 *   is stored once;
 * - `opinion_book_entries`: entries transcribed from the paper book, with the
 *   first daily check that saw them, the signed handling opinion, the reply to a
 *   customer who left contact details, and the complaint an entry became
 *   (unique: one entry, at most one complaint; the index also finds the entry
 *   from the complaint);
 * - `opinion_book_checks`: each daily check (每日查阅), with the site day it counts for;
 * - `media_incidents` with their notifications, ticked checklist steps and
 *   evidence links.
 */
export const migration0007: Migration = {
  id: 7,
  name: 'opinion-book-and-media',
  sql: `
CREATE TABLE attachments (
  id TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  mime_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users(id)
) STRICT;

CREATE TABLE opinion_book_entries (
  id TEXT PRIMARY KEY,
  entry_no INTEGER NOT NULL UNIQUE,
  entry_date TEXT NOT NULL,
  entry_type TEXT NOT NULL CHECK (entry_type IN ('complaint', 'suggestion')),
  content TEXT NOT NULL,
  customer_name TEXT,
  contact TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL REFERENCES users(id),
  reviewed_at TEXT,
  reviewed_by TEXT REFERENCES users(id),
  handling_opinion TEXT,
  signed_at TEXT,
  signed_by TEXT REFERENCES users(id),
  customer_replied_at TEXT,
  complaint_id TEXT UNIQUE REFERENCES complaints(id),
  version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX opinion_book_unanswered ON opinion_book_entries (entry_no) WHERE handling_opinion IS NULL;

CREATE TABLE opinion_book_checks (
  id TEXT PRIMARY KEY,
  site_day TEXT NOT NULL,
  checked_at TEXT NOT NULL,
  checked_by TEXT NOT NULL REFERENCES users(id),
  note TEXT
) STRICT;
CREATE INDEX opinion_book_checks_by_day ON opinion_book_checks (site_day, checked_at);

CREATE TABLE media_incidents (
  id TEXT PRIMARY KEY,
  occurred_at TEXT NOT NULL,
  channel TEXT NOT NULL,
  media_name TEXT,
  programme TEXT,
  journalist_name TEXT,
  journalist_on_site INTEGER NOT NULL DEFAULT 0,
  content_category TEXT,
  description TEXT NOT NULL,
  platform TEXT,
  poster_contact TEXT,
  complaint_id TEXT REFERENCES complaints(id),
  status TEXT NOT NULL DEFAULT 'open',
  status_note TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL REFERENCES users(id),
  version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX media_incidents_by_time ON media_incidents (occurred_at DESC);

CREATE TABLE media_incident_notifications (
  id TEXT PRIMARY KEY,
  incident_id TEXT NOT NULL REFERENCES media_incidents(id),
  party TEXT NOT NULL,
  notified_at TEXT NOT NULL,
  by_user TEXT NOT NULL REFERENCES users(id),
  note TEXT
) STRICT;
CREATE INDEX media_notifications_by_incident ON media_incident_notifications (incident_id, notified_at);

CREATE TABLE media_incident_steps (
  incident_id TEXT NOT NULL REFERENCES media_incidents(id),
  checklist TEXT NOT NULL,
  step_code TEXT NOT NULL,
  done_at TEXT NOT NULL,
  done_by TEXT NOT NULL REFERENCES users(id),
  note TEXT,
  PRIMARY KEY (incident_id, checklist, step_code)
) STRICT;

CREATE TABLE media_incident_attachments (
  incident_id TEXT NOT NULL REFERENCES media_incidents(id),
  attachment_id TEXT NOT NULL REFERENCES attachments(id),
  file_name TEXT NOT NULL,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL REFERENCES users(id),
  PRIMARY KEY (incident_id, attachment_id)
) STRICT;
`,
};
