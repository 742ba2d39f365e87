import type { Migration } from './migration';

/**
 * The on-site visit (实地走访) as a follow-up method: seed000 第二篇 三(一)1
 * asks for a weekly visit to a class 1 customer, and the cadence counts only
 * follow-ups recorded as visits (shared/risk-classes/cadence.ts). SQLite
 * cannot widen a CHECK in place, so the table is rebuilt with its rows.
 */
export const migration0041: Migration = {
  id: 41,
  name: 'follow-up-visits',
  sql: `
CREATE TABLE customer_follow_ups_new (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  at TEXT NOT NULL,
  by_user TEXT NOT NULL REFERENCES users(id),
  method TEXT CHECK (method IN ('phone', 'material', 'visit')),
  note TEXT NOT NULL
) STRICT;
INSERT INTO customer_follow_ups_new (id, customer_id, at, by_user, method, note) SELECT id, customer_id, at, by_user, method, note FROM customer_follow_ups;
DROP TABLE customer_follow_ups;
ALTER TABLE customer_follow_ups_new RENAME TO customer_follow_ups;
CREATE INDEX customer_follow_ups_by_customer ON customer_follow_ups (customer_id, at);
`,
};
