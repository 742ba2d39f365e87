// Store bytes per complaint (bench:store, issue 21): the store's pages in use
// (page_count − freelist_count) per complaint, beside
//   - same rows: the same rows written afresh into a scratch file (VACUUM INTO:
//     every table and index, packed), so the ratio is the store's slack;
//   - same purpose: the scratch database of store-purpose.ts (complaints with
//     their indexes, users, a trigram index, outbox references);
// and the tables that take the most bytes per complaint (indexes and FTS5
// shadow tables counted with their table).
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { line, load, ratioLine } from './store-timing';

export function bytesInUse(db: Database.Database, schema = 'main'): number {
  const pages = db.pragma(`${schema}.page_count`, { simple: true }) as number;
  const free = db.pragma(`${schema}.freelist_count`, { simple: true }) as number;
  return (pages - free) * (db.pragma(`${schema}.page_size`, { simple: true }) as number);
}

/** Bytes per table, its indexes and (for a virtual table) its shadow tables with it, largest first. */
export function bytesByTable(db: Database.Database): { table: string; bytes: number }[] {
  const rows = db
    .prepare(
      `SELECT coalesce(v.name, m.tbl_name, s.name) AS tbl, sum(s.pgsize) AS bytes FROM dbstat('main') s
       LEFT JOIN main.sqlite_master m ON m.name = s.name
       LEFT JOIN main.sqlite_master v ON v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%' AND m.tbl_name GLOB v.name || '_*'
       GROUP BY tbl ORDER BY bytes DESC`,
    )
    .all() as { tbl: string; bytes: number }[];
  return rows.map((r) => ({ table: r.tbl, bytes: r.bytes }));
}

function complaintsIn(db: Database.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM main.complaints').get() as { n: number }).n;
}

/** The same rows, packed into a scratch file; its bytes in use. */
function sameRowsBytes(db: Database.Database, dataDir: string): number {
  const file = path.join(dataDir, 'bench-same-rows.sqlite');
  fs.rmSync(file, { force: true });
  const t0 = Date.now();
  db.prepare('VACUUM INTO ?').run(file);
  db.prepare('ATTACH DATABASE ? AS same_rows').run(file);
  try {
    const bytes = bytesInUse(db, 'same_rows');
    console.log(`same-rows baseline: the store's rows written afresh (VACUUM INTO) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return bytes;
  } finally {
    db.exec('DETACH DATABASE same_rows');
    fs.rmSync(file, { force: true });
  }
}

export function benchBytes(db: Database.Database, samePurpose: Database.Database, dataDir: string): void {
  const count = complaintsIn(db);
  const used = bytesInUse(db) / count;
  const sameRows = sameRowsBytes(db, dataDir) / count;
  const purpose = bytesInUse(samePurpose) / complaintsIn(samePurpose);
  line('store bytes per complaint: in use (pages minus free pages)', `${used.toFixed(0)} B   [${load()}]`);
  line('  baseline same rows (the same rows packed afresh)', `${sameRows.toFixed(0)} B`);
  ratioLine('  store / same rows', used / sameRows, null, true, '(the slack in the store’s pages)');
  line('  baseline same purpose (complaints, users, trigram, outbox)', `${purpose.toFixed(0)} B`);
  ratioLine('  store / same purpose', used / purpose, 1.3, true);
  console.log('  largest tables per complaint (with their indexes):');
  for (const { table, bytes } of bytesByTable(db).slice(0, 8)) line(`    ${table}`, `${(bytes / count).toFixed(0).padStart(6)} B`);
  console.log('');
}
