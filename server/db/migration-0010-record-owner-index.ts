import type { Kysely } from 'kysely';

/**
 * 0010-record-owner-index (issue 24 item 7): the push path's foreign-record
 * check asks, once per batch, which of the batch's (entity_id, entity) pairs
 * another site holds. `site_records_by_entity_id` (entity_id, entity) found
 * them but then read each table row for its site, and PostgreSQL chose
 * between bitmap and plain scans by its estimates. With the site in the index
 * the check is answered from the index alone (SQLite's covering index,
 * PostgreSQL's index-only scan). The new index starts with the old one's
 * columns, so whatever used the old one uses this one; the old one is dropped,
 * which spares every record write one index to maintain.
 */
export async function recordOwnerIndexMigration(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('site_records_owner_by_entity_id').on('site_records').columns(['entity_id', 'entity', 'site_id']).execute();
  await db.schema.dropIndex('site_records_by_entity_id').execute();
}
