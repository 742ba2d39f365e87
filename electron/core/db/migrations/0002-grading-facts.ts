import type { Migration } from './migration';

/**
 * Severity grading (issue #4): the facts rule packs read, the criteria a
 * person ticked, the class last computed (kept for lists and filters; the full
 * explanation is recomputed on read), and a person's override with its reason.
 */
export const migration0002: Migration = {
  id: 2,
  name: 'grading-facts',
  sql: `
ALTER TABLE complaints ADD COLUMN direct_loss REAL;
ALTER TABLE complaints ADD COLUMN group_size INTEGER;
ALTER TABLE complaints ADD COLUMN affected_share REAL;
ALTER TABLE complaints ADD COLUMN media_involved INTEGER NOT NULL DEFAULT 0;
ALTER TABLE complaints ADD COLUMN regulator_involved INTEGER NOT NULL DEFAULT 0;
ALTER TABLE complaints ADD COLUMN ticked_criteria TEXT NOT NULL DEFAULT '[]';
ALTER TABLE complaints ADD COLUMN resolved_at TEXT;
ALTER TABLE complaints ADD COLUMN class_code TEXT;
ALTER TABLE complaints ADD COLUMN class_override TEXT;
ALTER TABLE complaints ADD COLUMN override_reason TEXT;
ALTER TABLE complaints ADD COLUMN override_by TEXT REFERENCES users(id);
ALTER TABLE complaints ADD COLUMN rule_pack_id TEXT;
ALTER TABLE complaints ADD COLUMN rule_pack_version TEXT;
CREATE INDEX complaints_open_by_class ON complaints (class_code) WHERE resolved_at IS NULL;
`,
};
