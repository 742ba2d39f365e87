import type { Migration } from './migration';

/**
 * Destruction of customers' personal fields once their retention has expired (issue 19 §4;
 * seed002 客户管理制度1 第二十六条 集中销毁 with a 销毁记录, 第三十七条 批量销毁 reviewed and
 * registered). A batch is proposed, then approved by the station lead; only an approved batch
 * erases anything. The batch row is the destruction record (登记): who proposed, who approved,
 * when, how many, which record types. It holds customer ids, never their values.
 */
export const migration0031: Migration = {
  id: 31,
  name: 'personal-data-destruction',
  sql: `
CREATE TABLE destruction_batches (
  id TEXT PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'destroyed')),
  proposed_by TEXT NOT NULL REFERENCES users(id),
  proposed_by_name TEXT NOT NULL,
  proposed_at TEXT NOT NULL,
  -- JSON array of customer ids
  customer_ids TEXT NOT NULL,
  customer_count INTEGER NOT NULL,
  approved_by TEXT REFERENCES users(id),
  approved_by_name TEXT,
  approved_at TEXT,
  reason TEXT,
  -- JSON object: record type -> how many records had fields erased
  erased_counts TEXT,
  place TEXT NOT NULL
) STRICT;
CREATE TABLE retention_overrides (
  record_type TEXT PRIMARY KEY,
  years INTEGER NOT NULL CHECK (years BETWEEN 1 AND 100),
  updated_by TEXT NOT NULL REFERENCES users(id),
  updated_at TEXT NOT NULL
) STRICT;
`,
};
