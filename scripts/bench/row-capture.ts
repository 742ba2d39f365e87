// The rows one call writes, captured from the database itself and replayed raw
// (bench:store's "same rows" baseline, issue 21 §5). Nothing here knows which
// tables a save writes: temporary triggers on every ordinary table log each
// insert, update and delete while the call runs; the rows are then read back
// and replayed as prepared INSERTs and UPDATEs with fresh ids, so the baseline
// follows whatever a save writes after the next change to it.
//   - Rows a schema trigger writes (the search index of migration 0030) are
//     left to that trigger, which fires in the replay as in the save.
//   - Virtual tables (FTS5) have no triggers: their new rows are counted by
//     rowid, to check the replay wrote as many.
import type Database from 'better-sqlite3';

export interface TableInfo {
  name: string;
  /** Every column, in order, that an INSERT may name (generated columns left out). */
  columns: string[];
  /** The INTEGER PRIMARY KEY column, which SQLite assigns; left out of replayed INSERTs. */
  rowidAlias: string | null;
  /** Key columns of a WITHOUT ROWID table (null for rowid tables). */
  key: string[] | null;
  /** Columns that are unique alone (a one-column primary key or UNIQUE index): their values are ids to replace. (A row under a several-column key holds such an id among them.) */
  unique: Set<string>;
}

export interface Change {
  table: string;
  op: 'insert' | 'update' | 'delete';
  /** rowid of a rowid table, or the key values (JSON) of a WITHOUT ROWID table. */
  at: number | string;
  /** The row as it stood after the call (null for a delete). */
  row: Record<string, unknown> | null;
  /** For an update: the columns whose value changed. */
  changed: string[];
  /** For an update: the old value of each changed column that held a number (a counter moves by the difference). */
  before: Record<string, number>;
}

const SHADOW = /_(data|idx|content|docsize|config)$/;
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function virtualTables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").all() as { name: string }[]).map((t) => t.name);
}

/** The ordinary tables of `main`: not SQLite's own, not virtual, not a virtual table's shadow tables. */
export function ordinaryTables(db: Database.Database): TableInfo[] {
  const virtual = virtualTables(db);
  const tables = db.prepare("SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string; sql: string }[];
  return tables
    .filter((t) => !t.sql.startsWith('CREATE VIRTUAL TABLE') && !virtual.some((v) => t.name.startsWith(`${v}_`) && SHADOW.test(t.name)))
    .map((t) => tableInfo(db, t.name, /WITHOUT\s+ROWID\s*;?\s*$/i.test(t.sql)));
}

function tableInfo(db: Database.Database, name: string, withoutRowid: boolean): TableInfo {
  const xinfo = db.prepare(`PRAGMA main.table_xinfo(${quote(name)})`).all() as { name: string; type: string; pk: number; hidden: number }[];
  const columns = xinfo.filter((c) => c.hidden === 0).map((c) => c.name);
  const pk = xinfo.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  const rowidAlias = !withoutRowid && pk.length === 1 && pk[0]!.type.toUpperCase() === 'INTEGER' ? pk[0]!.name : null;
  const unique = new Set(pk.length === 1 ? [pk[0]!.name] : []);
  for (const index of db.prepare(`PRAGMA main.index_list(${quote(name)})`).all() as { name: string; unique: number }[]) {
    const columns = db.prepare(`PRAGMA main.index_info(${quote(index.name)})`).all() as { name: string | null }[];
    if (index.unique && columns.length === 1 && columns[0]!.name) unique.add(columns[0]!.name);
  }
  return { name, columns, rowidAlias, key: withoutRowid ? pk.map((c) => c.name) : null, unique };
}

/** Tables the schema's own triggers write when a captured table changes: their rows come with the replay. */
export function triggerTargets(db: Database.Database): Set<string> {
  const targets = new Set<string>();
  for (const { sql } of db.prepare("SELECT sql FROM main.sqlite_master WHERE type = 'trigger'").all() as { sql: string }[]) {
    const body = sql.slice(sql.search(/\bBEGIN\b/i));
    for (const match of body.matchAll(/\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+["'`[]?(\w+)/gi)) targets.add(match[1]!);
  }
  return targets;
}

function keyOf(table: TableInfo, row: 'new' | 'old'): string {
  return table.key ? `json_array(${table.key.map((c) => `${row}.${quote(c)}`).join(', ')})` : `${row}.rowid`;
}

function createTriggers(db: Database.Database, tables: TableInfo[]): void {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS bench_capture (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, at ANY NOT NULL, changed TEXT)');
  tables.forEach((t, i) => {
    const log = (op: string, row: 'new' | 'old', changed: string) =>
      `CREATE TEMP TRIGGER bench_capture_${i}_${op} AFTER ${op.toUpperCase()} ON main.${quote(t.name)} BEGIN
         INSERT INTO temp.bench_capture (tbl, op, at, changed) VALUES ('${t.name.replaceAll("'", "''")}', '${op}', ${keyOf(t, row)}, ${changed}); END;`;
    const numeric = (c: string) => `CASE WHEN typeof(old.${quote(c)}) IN ('integer', 'real') THEN old.${quote(c)} END`;
    const changed = `json_array(${t.columns.map((c) => `CASE WHEN old.${quote(c)} IS NOT new.${quote(c)} THEN json_array('${c}', ${numeric(c)}) END`).join(', ')})`;
    db.exec(log('insert', 'new', 'NULL') + log('update', 'new', changed) + log('delete', 'old', 'NULL'));
  });
}

function readRow(db: Database.Database, table: TableInfo, at: number | string): Record<string, unknown> | null {
  const where = table.key ? table.key.map((c) => `${quote(c)} = ?`).join(' AND ') : 'rowid = ?';
  const args = table.key ? (JSON.parse(String(at)) as unknown[]) : [at];
  return (db.prepare(`SELECT * FROM main.${quote(table.name)} WHERE ${where}`).get(...args) as Record<string, unknown> | undefined) ?? null;
}

/** New rows of each virtual table since `since` (the largest rowid of each before). */
function virtualMarks(db: Database.Database): Map<string, number> {
  return new Map(virtualTables(db).map((v) => [v, (db.prepare(`SELECT ifnull(max(rowid), 0) AS n FROM main.${quote(v)}`).get() as { n: number }).n]));
}

export interface Captured {
  changes: Change[];
  /** Rows each table gained or had changed: "insert", "update", "delete" counts, virtual tables' new rows as inserts. */
  counts: Record<string, { insert: number; update: number; delete: number }>;
}

/** Runs `work` with every change to `tables` logged; returns the changes and their counts per table. */
export function capture(db: Database.Database, tables: TableInfo[], work: () => void): Captured {
  const marks = virtualMarks(db);
  createTriggers(db, tables);
  try {
    work();
  } finally {
    tables.forEach((_, i) => ['insert', 'update', 'delete'].forEach((op) => db.exec(`DROP TRIGGER IF EXISTS temp.bench_capture_${i}_${op}`)));
  }
  const byName = new Map(tables.map((t) => [t.name, t]));
  const log = db.prepare('SELECT tbl, op, at, changed FROM temp.bench_capture ORDER BY seq').all() as { tbl: string; op: Change['op']; at: number | string; changed: string | null }[];
  db.exec('DELETE FROM temp.bench_capture');
  const changes = log.map((entry): Change => {
    const table = byName.get(entry.tbl)!;
    const changed = entry.changed ? (JSON.parse(entry.changed) as ([string, number | null] | null)[]).filter((c) => c !== null) : [];
    const before = Object.fromEntries(changed.filter(([, old]) => typeof old === 'number')) as Record<string, number>;
    return { table: entry.tbl, op: entry.op, at: entry.at, row: entry.op === 'delete' ? null : readRow(db, table, entry.at), changed: changed.map(([c]) => c), before };
  });
  const counts: Captured['counts'] = {};
  const count = (table: string) => (counts[table] ??= { insert: 0, update: 0, delete: 0 });
  for (const change of changes) count(change.table)[change.op]++;
  for (const [v, before] of marks) {
    const { n } = db.prepare(`SELECT count(*) AS n FROM main.${quote(v)} WHERE rowid > ?`).get(before) as { n: number };
    if (n > 0) count(v).insert += n;
  }
  return { changes, counts };
}
