import type { Migration } from './migration';

/**
 * Write once (issue 21 §1):
 * - `audit_log.outbox_seq`: an audit row whose `after` is the very text queued for head office (a created
 *   complaint, a notification as it now is) keeps `after` NULL and names the outbox entry holding it,
 *   instead of a second copy (change-log/change-log.ts; read back by `auditRows`).
 * - `outbox.audited`: 1 on an entry an audit row points at; it is kept for good. The other entries are
 *   pruned once head office acknowledged them and the kept window has passed (sync/outbox-repository.ts,
 *   `pruneAcknowledged`), found through the partial index `outbox_prunable`, which holds only those.
 * - `complaints_by_customer_phone`, an index no query plan used (a phone is found through
 *   `customer_phone_digits` and the search index), a write on every save, is dropped
 *   (test/core/complaint-indexes.test.ts).
 * No data moves: rows written before keep their copies.
 */
export const migration0049: Migration = {
  id: 49,
  name: 'write-once',
  sql: `
ALTER TABLE audit_log ADD COLUMN outbox_seq INTEGER;
ALTER TABLE outbox ADD COLUMN audited INTEGER NOT NULL DEFAULT 0 CHECK (audited IN (0, 1));
CREATE INDEX outbox_prunable ON outbox (acknowledged_at) WHERE audited = 0 AND acknowledged_at IS NOT NULL;
DROP INDEX complaints_by_customer_phone;
`,
};
