import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ReadDb, WriteDb } from './handles';
import { migrate } from './migrate';

export class StoreIntegrityError extends Error {}

export interface StoreOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron needs its own build). */
  nativeBinding?: string;
  now?: () => Date;
}

export interface Store {
  readonly file: string;
  /** For queries. */
  readonly read: ReadDb;
  /** Runs `work` in one IMMEDIATE transaction; the only source of a `WriteDb`. */
  transaction<T>(work: (tx: WriteDb) => T): T;
  close(): void;
}

export const DATABASE_FILE_NAME = 'branchline.sqlite';

/**
 * Opens (creating if needed) the site's database: WAL journal, foreign keys
 * on, synchronous=FULL so that a committed record survives a power cut, an
 * integrity check, then pending migrations.
 */
export function openStore(file: string, options: StoreOptions = {}): Store {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new StoreIntegrityError(`数据库完整性检查失败 / integrity check failed: ${String(check)}`);
    }
    migrate(db, options.now ?? (() => new Date()));
  } catch (error) {
    db.close();
    throw error;
  }
  const read = db as ReadDb;
  return {
    file,
    read,
    transaction: (work) => db.transaction(() => work(db as WriteDb)).immediate(),
    close: () => db.close(),
  };
}
