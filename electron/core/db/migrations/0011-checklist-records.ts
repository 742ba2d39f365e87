import type { Migration } from './migration';

/**
 * Checklist, register and assessment records (issue #6):
 * - `checklist_records`: one filled form; the template id and the version it
 *   started with (a later template version never changes a record in
 *   progress), the answers as JSON (item id → value), draft → completed, who
 *   and when. Listed per template newest first; completions per template feed
 *   the due/overdue list.
 * - `checklist_record_photos`: photos attached to the record (the bytes in
 *   `attachments`, stored once per content), with the item, row and column they
 *   were attached to, so an answer can only name photos of its own record.
 * - `checklist_actions`: corrective actions raised from a failed item or row,
 *   with owner and due time, reported done and closed by someone else, or
 *   reopened with a new due time.
 */
export const migration0011: Migration = {
  id: 11,
  name: 'checklist-records',
  sql: `
CREATE TABLE checklist_records (
  id TEXT PRIMARY KEY,
  template_id TEXT NOT NULL,
  template_version TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'completed')),
  answers TEXT NOT NULL DEFAULT '{}',
  started_by TEXT NOT NULL REFERENCES users(id),
  started_at TEXT NOT NULL,
  updated_by TEXT NOT NULL REFERENCES users(id),
  updated_at TEXT NOT NULL,
  completed_by TEXT REFERENCES users(id),
  completed_at TEXT,
  version INTEGER NOT NULL
) STRICT;
CREATE INDEX checklist_records_by_template ON checklist_records (template_id, started_at DESC);
CREATE INDEX checklist_records_completed ON checklist_records (template_id, completed_at) WHERE completed_at IS NOT NULL;

CREATE TABLE checklist_record_photos (
  record_id TEXT NOT NULL REFERENCES checklist_records(id),
  attachment_id TEXT NOT NULL REFERENCES attachments(id),
  item_id TEXT NOT NULL,
  row_id TEXT,
  column_id TEXT,
  file_name TEXT NOT NULL,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL REFERENCES users(id),
  PRIMARY KEY (record_id, attachment_id)
) STRICT;

CREATE TABLE checklist_actions (
  id TEXT PRIMARY KEY,
  record_id TEXT NOT NULL REFERENCES checklist_records(id),
  item_id TEXT NOT NULL,
  row_id TEXT,
  problem TEXT NOT NULL,
  action TEXT NOT NULL,
  owner_id TEXT NOT NULL REFERENCES users(id),
  due_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'implemented', 'closed')),
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  implemented_at TEXT,
  implementation_note TEXT,
  closed_by TEXT REFERENCES users(id),
  closed_at TEXT,
  close_note TEXT,
  reopen_count INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL
) STRICT;
CREATE INDEX checklist_actions_by_record ON checklist_actions (record_id, created_at);
CREATE INDEX checklist_actions_open ON checklist_actions (due_at) WHERE status != 'closed';
`,
};
