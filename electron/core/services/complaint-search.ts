import { searchDigits, searchText } from '../../../shared/domain/search-tokens';
import { statement, type WriteDb } from '../db/handles';

/** Adds a record to the full-text index (see shared/domain/search-tokens.ts for why pairs of characters). */
export function indexForSearch(
  tx: WriteDb,
  rowid: number,
  fields: { serial: string; customerName: string; customerPhone?: string | null | undefined; content: string },
): void {
  const indexed = [fields.serial, fields.customerName, fields.customerPhone, fields.content];
  statement(tx, 'INSERT INTO complaint_search (rowid, text, digits) VALUES (?, ?, ?)').run(rowid, searchText(...indexed), searchDigits(...indexed));
}
