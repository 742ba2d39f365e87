import { sql, type Kysely } from 'kysely';
import type { Dialect } from './migrations';

const text = 'text' as const;

/**
 * 0001-initial: the sites and their devices, what they pushed, the blobs they uploaded, the
 * reference data head office publishes and head office's remarks. Released: never edited.
 */
export async function initialMigration(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await createSiteTables(db);
  await createReceivedTables(db);
  await createBlobTables(db, dialect);
  await createReferenceTables(db);
  await createRemarkTable(db);
}

/** The sites, their one-time enrolment codes and their enrolled devices. */
async function createSiteTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sites')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('code', text, (c) => c.notNull().unique())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('enrol_codes')
    .addColumn('code_hash', text, (c) => c.primaryKey())
    .addColumn('site_id', text, (c) => c.notNull().references('sites.id'))
    .addColumn('expires_at', text, (c) => c.notNull())
    .addColumn('used_at', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('devices')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('site_id', text, (c) => c.notNull().references('sites.id'))
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('credential_hash', text, (c) => c.notNull())
    .addColumn('enrolled_at', text, (c) => c.notNull())
    .addColumn('revoked_at', text)
    .addColumn('last_push_at', text)
    .execute();
  await db.schema.createIndex('devices_by_site').on('devices').column('site_id').execute();
}

/** What the sites pushed: each batch (for its acknowledgement), each outbox entry, and each record's latest version. */
async function createReceivedTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('received_batches')
    .addColumn('site_id', text, (c) => c.notNull().references('sites.id'))
    .addColumn('batch_id', text, (c) => c.notNull())
    .addColumn('entry_ids', text, (c) => c.notNull())
    .addColumn('ack', text, (c) => c.notNull())
    .addColumn('received_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('received_batches_pk', ['site_id', 'batch_id'])
    .execute();

  await db.schema
    .createTable('received_entries')
    .addColumn('site_id', text, (c) => c.notNull().references('sites.id'))
    .addColumn('entry_id', text, (c) => c.notNull())
    .addColumn('batch_id', text, (c) => c.notNull())
    .addColumn('entity', text, (c) => c.notNull())
    .addColumn('entity_id', text, (c) => c.notNull())
    .addColumn('entity_version', 'integer', (c) => c.notNull())
    .addColumn('operation', text, (c) => c.notNull())
    .addColumn('payload', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('received_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('received_entries_pk', ['site_id', 'entry_id'])
    .execute();

  await db.schema
    .createTable('site_records')
    .addColumn('site_id', text, (c) => c.notNull().references('sites.id'))
    .addColumn('entity', text, (c) => c.notNull())
    .addColumn('entity_id', text, (c) => c.notNull())
    .addColumn('entity_version', 'integer', (c) => c.notNull())
    .addColumn('payload', text, (c) => c.notNull())
    .addColumn('entry_id', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('site_records_pk', ['site_id', 'entity', 'entity_id'])
    .execute();
  // Finds a record id already owned by another site (a push naming it is refused).
  await db.schema.createIndex('site_records_by_entity_id').on('site_records').columns(['entity_id', 'entity']).execute();
}

/** Uploaded bytes, kept once, and which sites uploaded them: each site sees only the blobs it uploaded itself. */
async function createBlobTables(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('blobs')
    .addColumn('sha256', text, (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('received_at', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('blob_owners')
    .addColumn('site_id', text, (c) => c.notNull().references('sites.id'))
    .addColumn('sha256', text, (c) => c.notNull().references('blobs.sha256'))
    .addPrimaryKeyConstraint('blob_owners_pk', ['site_id', 'sha256'])
    .execute();
}

/** Published reference data (templates, packs …) by cursor, and the counter that hands the cursors out. */
async function createReferenceTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reference_items')
    .addColumn('cursor', 'integer', (c) => c.primaryKey())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('item_id', text, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('body', text, (c) => c.notNull())
    .addColumn('site_id', text, (c) => c.references('sites.id'))
    .addColumn('published_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reference_items_by_item').on('reference_items').columns(['kind', 'item_id', 'version']).execute();

  // One row per counter; publishing locks the row, so cursors commit in order (see services/reference.ts).
  await db.schema
    .createTable('counters')
    .addColumn('name', text, (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();
  await sql`INSERT INTO counters (name, value) VALUES ('reference_cursor', 0)`.execute(db);
}

/** Head office's remarks on a site's record, merged into the site's copy at its next sync. */
async function createRemarkTable(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('head_office_remarks')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('site_id', text, (c) => c.notNull().references('sites.id'))
    .addColumn('entity', text, (c) => c.notNull())
    .addColumn('entity_id', text, (c) => c.notNull())
    .addColumn('body', text, (c) => c.notNull())
    .addColumn('author', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('head_office_remarks_by_record').on('head_office_remarks').columns(['site_id', 'entity', 'entity_id']).execute();
}
