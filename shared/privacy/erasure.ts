import { ERASED_MARKER } from './retention';

/**
 * What a destruction (issue 19 §4, seed002 客户管理制度1 第二十六条) erases, named as the records' synced
 * payloads name it, so the site and head office erase the same fields: head office receives the site's
 * destruction record (entity `destruction_batch`) and erases its own copies of the same records.
 */
export const ERASED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  customer: ['name', 'phone', 'phone2', 'contactPerson', 'address', 'note', 'idNumber'],
  complaint: ['customerName', 'customerPhone'],
  opinion_book_entry: ['customerName', 'contact'],
  media_incident: ['posterContact'],
  customer_follow_up: ['note'],
};

/** The entity under which a site's approved destruction travels to head office. */
export const DESTRUCTION_ENTITY = 'destruction_batch';

/** Ids of the records a destruction erased, per synced entity (no personal value travels with them). */
export type ErasedRecords = Partial<Record<string, string[]>>;

/** Values short enough to occur by chance in other people's records are redacted only in the destroyed records' own rows. */
export const DISTINCTIVE_LENGTH = 7;

/** A stored copy (JSON text) with every one of the values replaced by the marker; longest values first. */
export function redactValues(text: string | null, values: readonly string[]): string | null {
  if (text === null) return null;
  const longestFirst = [...values].sort((a, b) => b.length - a.length);
  return longestFirst.reduce((out, value) => out.split(JSON.stringify(value).slice(1, -1)).join(ERASED_MARKER), text);
}

/** The personal values a record's payload holds under its entity's erased fields (strings only, the marker left out). */
export function erasedValuesOf(entity: string, payload: unknown): string[] {
  const fields = ERASED_FIELDS[entity] ?? [];
  if (!payload || typeof payload !== 'object') return [];
  const record = payload as Record<string, unknown>;
  return fields.flatMap((field) => {
    const value = record[field];
    return typeof value === 'string' && value.trim() !== '' && value !== ERASED_MARKER ? [value] : [];
  });
}
