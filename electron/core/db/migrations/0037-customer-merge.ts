import type { Migration } from './migration';

/**
 * Merging duplicate customer files (issue 19 §1: "duplicates merged by a
 * person with an audit entry"). The duplicate stays as a row (its id is named
 * by synced records and by the audit log) but points at the file it was merged
 * into, with who, when and why; it leaves the search index, so intake no
 * longer suggests it. Its complaints and follow-ups move to the kept file.
 */
export const migration0037: Migration = {
  id: 37,
  name: 'customer-merge',
  sql: `
ALTER TABLE customers ADD COLUMN merged_into TEXT REFERENCES customers(id);
ALTER TABLE customers ADD COLUMN merged_at TEXT;
ALTER TABLE customers ADD COLUMN merged_by TEXT REFERENCES users(id);
ALTER TABLE customers ADD COLUMN merge_reason TEXT;
CREATE INDEX customers_merged_into ON customers (merged_into) WHERE merged_into IS NOT NULL;
`,
};
