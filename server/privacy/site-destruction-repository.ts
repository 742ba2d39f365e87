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

/** A remark head office wrote on one of the site's records: as kept, and as published to the site (a reference item). */
export interface StoredRemark {
  id: string;
  body: string;
  reference_cursor: number | null;
  published_body: string | null;
}

/**
 * The site's remarks written on the erased records, or holding one of the values on another record. Only the
 * pushing site's: a remark is published to one site and names a record of that site.
 */
export async function remarksHolding(db: Kysely<ServerDatabase>, siteId: string, entityIds: readonly string[], values: readonly string[]): Promise<StoredRemark[]> {
  if (entityIds.length === 0 && values.length === 0) return [];
  return db
    .selectFrom('head_office_remarks as h')
    .leftJoin('reference_items as r', (join) => join.onRef('r.cursor', '=', 'h.reference_cursor').onRef('r.site_id', '=', 'h.site_id').on('r.kind', '=', 'remark'))
    .select(['h.id', 'h.body', 'h.reference_cursor', 'r.body as published_body'])
    .where('h.site_id', '=', siteId)
    .where((eb) =>
      eb.or([
        ...(entityIds.length > 0 ? [eb('h.entity_id', 'in', [...entityIds])] : []),
        ...values.map((value) => sql<boolean>`h.body LIKE ${containing(JSON.stringify(value).slice(1, -1))} ESCAPE '\\'`),
      ]),
    )
    .execute();
}

/** Writes the remark back as kept and as published, so a site pulling it from now on gets the erased text. */
export async function rewriteRemark(db: Kysely<ServerDatabase>, siteId: string, remark: { id: string; reference_cursor: number | null }, bodies: { body: string; published: string | null }): Promise<void> {
  await db.updateTable('head_office_remarks').set({ body: bodies.body }).where('site_id', '=', siteId).where('id', '=', remark.id).execute();
  if (remark.reference_cursor === null || bodies.published === null) return;
  await db
    .updateTable('reference_items')
    .set({ body: bodies.published })
    .where('site_id', '=', siteId)
    .where('kind', '=', 'remark')
    .where('cursor', '=', remark.reference_cursor)
    .execute();
}
