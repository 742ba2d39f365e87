import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import { DEFAULT_LIMITS } from '../http/load-limits';
import { serverMigrations, type Dialect } from './migrations';
import type { ServerDatabase } from './schema';

export interface ServerDb {
  db: Kysely<ServerDatabase>;
  dialect: Dialect;
  /** Where the data lives, for the start-up message (no password). */
  description: string;
  close(): Promise<void>;
}

/**
 * `postgres://…` or `postgresql://…` opens PostgreSQL; anything else is a
 * SQLite file path (created if needed). Pending migrations run before the
 * handle is returned.
 */
export async function openServerDb(target: string, options: { upTo?: string; acquireTimeoutMs?: number } = {}): Promise<ServerDb> {
  const opened = /^postgres(ql)?:\/\//.test(target) ? openPostgres(target, options.acquireTimeoutMs ?? DEFAULT_LIMITS.dbAcquireTimeoutMs) : openSqlite(target);
  const migrator = new Migrator({ db: opened.db, provider: serverMigrations(opened.dialect) });
  // `upTo` stops at an older migration: tests of a migration that moves data start from the schema before it.
  const result = options.upTo ? await migrator.migrateTo(options.upTo) : await migrator.migrateToLatest();
  if (result.error) {
    await opened.close();
    throw result.error instanceof Error ? result.error : new Error(String(result.error));
  }
  return opened;
}

function openSqlite(file: string): ServerDb {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  // Like the site's store: an acknowledged batch must survive a power cut, or the site would drop entries it thinks are safe.
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<ServerDatabase>({ dialect: new SqliteDialect({ database: keepingPreparedStatements(database) }) });
  return { db, dialect: 'sqlite', description: `SQLite ${path.resolve(file)}`, close: () => db.destroy() };
}

function openPostgres(url: string, acquireTimeoutMs: number): ServerDb {
  const db = postgresKysely(url, acquireTimeoutMs);
  const shown = new URL(url);
  return { db, dialect: 'postgres', description: `PostgreSQL ${shown.host}${shown.pathname}`, close: () => db.destroy() };
}

/**
 * A request waits at most `acquireTimeoutMs` for one of the pool's
 * connections, then fails (answered 503 with Retry-After, http/errors.ts):
 * without it, requests queued for the pool without bound while their parsed
 * bodies piled up in memory (issue 24 item 4).
 */
export function postgresKysely(url: string, acquireTimeoutMs: number): Kysely<ServerDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: acquireTimeoutMs });
  return new Kysely<ServerDatabase>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Kysely's SQLite driver prepares every query it runs. The push path runs the
 * same few statements every batch, its multi-row inserts with up to 15,000
 * placeholders, where preparing took milliseconds; so the most recently used
 * statements are kept. Kysely runs one query at a time on its one connection,
 * so a kept statement is never busy when it is used again.
 */
function keepingPreparedStatements(database: Database.Database, capacity = 100): SqliteDatabase {
  const kept = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(text) {
      let statement = kept.get(text);
      if (statement) kept.delete(text);
      else {
        statement = database.prepare(text);
        if (kept.size >= capacity) kept.delete(kept.keys().next().value!);
      }
      kept.set(text, statement);
      return statement;
    },
  };
}
