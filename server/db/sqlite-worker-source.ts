import { createRequire } from 'node:module';

/**
 * The worker thread that owns head office's SQLite database (issue 24 item 3):
 * better-sqlite3 runs every statement synchronously, so on the main thread a
 * long statement held every request, `/health` included, behind it.
 *
 * The worker is started from this source text (`new Worker(text, { eval: true })`)
 * rather than from a file of its own, so that there is no second entry to
 * find: the same code runs from the TypeScript sources (tests, tsx), from
 * `dist/server/main.mjs` (`npm run server`) and from the CommonJS bundles of
 * `scripts/bench/run.mjs`, as electron/core/db/store.ts does for its check.
 * Only better-sqlite3's entry file is passed in, resolved by the main thread
 * (an eval'd worker would resolve packages from the working directory).
 *
 * Protocol (one message each way per statement, answered in order):
 *   main → worker  { id, sql, parameters }         run one statement
 *                  { close: true }                 close the database and end
 *   worker → main  { ready: true } | { failed: error }   after opening
 *                  { id, rows, numAffectedRows, insertId, blobColumns }
 *                  { id, error: { message, code, name } }
 * An error keeps better-sqlite3's `code` (SQLITE_CONSTRAINT_UNIQUE …), which
 * db/errors.ts reads to tell a unique-key race from a failure.
 */
export const SQLITE_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.betterSqlite);

function describe(error) {
  return { message: String(error && error.message ? error.message : error), code: error && error.code, name: error && error.name };
}

function open() {
  const opened = new Database(workerData.file);
  try {
    opened.pragma('journal_mode = WAL');
    // Like the site's store: an acknowledged batch must survive a power cut, or the site would drop entries it thinks are safe.
    opened.pragma('synchronous = FULL');
    opened.pragma('foreign_keys = ON');
    opened.pragma('busy_timeout = 5000');
    return opened;
  } catch (error) {
    opened.close();
    throw error;
  }
}

// The most recently used statements stay prepared: preparing the push path's multi-row inserts took milliseconds.
const kept = new Map();
function prepared(sql) {
  let statement = kept.get(sql);
  if (statement) kept.delete(sql);
  else {
    statement = database.prepare(sql);
    if (kept.size >= workerData.keptStatements) kept.delete(kept.keys().next().value);
  }
  kept.set(sql, statement);
  return statement;
}

// Columns holding bytes arrive in the main thread as Uint8Array; it makes them Buffers again, as better-sqlite3 gives them.
function blobColumnsOf(rows) {
  const found = new Set();
  for (const row of rows) for (const key in row) if (ArrayBuffer.isView(row[key])) found.add(key);
  return [...found];
}

function run(message) {
  const statement = prepared(message.sql);
  if (statement.reader) {
    const rows = statement.all(message.parameters);
    return { id: message.id, rows, blobColumns: blobColumnsOf(rows) };
  }
  const { changes, lastInsertRowid } = statement.run(message.parameters);
  return { id: message.id, rows: [], numAffectedRows: changes, insertId: lastInsertRowid, blobColumns: [] };
}

let database;
try {
  database = open();
} catch (error) {
  // Nothing else keeps the thread alive: it ends once the answer is sent.
  parentPort.postMessage({ failed: describe(error) });
  parentPort.close();
}

if (database) parentPort.on('message', (message) => {
  if (message.close) {
    kept.clear();
    database.close();
    parentPort.close();
    return;
  }
  let answer;
  try {
    answer = run(message);
  } catch (error) {
    answer = { id: message.id, error: describe(error) };
  }
  parentPort.postMessage(answer);
});
if (database) parentPort.postMessage({ ready: true });
`;

/**
 * better-sqlite3's entry file, for the worker. `import.meta.url` is this
 * module's own URL in the sources and in the ESM bundle; the CommonJS bundles
 * of scripts/bench/run.mjs define it from their `__filename`.
 */
export function betterSqliteEntry(): string {
  return createRequire(import.meta.url).resolve('better-sqlite3');
}
