import type { Migration } from './migration';

/**
 * Reference data pulled from head office (templates, rule packs, calendar
 * releases, users, sites), every version kept: a record in progress keeps the
 * version it started with, so a newer one must not replace the row it points
 * at. The pull cursor lives in `sync_state` and is written in the same
 * transaction as the items it covers.
 */
export const migration0013: Migration = {
  id: 13,
  name: 'reference-items',
  sql: `
CREATE TABLE reference_items (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  version INTEGER NOT NULL,
  body TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (kind, id, version)
) STRICT;
`,
};
