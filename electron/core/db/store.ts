import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { ReadDb, WriteDb } from './handles';
import { migrate } from './migrate';
import { registerSearchFunctions } from './search-functions';
import { StoreIntegrityError } from '../store-integrity-error';

export { StoreIntegrityError };

export interface StoreOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron needs its own build). */
  nativeBinding?: string;
  now?: () => Date;
  /**
   * Files up to this size are checked (PRAGMA quick_check) before the store
   * opens; larger ones in a worker thread after it opened, since the check reads
   * every page (seconds at a million complaints) and start-up must take under a
   * second. Default 64 MiB.
   */
  inlineCheckMaxBytes?: number;
}

export interface Store {
  readonly file: string;
  /** For queries. */
  readonly read: ReadDb;
  /** Runs `work` in one IMMEDIATE transaction; the only source of a `WriteDb`. */
  transaction<T>(work: (tx: WriteDb) => T): T;
  /** 'ok', or what the integrity check found; once it found damage, every write is refused (reads go on, to look and export). */
  readonly integrity: Promise<string>;
  /**
   * Copies the write-ahead log into the database file and empties it. After an erasure (issue 19 §4) the
   * log still holds the pages as they were; with secure_delete on, the file itself keeps no old value.
   */
  checkpoint(): void;
  close(): void;
}

const DEFAULT_INLINE_CHECK_MAX_BYTES = 64 * 2 ** 20;

/** The check in a worker thread, on its own read-only connection (WAL lets it read beside the writer). */
const CHECK_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.modulePath);
let db;
try {
  db = new Database(workerData.file, workerData.nativeBinding ? { readonly: true, nativeBinding: workerData.nativeBinding } : { readonly: true });
  parentPort.postMessage(String(db.pragma('quick_check', { simple: true })));
} catch (error) {
  parentPort.postMessage(String(error && error.message ? error.message : error));
} finally {
  if (db) db.close();
}`;

/** better-sqlite3's entry file, for the worker: the bundles are CommonJS (\`require\` exists); tests and dev run as ESM. */
function betterSqlitePath(): string {
  const resolver = typeof require === 'function' ? require : createRequire(path.join(process.cwd(), 'package.json'));
  return resolver.resolve('better-sqlite3');
}

function checkInWorker(file: string, nativeBinding: string | undefined): Promise<string> {
  return new Promise((resolve) => {
    const worker = new Worker(CHECK_WORKER, { eval: true, workerData: { file, nativeBinding, modulePath: betterSqlitePath() } });
    worker.once('message', (result: string) => resolve(result));
    worker.once('error', (error) => resolve(error.message));
    worker.unref();
  });
}

export const DATABASE_FILE_NAME = 'branchline.sqlite';

function integrityError(found: string): StoreIntegrityError {
  return new StoreIntegrityError(`数据库完整性检查失败，已停止写入，请联系管理员从备份恢复 / integrity check failed, writing stopped: ${found}`);
}

/**
 * Opens (creating if needed) the site's database: WAL journal, foreign keys
 * on, synchronous=FULL so that a committed record survives a power cut, an
 * integrity check, then pending migrations.
 */
export function openStore(file: string, options: StoreOptions = {}): Store {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const checkInline = (fs.existsSync(file) ? fs.statSync(file).size : 0) <= (options.inlineCheckMaxBytes ?? DEFAULT_INLINE_CHECK_MAX_BYTES);
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Deleted or overwritten content is zeroed, not left in free space: a destroyed customer's phone must not
    // stay readable in the file (seed002 客户管理制度1 第二十六条; docs/security.md).
    db.pragma('secure_delete = ON');
    if (checkInline) {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw integrityError(String(check));
    }
    registerSearchFunctions(db);
    migrate(db, options.now ?? (() => new Date()));
  } catch (error) {
    db.close();
    throw error;
  }
  let damage: string | null = null;
  const integrity = checkInline ? Promise.resolve('ok') : checkInWorker(file, options.nativeBinding);
  void integrity.then((result) => {
    if (result === 'ok') return;
    damage = result;
    console.error(`[store] ${integrityError(result).message}`);
  });
  const read = db as ReadDb;
  return {
    file,
    read,
    integrity,
    transaction: (work) => {
      if (damage !== null) throw integrityError(damage);
      return db.transaction(() => work(db as WriteDb)).immediate();
    },
    checkpoint: () => void db.pragma('wal_checkpoint(TRUNCATE)'),
    close: () => db.close(),
  };
}
