import type Database from 'better-sqlite3';

/**
 * A forward-only schema step. Files are immutable once released: a change
 * to the schema is a new numbered file, never an edit of an old one.
 */
export interface Migration {
  id: number;
  name: string;
  sql: string;
  /** A data step that needs code (e.g. filling a search index with the program's own tokenizer); runs after `sql`, in the same transaction. */
  data?: (db: Database.Database) => void;
}
