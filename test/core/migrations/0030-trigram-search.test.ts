import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { DATABASE_FILE_NAME } from '../../../electron/core/db/store';
import { listComplaints } from '../../../electron/core/complaints/complaint-list-repository';
import { searchDigits, searchQuery, searchText } from '../../../shared/domain/search-tokens';
import { searchHaystack } from '../../../shared/domain/trigram-search';
import { openTestCore, tempDir, TEST_SCRYPT_COST, type TestCore } from '../../support/temp-core';

let open: (Core | TestCore)[] = [];
afterEach(() => {
  for (const core of open) core.close();
  open = [];
});

const CASES = [
  { customerName: '诸葛小明', customerPhone: '139-1234-5678', content: '鹦鹉噪声扰民' },
  { customerName: '王敏', customerPhone: '13800138000', content: '计量间漏水，阀室有异味' },
  { customerName: 'Ｌｉ Wei', customerPhone: '(028) 8888 1234', content: 'Café 门口占道 No.42' },
];
const TERMS = ['漏水', '漏', '噪声扰', '12345678', '1234', '9123', '0288888', '8888', 'café', 'CAFE', 'ｌｉ', 'wei', '异味 王敏', '42', 'no42', '鹦鹉 漏水'];

/** Complaints made through the service, in a store of this version: the rows an old store is filled from. */
async function madeComplaints(): Promise<string> {
  const core = await openTestCore();
  const session = await core.signIn('limei');
  for (const input of CASES) await core.call('complaints.create', { kind: 'complaint', channel: 'phone', ...input }, session);
  core.close();
  return path.join(core.dataDir, DATABASE_FILE_NAME);
}

/**
 * A store as the previous version left it: migrations up to 0029, the same rows,
 * and the pair-token index `complaint_search` written as createComplaint wrote it.
 */
async function oldStore(): Promise<string> {
  const source = await madeComplaints();
  const dataDir = tempDir();
  const db = new Database(path.join(dataDir, DATABASE_FILE_NAME));
  migrate(db, () => new Date(), MIGRATIONS.filter((m) => m.id < 30));
  db.pragma('foreign_keys = OFF');
  db.prepare('ATTACH DATABASE ? AS made').run(source);
  // The tables both stores have: a later migration's tables do not exist in the old store.
  const tables = (
    db
      .prepare(
        "SELECT name FROM made.sqlite_master WHERE type = 'table' AND name NOT LIKE '%search%' AND name NOT LIKE '%trigram%' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' AND name IN (SELECT name FROM main.sqlite_master)",
      )
      .all() as { name: string }[]
  ).map((t) => t.name);
  db.transaction(() => {
    // Only the columns both tables have: later migrations add columns (0037: customers.merged_into …) and drop some (0044: the complaint's JSON lists, left at their defaults here).
    for (const table of tables) {
      const columns = (
        db.prepare(`SELECT name FROM pragma_table_info(?, 'main') WHERE name IN (SELECT name FROM pragma_table_info(?, 'made'))`).all(table, table) as { name: string }[]
      )
        .map((c) => `"${c.name}"`)
        .join(', ');
      db.exec(`INSERT OR REPLACE INTO main."${table}" (${columns}) SELECT ${columns} FROM made."${table}"`);
    }
    const index = db.prepare('INSERT INTO complaint_search (rowid, text, digits) VALUES (?, ?, ?)');
    for (const row of db.prepare('SELECT rowid, serial, customer_name, customer_phone, content FROM complaints').all() as Record<string, string | null>[]) {
      const fields = [row.serial, row.customer_name, row.customer_phone, row.content];
      index.run(row.rowid, searchText(...fields), searchDigits(...fields));
    }
  })();
  db.exec('DETACH DATABASE made');
  db.close();
  return dataDir;
}

/** What the old store's index finds for `typed`, newest first. */
function foundByPairs(file: string, typed: string): string[] {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare('SELECT c.id FROM complaint_search s JOIN complaints c ON c.rowid = s.rowid WHERE complaint_search MATCH ? ORDER BY s.rowid DESC').all(searchQuery(typed)) as { id: string }[];
  db.close();
  return rows.map((row) => row.id);
}

function found(core: Core, typed: string): string[] {
  return listComplaints(core.context.store.read, { list: 'all', query: typed, limit: 200, userId: 'nobody', now: new Date() }).items.map((item) => item.id);
}

function integrityChecked(core: Core): void {
  core.context.store.transaction((tx) => tx.exec("INSERT INTO complaint_trigrams (complaint_trigrams) VALUES ('integrity-check')"));
}

describe('migration 0030 (trigram search)', () => {
  it('indexes the records of a store made by the previous version, drops the pair index, and finds what it found', async () => {
    const dataDir = await oldStore();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const before = Object.fromEntries(TERMS.map((term) => [term, foundByPairs(file, term)]));
    expect(before['漏水'], 'the old store is searchable').toHaveLength(1);

    const core = await openCore({ dataDir, scryptCost: TEST_SCRYPT_COST, regradeEveryMs: 0 });
    open.push(core);
    const db = core.context.store.read;
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'complaint_search'").all()).toEqual([]);
    const rows = db.prepare('SELECT c.rowid, c.serial, c.customer_name, c.customer_phone, c.content, t.text FROM complaints c LEFT JOIN complaint_trigrams t ON t.rowid = c.rowid').all() as Record<string, string | null>[];
    expect(rows.length).toBeGreaterThan(CASES.length);
    for (const row of rows) expect(row.text).toBe(searchHaystack(row.serial, row.customer_name, row.customer_phone, row.content));
    expect((db.prepare('SELECT count(*) AS n FROM complaint_trigrams').get() as { n: number }).n).toBe(rows.length);
    integrityChecked(core);
    for (const term of TERMS) expect(found(core, term), term).toEqual(before[term]);
  });

  it('keeps the index in step when a complaint is created, its searchable fields change, or it is deleted', async () => {
    const core = await openTestCore();
    open.push(core);
    const session = await core.signIn('limei');
    const made = await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '欧阳晓芸', customerPhone: '135-7000-2468', content: '罗汉松倒伏' }, session);
    expect(found(core, '罗汉松')).toEqual([made.id]);
    expect(found(core, '13570002468')).toEqual([made.id]);

    core.context.store.transaction((tx) => tx.prepare("UPDATE complaints SET content = '鹦鹉噪声', customer_phone = '136 0000 9999' WHERE id = ?").run(made.id));
    expect(found(core, '罗汉松')).toEqual([]);
    expect(found(core, '13570002468')).toEqual([]);
    expect(found(core, '鹦鹉')).toEqual([made.id]);
    expect(found(core, '13600009999')).toEqual([made.id]);
    // Any other column changes nothing in the index.
    core.context.store.transaction((tx) => tx.prepare("UPDATE complaints SET unit = '阳42井站' WHERE id = ?").run(made.id));
    expect(found(core, '鹦鹉')).toEqual([made.id]);

    // A row with nothing pointing at it, so it can be deleted.
    const db = core.context.store.read;
    const row = db.prepare('SELECT * FROM complaints WHERE id = ?').get(made.id) as Record<string, unknown>;
    const columns = Object.keys(row);
    core.context.store.transaction((tx) =>
      tx.prepare(`INSERT INTO complaints (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run({ ...row, id: 'loose', serial: 'LOOSE-1', content: '孤立记录' }),
    );
    expect(found(core, '孤立记录')).toEqual(['loose']);
    core.context.store.transaction((tx) => tx.prepare("DELETE FROM complaints WHERE id = 'loose'").run());
    expect(found(core, '孤立记录')).toEqual([]);
    expect(found(core, '孤立')).toEqual([]);
    const counts = db.prepare('SELECT (SELECT count(*) FROM complaints) AS complaints, (SELECT count(*) FROM complaint_trigrams) AS indexed').get();
    expect(counts).toEqual({ complaints: expect.any(Number), indexed: (counts as { complaints: number }).complaints });
    integrityChecked(core);
  });
});
