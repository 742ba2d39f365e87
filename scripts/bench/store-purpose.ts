// bench:store's "same purpose" baseline (issue 21): what the feature needs,
// done raw, in a scratch database of its own beside the store — the complaints
// table with the same columns and indexes (its DDL read from the store), the
// users it joins, a trigram FTS5 index (contentless, deletable) over serial,
// name, phone and content, and a compact outbox holding a reference per save.
// It holds the store's complaint rows (copied; on reuse only newer ones) and is
// opened as the app opens its store: WAL, synchronous=FULL. Foreign keys are
// off: the copied DDL references tables this database does not hold.
import Database from 'better-sqlite3';
import path from 'node:path';

export interface SamePurpose {
  db: Database.Database;
  /** Writes one complaint as the feature needs it: row, index entry, outbox reference; one commit. */
  save(row: Record<string, unknown>): void;
  close(): void;
}

const FTS = "CREATE VIRTUAL TABLE IF NOT EXISTS complaint_fts USING fts5(serial, customer_name, customer_phone, content, tokenize = 'trigram', content = '', contentless_delete = 1)";
const OUTBOX = 'CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL, version INTEGER NOT NULL, at TEXT NOT NULL) STRICT';

function schemaOf(store: Database.Database, table: string): string[] {
  return (store.prepare("SELECT sql FROM main.sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL AND type IN ('table', 'index') ORDER BY type DESC, name").all(table) as { sql: string }[]).map(
    (s) => s.sql.replace(/^CREATE (TABLE|INDEX|UNIQUE INDEX) /, 'CREATE $1 IF NOT EXISTS '),
  );
}

/** Copies the store's complaints (and users) not yet in the scratch database. */
function fill(db: Database.Database, storeFile: string): number {
  db.prepare('ATTACH DATABASE ? AS store').run(storeFile);
  try {
    return db.transaction(() => {
      const { n: upTo } = db.prepare('SELECT ifnull(max(rowid), 0) AS n FROM main.complaints').get() as { n: number };
      db.exec('INSERT OR IGNORE INTO main.users SELECT * FROM store.users');
      const added = db.prepare('INSERT INTO main.complaints SELECT * FROM store.complaints WHERE rowid > ?').run(upTo).changes;
      db.prepare('INSERT INTO complaint_fts (rowid, serial, customer_name, customer_phone, content) SELECT rowid, serial, customer_name, customer_phone, content FROM main.complaints WHERE rowid > ?').run(upTo);
      return added;
    })();
  } finally {
    db.exec('DETACH DATABASE store');
  }
}

export function openSamePurpose(store: Database.Database, storeFile: string, dataDir: string): SamePurpose {
  const db = new Database(path.join(dataDir, 'bench-same-purpose.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // better-sqlite3 turns foreign keys on; the copied DDL references tables this database does not hold.
  db.pragma('foreign_keys = OFF');
  for (const sql of [...schemaOf(store, 'users'), ...schemaOf(store, 'complaints'), FTS, OUTBOX]) db.exec(sql);
  const t0 = Date.now();
  const added = fill(db, storeFile);
  db.exec("INSERT INTO complaint_fts (complaint_fts) VALUES ('optimize')");
  console.log(`same-purpose baseline database: ${added.toLocaleString('en-US')} complaints copied in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const columns = (db.prepare('PRAGMA table_info(complaints)').all() as { name: string }[]).map((c) => c.name);
  const insert = db.prepare(`INSERT INTO complaints (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  const index = db.prepare('INSERT INTO complaint_fts (rowid, serial, customer_name, customer_phone, content) VALUES (?, ?, ?, ?, ?)');
  const outbox = db.prepare("INSERT INTO outbox (entity, entity_id, version, at) VALUES ('complaint', ?, ?, ?)");
  const save = db.transaction((row: Record<string, unknown>) => {
    const rowid = insert.run(row).lastInsertRowid;
    index.run(rowid, row.serial, row.customer_name, row.customer_phone, row.content);
    outbox.run(row.id, row.version, row.updated_at);
  });
  return { db, save: (row) => save.immediate(row), close: () => db.close() };
}
