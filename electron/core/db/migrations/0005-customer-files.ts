import type { Migration } from './migration';

/**
 * Customer files (issue #5, 客户档案):
 * - `customers`: an organisation or an individual (seed003 篇1 4.2), phones,
 *   contact person, address, and group/type codes of the customer scheme the
 *   site's rule pack chose (the scheme is stored, since head office meets
 *   sites with different schemes); the 投诉苗头 flag (seed001 S1 (二)) with its
 *   reason, who set it and who follows up; versioned like complaints;
 * - `customer_follow_ups`: the follow-ups of a flagged customer (电话或物质慰问);
 * - `customer_search`: name, contact person and phones, by overlapping
 *   character pairs and 4-digit tokens of digit runs, like `complaint_search`
 *   (shared/domain/search-tokens.ts), so 2-character names and any run of
 *   phone digits are found through the index;
 * - on `complaints`: the customer file, and product, batch (批号) and quantity
 *   (seed003 篇1 8.6 f / 10.1, seed004 §J 5.1.1). Older complaints keep no
 *   customer file: their name and phone stay as typed.
 */
export const migration0005: Migration = {
  id: 5,
  name: 'customer-files',
  sql: `
CREATE TABLE customers (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('organisation', 'individual')),
  name TEXT NOT NULL,
  phone TEXT,
  phone2 TEXT,
  contact_person TEXT,
  address TEXT,
  scheme TEXT NOT NULL,
  customer_group TEXT,
  customer_type TEXT,
  note TEXT,
  sign_reason TEXT,
  sign_at TEXT,
  sign_by TEXT REFERENCES users(id),
  follow_up_owner TEXT REFERENCES users(id),
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL
) STRICT;
CREATE INDEX customers_flagged ON customers (sign_at, id) WHERE sign_at IS NOT NULL;

CREATE TABLE customer_follow_ups (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  at TEXT NOT NULL,
  by_user TEXT NOT NULL REFERENCES users(id),
  method TEXT CHECK (method IN ('phone', 'material')),
  note TEXT NOT NULL
) STRICT;
CREATE INDEX customer_follow_ups_by_customer ON customer_follow_ups (customer_id, at);

CREATE VIRTUAL TABLE customer_search USING fts5(text, digits, content = '', contentless_delete = 1, prefix = '1');

ALTER TABLE complaints ADD COLUMN customer_id TEXT REFERENCES customers(id);
ALTER TABLE complaints ADD COLUMN product TEXT;
ALTER TABLE complaints ADD COLUMN batch_no TEXT;
ALTER TABLE complaints ADD COLUMN quantity INTEGER;
ALTER TABLE complaints ADD COLUMN quantity_unit TEXT;
CREATE INDEX complaints_by_customer ON complaints (customer_id, received_at DESC) WHERE customer_id IS NOT NULL;
`,
};
