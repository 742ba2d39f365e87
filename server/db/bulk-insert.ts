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
