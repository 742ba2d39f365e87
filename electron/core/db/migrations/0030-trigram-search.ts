import type Database from 'better-sqlite3';
import { registerSearchFunctions, SEARCH_HAYSTACK_FUNCTION } from '../search-functions';
import type { Migration } from './migration';

const HAYSTACK = (row: 'new' | 'old') => `${SEARCH_HAYSTACK_FUNCTION}(${row}.serial, ${row}.customer_name, ${row}.customer_phone, ${row}.content)`;

/**
 * Complaint search moves from the pair-token index `complaint_search` (0004,
 * 0008) to an FTS5 trigram index (issue 21): pairs of digits occur in nearly
 * every record, so a phone fragment walked doclists of the whole store and
 * search time grew with it (14 ms p95 at a million). A phrase of trigrams is
 * found through its rarest trigram. The matches stay the same
 * (shared/domain/trigram-search.ts); the pair index and its prefix index are
 * dropped.
 *
 * - The stored text is kept (not contentless): one- and two-character terms,
 *   which no trigram can stand for, are matched by GLOB against it.
 * - `columnsize = 0`: no per-row token counts; nothing ranks by bm25.
 * - Triggers keep the index in step with every insert, delete and change of
 *   serial, name, phone or content, in the same transaction, whoever writes.
 */
export const migration0030: Migration = {
  id: 30,
  name: 'trigram-search',
  sql: `
DROP TABLE complaint_search;
CREATE VIRTUAL TABLE complaint_trigrams USING fts5(text, tokenize = 'trigram case_sensitive 1', columnsize = 0);
CREATE TRIGGER complaint_trigrams_insert AFTER INSERT ON complaints BEGIN
  INSERT INTO complaint_trigrams (rowid, text) VALUES (new.rowid, ${HAYSTACK('new')});
END;
CREATE TRIGGER complaint_trigrams_update AFTER UPDATE OF serial, customer_name, customer_phone, content ON complaints BEGIN
  DELETE FROM complaint_trigrams WHERE rowid = old.rowid;
  INSERT INTO complaint_trigrams (rowid, text) VALUES (new.rowid, ${HAYSTACK('new')});
END;
CREATE TRIGGER complaint_trigrams_delete AFTER DELETE ON complaints BEGIN
  DELETE FROM complaint_trigrams WHERE rowid = old.rowid;
END;
`,
  data: (db: Database.Database) => {
    registerSearchFunctions(db);
    db.exec(`INSERT INTO complaint_trigrams (rowid, text)
      SELECT rowid, ${SEARCH_HAYSTACK_FUNCTION}(serial, customer_name, customer_phone, content) FROM complaints`);
    // One b-tree instead of the many segments a bulk insert leaves: the first searches after the upgrade are as quick as later ones.
    db.exec("INSERT INTO complaint_trigrams (complaint_trigrams) VALUES ('optimize')");
  },
};
