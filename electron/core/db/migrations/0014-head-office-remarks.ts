import type { Migration } from './migration';

/**
 * Head office's remarks and decisions on this site's records, as merged
 * (shared/sync/merge-rules.ts): one row per pulled remark, kept with what the
 * merge did to each field, so a remark is merged once and the outcome can be
 * shown. A field the site changed since head office saw it becomes a conflict
 * that waits for a person; the choice and who made it are kept.
 */
export const migration0014: Migration = {
  id: 14,
  name: 'head-office-remarks',
  sql: `
CREATE TABLE head_office_remarks (
  remark_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  body TEXT NOT NULL,
  outcome TEXT NOT NULL,
  merged_at TEXT NOT NULL,
  PRIMARY KEY (remark_id, version)
) STRICT;
CREATE INDEX head_office_remarks_by_record ON head_office_remarks (entity, entity_id);

CREATE TABLE sync_conflicts (
  id TEXT PRIMARY KEY,
  remark_id TEXT NOT NULL,
  remark_version INTEGER NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  base_value TEXT,
  site_value TEXT,
  head_office_value TEXT NOT NULL,
  note TEXT,
  detected_at TEXT NOT NULL,
  resolved_at TEXT,
  resolution TEXT CHECK (resolution IN ('site', 'headOffice')),
  resolved_by TEXT REFERENCES users(id),
  FOREIGN KEY (remark_id, remark_version) REFERENCES head_office_remarks (remark_id, version)
) STRICT;
CREATE INDEX sync_conflicts_open ON sync_conflicts (detected_at) WHERE resolved_at IS NULL;
`,
};
