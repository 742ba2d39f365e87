import type { Kysely } from 'kysely';
import { DESTRUCTION_ENTITY, DISTINCTIVE_LENGTH, erasedValuesOf, redactValues, type ErasedRecords } from '../../shared/privacy/erasure';
import type { PushEntry } from '../../shared/sync/protocol';
import type { ServerDatabase } from '../db/schema';
import { summariseRecord } from '../services/record-summary';
import { entriesHolding, entriesOfRecords, remarksHolding, resummariseRecordOf, rewriteEntryPayload, rewriteRemark, type StoredEntry } from './site-destruction-repository';

/**
 * A site's approved destruction (issue 19 §4, seed002 客户管理制度1 第二十六条) reaches head office as a
 * `destruction_batch` record listing the erased records' ids, and no personal value. Head office then erases
 * its own copies: the personal fields in every version the site pushed of those records, and the same values
 * wherever else that site's entries hold them (a history row, a notification), as the site redacts its
 * outbox and audit log; the console's summaries and search text are taken again from the erased payloads.
 * Staff remarks written at head office on those records (or quoting the values on another record of the site)
 * are redacted too, as kept and as published: the site redacts its own pulled copies when it approves
 * (electron/core/privacy/destruction.ts), and a site pulling later gets the erased text.
 * Rows stay, so head office's counts do not change. Only the pushing site's entries and remarks are touched.
 */
export async function applySiteDestructions(db: Kysely<ServerDatabase>, siteId: string, entries: readonly PushEntry[]): Promise<void> {
  for (const entry of entries) {
    if (entry.entity !== DESTRUCTION_ENTITY) continue;
    await eraseRecords(db, siteId, erasedRecordsOf(entry.payload));
  }
}

function erasedRecordsOf(payload: unknown): ErasedRecords {
  const erased = payload && typeof payload === 'object' ? (payload as { erased?: unknown }).erased : undefined;
  if (!erased || typeof erased !== 'object') return {};
  return Object.fromEntries(Object.entries(erased).map(([entity, ids]) => [entity, Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []]));
}

async function eraseRecords(db: Kysely<ServerDatabase>, siteId: string, erased: ErasedRecords): Promise<void> {
  const idsOf = new Map(Object.entries(erased).map(([entity, ids]) => [entity, new Set(ids)]));
  const own = (await entriesOfRecords(db, siteId, [...idsOf.values()].flatMap((ids) => [...ids]))).filter((e) => idsOf.get(e.entity)?.has(e.entity_id));
  const values = [...new Set(own.flatMap((e) => erasedValuesOf(e.entity, JSON.parse(e.payload))))];
  if (values.length === 0) return;
  const distinctive = values.filter((v) => v.length >= DISTINCTIVE_LENGTH);
  await redactRemarks(db, siteId, [...new Set(own.map((e) => e.entity_id))], values, distinctive);
  const copies = await entriesHolding(db, siteId, distinctive);
  const touched = new Map<string, StoredEntry>([...copies, ...own].map((e) => [e.entry_id, e]));
  for (const entry of touched.values()) {
    const payload = redactValues(entry.payload, values)!;
    if (payload === entry.payload) continue;
    await rewriteEntryPayload(db, siteId, entry.entry_id, payload);
    const { summary, search_text } = summariseRecord(entry.entity, JSON.parse(payload));
    await resummariseRecordOf(db, siteId, entry.entry_id, { summary, search_text });
  }
}

/** The remarks on the erased records (every value) and those quoting a distinctive value on another record of the site. */
async function redactRemarks(db: Kysely<ServerDatabase>, siteId: string, erasedIds: readonly string[], values: readonly string[], distinctive: readonly string[]): Promise<void> {
  for (const remark of await remarksHolding(db, siteId, erasedIds, distinctive)) {
    const body = redactValues(remark.body, values)!;
    const published = redactValues(remark.published_body, values);
    if (body === remark.body && published === remark.published_body) continue;
    await rewriteRemark(db, siteId, remark, { body, published });
  }
}
