import type Database from 'better-sqlite3';
import { searchText } from '../../../../shared/domain/search-tokens';
import type { Migration } from './migration';

/** Statuses a work list treats as open; the partial indexes below repeat this list and must match the queries' own. */
const OPEN = `status IN ('registered', 'assigned', 'in_progress', 'referred', 'resolved')`;

/**
 * The closed loop (issue #5):
 * - workflow columns on `complaints`: validity, assignee, solution (篇6 第十七条:
 *   resolver, measures, time limit), result and customer-informed time, closing,
 *   steps met and approved due times (read by grading), and `due_at`, the earliest
 *   deadline not met, stored at each grading so work lists need no grading;
 * - the person complained about (recusal), the solution proposed at intake, and
 *   the link to an earlier complaint on the same matter;
 * - one table per record the sources name: handling log (every transition is an
 *   event), extensions with approval, call-backs, escalations;
 * - `complaint_search`: full-text search over serial, customer, phone and content,
 *   by overlapping character pairs so Chinese two-character words are found
 *   (FTS5's trigram tokenizer cannot match fewer than three characters);
 * - `drafts`: unsaved form input per user, never synced.
 */
export const migration0004: Migration = {
  id: 4,
  name: 'complaint-workflow',
  sql: `
ALTER TABLE complaints ADD COLUMN subject_user_id TEXT REFERENCES users(id);
ALTER TABLE complaints ADD COLUMN proposed_solution TEXT;
ALTER TABLE complaints ADD COLUMN repeat_of TEXT REFERENCES complaints(id);
ALTER TABLE complaints ADD COLUMN validity TEXT NOT NULL DEFAULT 'pending';
ALTER TABLE complaints ADD COLUMN invalid_reason TEXT;
ALTER TABLE complaints ADD COLUMN assignee_id TEXT REFERENCES users(id);
ALTER TABLE complaints ADD COLUMN assigned_at TEXT;
ALTER TABLE complaints ADD COLUMN unit TEXT;
ALTER TABLE complaints ADD COLUMN solution_resolver_id TEXT REFERENCES users(id);
ALTER TABLE complaints ADD COLUMN solution_measures TEXT;
ALTER TABLE complaints ADD COLUMN solution_due_at TEXT;
ALTER TABLE complaints ADD COLUMN result TEXT;
ALTER TABLE complaints ADD COLUMN reply_method TEXT;
ALTER TABLE complaints ADD COLUMN customer_informed_at TEXT;
ALTER TABLE complaints ADD COLUMN closed_at TEXT;
ALTER TABLE complaints ADD COLUMN first_response_at TEXT;
ALTER TABLE complaints ADD COLUMN steps_done TEXT NOT NULL DEFAULT '{}';
ALTER TABLE complaints ADD COLUMN agreed_due TEXT NOT NULL DEFAULT '{}';
ALTER TABLE complaints ADD COLUMN due_at TEXT;
ALTER TABLE complaints ADD COLUMN class_rank INTEGER NOT NULL DEFAULT 0;
ALTER TABLE complaints ADD COLUMN escalation_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE complaints ADD COLUMN last_escalated_at TEXT;
ALTER TABLE complaints ADD COLUMN repeat_count INTEGER NOT NULL DEFAULT 0;
-- Re-grade everything open once, so due_at and class_rank are filled by the timer.
UPDATE complaints SET regrade_at = received_at WHERE resolved_at IS NULL AND class_override IS NULL;

CREATE INDEX complaints_open_by_received ON complaints (received_at DESC, id DESC) WHERE ${OPEN};
CREATE INDEX complaints_mine ON complaints (assignee_id, ifnull(due_at, '9999'), id) WHERE ${OPEN};
CREATE INDEX complaints_by_due ON complaints (due_at, id) WHERE due_at IS NOT NULL;
CREATE INDEX complaints_call_back ON complaints (printf('%03d', 999 - class_rank) || ifnull(due_at, '9999'), id) WHERE status = 'resolved' AND kind = 'complaint';
CREATE INDEX complaints_escalated ON complaints (last_escalated_at DESC, id DESC) WHERE escalation_count > 0 AND ${OPEN};
CREATE INDEX complaints_by_unit ON complaints (unit, received_at DESC, id DESC) WHERE unit IS NOT NULL;
CREATE INDEX complaints_by_customer_phone ON complaints (customer_phone) WHERE customer_phone IS NOT NULL;
CREATE INDEX complaints_by_customer_name ON complaints (customer_name);

CREATE TABLE complaint_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  at TEXT NOT NULL,
  user_id TEXT REFERENCES users(id),
  action TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT,
  details TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX complaint_events_by_complaint ON complaint_events (complaint_id, seq);

CREATE TABLE complaint_extensions (
  id TEXT PRIMARY KEY,
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  extension_type TEXT NOT NULL,
  reason TEXT NOT NULL,
  new_due_at TEXT NOT NULL,
  customer_consent_at TEXT,
  requested_at TEXT NOT NULL,
  requested_by TEXT NOT NULL REFERENCES users(id),
  status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'refused')),
  decided_at TEXT,
  decided_by TEXT REFERENCES users(id),
  decision_note TEXT
) STRICT;
CREATE INDEX complaint_extensions_by_complaint ON complaint_extensions (complaint_id, requested_at);

CREATE TABLE complaint_call_backs (
  id TEXT PRIMARY KEY,
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  at TEXT NOT NULL,
  by_user TEXT NOT NULL REFERENCES users(id),
  method TEXT NOT NULL,
  resolution_adequate INTEGER NOT NULL,
  timeliness TEXT NOT NULL,
  attitude TEXT NOT NULL,
  result TEXT NOT NULL,
  other_opinions TEXT,
  satisfied INTEGER NOT NULL
) STRICT;
CREATE INDEX complaint_call_backs_by_complaint ON complaint_call_backs (complaint_id, at);

CREATE TABLE complaint_escalations (
  id TEXT PRIMARY KEY,
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  at TEXT NOT NULL,
  by_user TEXT REFERENCES users(id),
  reason_code TEXT NOT NULL,
  note TEXT NOT NULL
) STRICT;
CREATE INDEX complaint_escalations_by_complaint ON complaint_escalations (complaint_id, at);

CREATE VIRTUAL TABLE complaint_search USING fts5(text, content = '', contentless_delete = 1, prefix = '1');

CREATE TABLE drafts (
  user_id TEXT NOT NULL REFERENCES users(id),
  form TEXT NOT NULL,
  data TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  PRIMARY KEY (user_id, form)
) STRICT;
`,
  data: (db: Database.Database) => {
    const insert = db.prepare('INSERT INTO complaint_search (rowid, text) VALUES (?, ?)');
    const rows = db.prepare('SELECT rowid, serial, customer_name, customer_phone, content FROM complaints').all() as Array<{
      rowid: number;
      serial: string;
      customer_name: string;
      customer_phone: string | null;
      content: string;
    }>;
    // .all(), not .iterate(): better-sqlite3 refuses other statements while an iterator is open.
    for (const row of rows) insert.run(row.rowid, searchText(row.serial, row.customer_name, row.customer_phone, row.content));
  },
};
