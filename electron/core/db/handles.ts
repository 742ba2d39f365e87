import type Database from 'better-sqlite3';

/**
 * Read and write handles differ in type (after Signal's branded handles):
 * services that only read take a `ReadDb`; services that write take a
 * `WriteDb`, and the only way to get one is `Store.transaction`, so every
 * business write shares one transaction with its outbox and audit rows.
 */
export type ReadDb = Database.Database & { readonly __handle: 'read' | 'write' };
export type WriteDb = Database.Database & { readonly __handle: 'write' };

const statementCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per connection. */
export function statement(db: ReadDb, sql: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
