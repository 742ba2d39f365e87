import { sql, type Kysely } from 'kysely';
import type { ServerDatabase } from '../db/schema';
import type { RecordSummary } from '../services/record-summary';

/** A received entry's payload, with what it was about. */
export interface StoredEntry {
  entry_id: string;
  entity: string;
  entity_id: string;
  payload: string;
}

/** `%` and `_` in a value are literal; the same ESCAPE works on SQLite and PostgreSQL. */
const containing = (value: string) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Every version the site pushed of these records (any entity: an id is unique across a site's records). */
export async function entriesOfRecords(db: Kysely<ServerDatabase>, siteId: string, entityIds: readonly string[]): Promise<StoredEntry[]> {
  if (entityIds.length === 0) return [];
  return db
    .selectFrom('received_entries')
    .select(['entry_id', 'entity', 'entity_id', 'payload'])
    .where('site_id', '=', siteId)
    .where('entity_id', 'in', [...entityIds])
    .execute();
}

/** The site's entries whose payload holds one of the values (a copy in a history row, a notification, another record). */
export async function entriesHolding(db: Kysely<ServerDatabase>, siteId: string, values: readonly string[]): Promise<StoredEntry[]> {
  if (values.length === 0) return [];
  return db
    .selectFrom('received_entries')
    .select(['entry_id', 'entity', 'entity_id', 'payload'])
    .where('site_id', '=', siteId)
    .where((eb) => eb.or(values.map((value) => sql<boolean>`payload LIKE ${containing(JSON.stringify(value).slice(1, -1))} ESCAPE '\\'`)))
    .execute();
}

export async function rewriteEntryPayload(db: Kysely<ServerDatabase>, siteId: string, entryId: string, payload: string): Promise<void> {
  await db.updateTable('received_entries').set({ payload }).where('site_id', '=', siteId).where('entry_id', '=', entryId).execute();
}

/** The record whose current version an entry wrote, if any: its console summary is taken again from the erased payload. */
export async function resummariseRecordOf(db: Kysely<ServerDatabase>, siteId: string, entryId: string, summary: Pick<RecordSummary, 'summary' | 'search_text'>): Promise<void> {
  await db.updateTable('site_records').set(summary).where('site_id', '=', siteId).where('entry_id', '=', entryId).execute();
}
