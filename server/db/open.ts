import fs from 'node:fs';
import path from 'node:path';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { DEFAULT_LIMITS } from '../http/load-limits';
import { serverMigrations, type Dialect } from './migrations';
import type { ServerDatabase } from './schema';
import { SqliteWorkerDialect } from './sqlite-worker-dialect';

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

/**
 * The database lives in a worker thread (sqlite-worker-dialect.ts), which
 * also sets its pragmas (WAL, synchronous=FULL, foreign keys, busy timeout)
 * and keeps prepared statements: on the main thread, SQLite's work held every
 * request behind it (issue 24 item 3).
 */
function openSqlite(file: string): ServerDb {
  const resolved = path.resolve(file);
  fs.mkdirSync(path.dirname(resolved), { recursive: true });
  const db = new Kysely<ServerDatabase>({ dialect: new SqliteWorkerDialect({ file: resolved }) });
  return { db, dialect: 'sqlite', description: `SQLite ${resolved}`, close: () => db.destroy() };
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
