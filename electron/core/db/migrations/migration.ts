/**
 * A forward-only schema step. Files are immutable once released: a change
 * to the schema is a new numbered file, never an edit of an old one.
 */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}
