import type { Migration } from './migration';

/**
 * The lists a complaint kept as JSON in TEXT columns (issue 22 §3) become
 * child tables, one row per element, with the values exactly as the JSON held
 * them:
 *   - steps_done '{"step": at}' (migration 0004): the deadline steps met and
 *     when; who met them is in the handling log, not here, so no `by` column;
 *   - agreed_due '{"step": due}' (0004): the deadline of a step as an approved
 *     or customer-agreed extension moved it (the extension itself is in
 *     complaint_extensions);
 *   - pauses '[{from, to, reason}]' (0009): the stretches the clock stood
 *     still, in the order they were taken (`to` is null while one runs);
 *   - ticked_criteria '["code"]' (0002): the grading criteria a person ticked,
 *     in the order ticked (the synced record lists them in that order).
 * `position` is the element's index in the JSON array, so a list reads back in
 * its order. pack_facts stays a column: it is a map of named facts, not a list.
 *
 * The four columns are then dropped: none is indexed, constrained, or named
 * by a trigger or view (the search triggers read serial, customer_name,
 * customer_phone and content), so SQLite's DROP COLUMN takes each; it
 * rewrites the complaints table once.
 *
 * Complaints are never deleted (no statement deletes one; destruction erases
 * fields and keeps the row), so the keys have no ON DELETE action, like
 * complaint_call_backs and complaint_extensions. Each table's primary key
 * starts with complaint_id, which is the only way they are read.
 */
export const migration0044: Migration = {
  id: 44,
  name: 'complaint-child-tables',
  sql: `
CREATE TABLE complaint_steps (
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  step TEXT NOT NULL,
  done_at TEXT NOT NULL,
  PRIMARY KEY (complaint_id, step)
) STRICT;
CREATE TABLE complaint_agreed_due (
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  step TEXT NOT NULL,
  due_at TEXT NOT NULL,
  PRIMARY KEY (complaint_id, step)
) STRICT;
CREATE TABLE complaint_pauses (
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  position INTEGER NOT NULL CHECK (position >= 0),
  paused_from TEXT NOT NULL,
  paused_to TEXT CHECK (paused_to IS NULL OR paused_to >= paused_from),
  reason TEXT NOT NULL,
  PRIMARY KEY (complaint_id, position)
) STRICT;
CREATE TABLE complaint_criteria (
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  position INTEGER NOT NULL CHECK (position >= 0),
  criterion TEXT NOT NULL,
  PRIMARY KEY (complaint_id, position)
) STRICT;

INSERT INTO complaint_steps (complaint_id, step, done_at)
  SELECT c.id, j.key, j.value FROM complaints c, json_each(c.steps_done) j;
INSERT INTO complaint_agreed_due (complaint_id, step, due_at)
  SELECT c.id, j.key, j.value FROM complaints c, json_each(c.agreed_due) j;
INSERT INTO complaint_pauses (complaint_id, position, paused_from, paused_to, reason)
  SELECT c.id, j.key, json_extract(j.value, '$.from'), json_extract(j.value, '$.to'), json_extract(j.value, '$.reason')
  FROM complaints c, json_each(c.pauses) j;
INSERT INTO complaint_criteria (complaint_id, position, criterion)
  SELECT c.id, j.key, j.value FROM complaints c, json_each(c.ticked_criteria) j;

ALTER TABLE complaints DROP COLUMN steps_done;
ALTER TABLE complaints DROP COLUMN agreed_due;
ALTER TABLE complaints DROP COLUMN pauses;
ALTER TABLE complaints DROP COLUMN ticked_criteria;
`,
};
