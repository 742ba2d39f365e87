import type { PersonalRecordKind, Revealed } from '../../../shared/api/privacy';
import { statement, type ReadDb } from '../db/handles';

/** Where each kind of record keeps its personal fields: the column and the name the record's answers use. */
const SOURCES: Record<PersonalRecordKind, { table: string; columns: Record<string, Revealed['fields'][number]['field']> }> = {
  customer: { table: 'customers', columns: { phone: 'phone', phone2: 'phone2', address: 'address' } },
  complaint: { table: 'complaints', columns: { customer_phone: 'customerPhone' } },
  opinionEntry: { table: 'opinion_book_entries', columns: { contact: 'contact' } },
  mediaIncident: { table: 'media_incidents', columns: { poster_contact: 'posterContact' } },
};

/** One record's personal fields as stored (the empty ones left out); null when there is no such record. */
export function personalFieldsOf(db: ReadDb, kind: PersonalRecordKind, id: string): Revealed['fields'] | null {
  const { table, columns } = SOURCES[kind];
  const row = statement(db, `SELECT ${Object.keys(columns).join(', ')} FROM ${table} WHERE id = ?`).get(id) as Record<string, string | null> | undefined;
  if (!row) return null;
  return Object.entries(columns).flatMap(([column, field]) => {
    const value = row[column];
    return value ? [{ field, value }] : [];
  });
}
