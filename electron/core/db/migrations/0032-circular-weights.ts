import type { Migration } from './migration';

/**
 * The station lead's weight for a circular definition's monthly assessment
 * (issue 16 item 6): seed000 第一篇 五 sets 5% of 作业区考核, and the lead may
 * set the station's own (shared/circulars/definitions.ts). One row per
 * definition the lead changed; no row means the source's weight. A null
 * weight means "unweighted" (seed004 §A sets none). Every change is audited.
 */
export const migration0032: Migration = {
  id: 32,
  name: 'circular-weights',
  sql: `
CREATE TABLE circular_weights (
  definition_id TEXT PRIMARY KEY,
  weight_percent REAL CHECK (weight_percent IS NULL OR (weight_percent >= 0 AND weight_percent <= 100)),
  note TEXT,
  updated_by TEXT NOT NULL REFERENCES users(id),
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
) STRICT;
`,
};
