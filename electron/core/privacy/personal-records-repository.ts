import type { PersonalRecordKind, Revealed } from '../../../shared/api/privacy';
import { maskNumbersInText } from '../../../shared/privacy/mask';
import { statement, type ReadDb } from '../db/handles';

type RevealedField = Revealed['fields'][number]['field'];

/**
 * Where each kind of record keeps its personal fields: the column and the name the record's answers use.
 * `text` columns are free text, shown in full only when a number in them was masked.
 */
const SOURCES: Record<PersonalRecordKind, { table: string; columns: Record<string, RevealedField>; text?: Record<string, RevealedField> }> = {
  customer: { table: 'customers', columns: { phone: 'phone', phone2: 'phone2', address: 'address', id_number: 'idNumber' } },
  complaint: { table: 'complaints', columns: { customer_phone: 'customerPhone' }, text: { content: 'content' } },
  opinionEntry: { table: 'opinion_book_entries', columns: { contact: 'contact' }, text: { content: 'content' } },
  mediaIncident: { table: 'media_incidents', columns: { poster_contact: 'posterContact' }, text: { description: 'description' } },
};

/** One record's personal fields as stored (the empty ones left out); null when there is no such record. */
export function personalFieldsOf(db: ReadDb, kind: PersonalRecordKind, id: string): Revealed['fields'] | null {
  const { table, columns, text = {} } = SOURCES[kind];
  const selected = [...Object.keys(columns), ...Object.keys(text)];
  const row = statement(db, `SELECT ${selected.join(', ')} FROM ${table} WHERE id = ?`).get(id) as Record<string, string | null> | undefined;
  if (!row) return null;
  const personal = Object.entries(columns).flatMap(([column, field]) => {
    const value = row[column];
    return value ? [{ field, value }] : [];
  });
  const textWithNumbers = Object.entries(text).flatMap(([column, field]) => {
    const value = row[column];
    return value && maskNumbersInText(value) !== value ? [{ field, value }] : [];
  });
  return [...personal, ...textWithNumbers];
}
