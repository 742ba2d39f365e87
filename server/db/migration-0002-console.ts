import { sql, type Kysely } from 'kysely';
import { summariseRecord } from '../services/record-summary';

/**
 * 0002-console: what the head-office console needs.
 * - console staff accounts (scrypt hashes) and their sessions (token hashes, expiry);
 * - each device's queue backlog as it last reported it on push;
 * - a few fields of each site record extracted at apply time (status, serial,
 *   summary, search text, deadline…), so the console lists, filters and
 *   searches with plain indexed columns on both SQLite and PostgreSQL instead
 *   of dialect-specific JSON queries. Records received before are backfilled.
 */
export async function consoleMigration(db: Kysely<unknown>): Promise<void> {
  const text = 'text' as const;
  await db.schema
    .createTable('console_users')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('login', text, (c) => c.notNull().unique())
    .addColumn('display_name', text, (c) => c.notNull())
    .addColumn('password_hash', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('console_sessions')
    .addColumn('token_hash', text, (c) => c.primaryKey())
    .addColumn('user_id', text, (c) => c.notNull().references('console_users.id'))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('expires_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('console_sessions_by_user').on('console_sessions').column('user_id').execute();

  // SQLite adds one column per ALTER TABLE.
  await db.schema.alterTable('devices').addColumn('pending_after_batch', 'integer').execute();
  await db.schema.alterTable('devices').addColumn('pending_reported_at', text).execute();

  for (const column of ['status', 'serial', 'kind', 'summary', 'search_text', 'due_at', 'occurred_at', 'completed_at', 'parent_id']) {
    await db.schema.alterTable('site_records').addColumn(column, text).execute();
  }
  // Lists are newest first, across sites or for one site; history rows are found by their complaint.
  await db.schema.createIndex('site_records_by_entity_time').on('site_records').columns(['entity', 'occurred_at', 'entity_id']).execute();
  await db.schema.createIndex('site_records_by_site_entity_time').on('site_records').columns(['site_id', 'entity', 'occurred_at']).execute();
  await db.schema.createIndex('site_records_by_parent').on('site_records').columns(['site_id', 'parent_id']).execute();

  await backfill(db);
}

async function backfill(db: Kysely<unknown>): Promise<void> {
  const rows = await sql<{ site_id: string; entity: string; entity_id: string; payload: string }>`SELECT site_id, entity, entity_id, payload FROM site_records`.execute(db);
  for (const row of rows.rows) {
    const s = summariseRecord(row.entity, JSON.parse(row.payload));
    await sql`UPDATE site_records SET status = ${s.status}, serial = ${s.serial}, kind = ${s.kind}, summary = ${s.summary}, search_text = ${s.search_text},
      due_at = ${s.due_at}, occurred_at = ${s.occurred_at}, completed_at = ${s.completed_at}, parent_id = ${s.parent_id}
      WHERE site_id = ${row.site_id} AND entity = ${row.entity} AND entity_id = ${row.entity_id}`.execute(db);
  }
}
