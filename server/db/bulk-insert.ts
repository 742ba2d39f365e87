import { CompiledQuery, type Kysely } from 'kysely';
import type { ServerDatabase } from './schema';

/**
 * Most placeholders one statement gets: under SQLite's 32,766 and
 * PostgreSQL's 65,535, whatever the batch size.
 */
const MAX_PARAMETERS = 30_000;

/**
 * `INSERT INTO table (columns) VALUES (…), (…) [suffix]` as compiled queries
 * to run in order, split so none exceeds MAX_PARAMETERS. Built as text rather
 * than through Kysely's query builder: for the push path's 1000-row batches,
 * building and compiling the builder's tree (a node per value) cost more than
 * running the statement. Table, columns and suffix are the caller's constants,
 * never input; every value is a bound parameter.
 */
export function multiRowInserts<T extends keyof ServerDatabase>(
  db: Kysely<ServerDatabase>,
  table: T,
  columns: readonly (keyof ServerDatabase[T] & string)[],
  rows: readonly (readonly unknown[])[],
  suffix = '',
): CompiledQuery[] {
  const numbered = numberedPlaceholders(db);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  const queries: CompiledQuery[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const parameters: unknown[] = [];
    const tuples: string[] = [];
    for (const row of rows.slice(start, start + perStatement)) {
      if (row.length !== columns.length) throw new Error(`multiRowInserts: a row of ${row.length} values for ${columns.length} columns`);
      const marks = row.map((value) => {
        parameters.push(value);
        return numbered ? `$${parameters.length}` : '?';
      });
      tuples.push(`(${marks.join(', ')})`);
    }
    queries.push(CompiledQuery.raw(`${head}${tuples.join(', ')}${suffix ? ` ${suffix}` : ''}`, parameters));
  }
  return queries;
}

const styles = new WeakMap<object, boolean>();

/** PostgreSQL numbers its placeholders ($1, $2 …), SQLite does not (?): asked of the dialect's own compiler, once per instance. */
function numberedPlaceholders(db: Kysely<ServerDatabase>): boolean {
  let numbered = styles.get(db);
  if (numbered === undefined) {
    numbered = db.selectNoFrom((eb) => eb.val(1).as('x')).compile().sql.includes('$1');
    styles.set(db, numbered);
  }
  return numbered;
}

/**
 * A column's type, as PostgreSQL's unnest needs it spelled on each array
 * parameter. `json`: a text column holding JSON.stringify's output (a
 * payload), sent as one text of the rows' values joined by U+001E and split
 * by PostgreSQL: JSON.stringify escapes every control character, so the
 * separator never occurs inside a value, and pg is spared escaping each of a
 * payload's quotes into an array literal (half the push path's JavaScript
 * time in writing a batch, in a profile under load).
 */
export type ArrayType = 'text' | 'integer' | 'bigint' | 'json';

/** Joins `json` columns' values (ArrayType). */
const JSON_SEPARATOR = '\u001e';

/**
 * A table the push path writes a batch's rows to: its columns, each column's
 * type (for PostgreSQL's arrays) and what follows the rows (an ON CONFLICT
 * clause, or nothing). The caller's constants, never input.
 */
export interface RowsWrite {
  table: keyof ServerDatabase;
  columns: readonly string[];
  types: readonly ArrayType[];
  suffix: string;
}

/** Defines a RowsWrite, its columns typed `text` unless `types` names them. */
export function rowsWrite<T extends keyof ServerDatabase>(
  table: T,
  columns: readonly (keyof ServerDatabase[T] & string)[],
  types: Partial<Record<keyof ServerDatabase[T] & string, ArrayType>>,
  suffix = '',
): RowsWrite {
  return { table, columns, types: columns.map((c) => types[c] ?? 'text'), suffix };
}

/**
 * PostgreSQL's form of a RowsWrite: `INSERT … SELECT * FROM unnest($n::type[], …) [suffix]`,
 * column k of the rows being array parameter `first + k`. One text and as many
 * parameters as columns, whatever the number of rows.
 */
export function unnestInsertSql(write: RowsWrite, first: number): string {
  const arrays = write.types.map((type, k) => (type === 'json' ? `string_to_array($${first + k}::text, chr(30))` : `$${first + k}::${type}[]`)).join(', ');
  return `INSERT INTO ${write.table} (${write.columns.join(', ')}) SELECT * FROM unnest(${arrays})${write.suffix ? ` ${write.suffix}` : ''}`;
}

/** The rows as one array per column (a `json` column as its values joined): unnestInsertSql's parameters. */
export function columnArrays(write: RowsWrite, rows: readonly (readonly unknown[])[]): unknown[] {
  return write.types.map((type, k) => (type === 'json' ? rows.map((row) => row[k]).join(JSON_SEPARATOR) : rows.map((row) => row[k])));
}

/** SQLite's form of a RowsWrite: multi-row VALUES statements (none for no rows). */
export function valuesInserts(db: Kysely<ServerDatabase>, write: RowsWrite, rows: readonly (readonly unknown[])[]): CompiledQuery[] {
  // The columns were checked against the table where the RowsWrite was defined (rowsWrite).
  return multiRowInserts(db, write.table, write.columns as readonly never[], rows, write.suffix);
}
