import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CompiledQuery, Kysely, sql, type Generated } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isUniqueViolation } from '../../server/db/errors';
import { openServerDb } from '../../server/db/open';
import { SqliteWorkerDialect } from '../../server/db/sqlite-worker-dialect';

interface TestDatabase {
  item: { id: Generated<number>; name: string; data: Buffer | null };
  part: { id: Generated<number>; item_id: number };
}

let file: string;
let db: Kysely<TestDatabase>;
beforeEach(async () => {
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'branchline-sqlite-worker-')), 'test.sqlite');
  db = new Kysely<TestDatabase>({ dialect: new SqliteWorkerDialect({ file }) });
  await sql`CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, data BLOB)`.execute(db);
  await sql`CREATE TABLE part (id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES item (id))`.execute(db);
});
afterEach(async () => db.destroy());

/** The SQLite dialect of head office (issue 24 item 3): better-sqlite3 in a worker thread. */
describe('SQLite in a worker thread', () => {
  it('opens the database as head office always has: WAL, synchronous=FULL, foreign keys, a busy timeout', async () => {
    const pragma = async (name: string) => Object.values((await sql.raw<Record<string, unknown>>(`PRAGMA ${name}`).execute(db)).rows[0]!)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(2);
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
  });

  it('answers rows, affected rows and the inserted id, and gives bytes back as a Buffer', async () => {
    const inserted = await db.insertInto('item').values({ name: '阀门', data: Buffer.from([1, 2, 3]) }).executeTakeFirstOrThrow();
    expect(inserted.insertId).toBe(1n);
    expect(inserted.numInsertedOrUpdatedRows).toBe(1n);
    await db.insertInto('item').values({ name: '管线', data: null }).execute();
    const updated = await db.updateTable('item').set({ name: sql<string>`name || '!'` }).executeTakeFirstOrThrow();
    expect(updated.numUpdatedRows).toBe(2n);

    const rows = await db.selectFrom('item').selectAll().orderBy('id').execute();
    expect(rows.map((row) => row.name)).toEqual(['阀门!', '管线!']);
    expect(Buffer.isBuffer(rows[0]!.data)).toBe(true);
    expect([...rows[0]!.data!]).toEqual([1, 2, 3]);
    expect(rows[1]!.data).toBeNull();
    const returned = await db.insertInto('item').values({ name: '表' }).returning(['id', 'name']).executeTakeFirstOrThrow();
    expect(returned).toEqual({ id: 3, name: '表' });
  });

  it("keeps better-sqlite3's error code, so a unique-key race is still told from a failure", async () => {
    await db.insertInto('item').values({ id: 1, name: 'a' }).execute();
    const primary = await db.insertInto('item').values({ id: 1, name: 'b' }).execute().catch((error: unknown) => error);
    const unique = await db.insertInto('item').values({ id: 2, name: 'a' }).execute().catch((error: unknown) => error);
    const foreign = await db.insertInto('part').values({ id: 1, item_id: 99 }).execute().catch((error: unknown) => error);
    expect(primary).toMatchObject({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY', message: expect.stringContaining('UNIQUE constraint failed: item.id') });
    expect(unique).toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' });
    expect(foreign).toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
    expect([primary, unique, foreign].map(isUniqueViolation)).toEqual([true, true, false]);
    expect(primary).toBeInstanceOf(Error);
    await expect(sql`SELEC 1`.execute(db)).rejects.toMatchObject({ code: 'SQLITE_ERROR', message: expect.stringContaining('syntax error') });
  });

  it('fails a query whose parameters cannot be sent or bound, and goes on with the next', async () => {
    const notCopyable = db.executeQuery(CompiledQuery.raw('SELECT ? AS x', [() => 1]));
    await expect(notCopyable).rejects.toThrow(/could not be cloned/);
    // better-sqlite3 binds no booleans: its TypeError, as on the main thread.
    await expect(db.executeQuery(CompiledQuery.raw('SELECT ? AS x', [true]))).rejects.toMatchObject({ name: 'TypeError', message: expect.stringContaining('can only bind') });
    expect((await sql<{ x: number }>`SELECT 1 AS x`.execute(db)).rows).toEqual([{ x: 1 }]);
  });

  it('runs one transaction at a time, and rolls a failed one back', async () => {
    const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
    // Two transactions at once, each pausing between its statements: the second waits for the first's COMMIT.
    const both = ['first', 'second'].map((name) =>
      db.transaction().execute(async (tx) => {
        await tx.insertInto('item').values({ name: `${name}-1` }).execute();
        await pause();
        await tx.insertInto('item').values({ name: `${name}-2` }).execute();
      }),
    );
    await Promise.all(both);
    const failed = db.transaction().execute(async (tx) => {
      await tx.insertInto('item').values({ name: 'kept?' }).execute();
      await tx.insertInto('item').values({ name: 'first-1' }).execute();
    });
    await expect(failed).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' });
    const names = (await db.selectFrom('item').select('name').orderBy('id').execute()).map((row) => row.name);
    expect(names).toEqual(['first-1', 'first-2', 'second-1', 'second-2']);
  });

  it('leaves the main thread free while a long statement runs', async () => {
    let longest = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    await sql`WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 8000000) SELECT count(*) AS n FROM c`.execute(db);
    const took = performance.now() - started;
    // One more tick, so that a gap the statement caused is counted.
    await new Promise((resolve) => setTimeout(resolve, 20));
    clearInterval(ticker);
    // Long enough to tell a blocked loop from a free one (8 million rows: about 1 s on an idle machine; 2 million once took 255 ms).
    expect(took).toBeGreaterThanOrEqual(300);
    // Timers went on firing: no gap near the statement's own length (on the main thread the gap was all of it).
    // A third of it, not a fixed bound: on a loaded 2-core machine a thread is sometimes descheduled for 150 ms.
    expect(longest).toBeLessThan(took / 3);
  });

  it('closes the database and ends the worker on destroy; later queries fail', async () => {
    await db.insertInto('item').values({ name: 'x' }).execute();
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    await db.destroy();
    // The last connection to close checkpoints and removes the write-ahead log: the database was closed cleanly.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    await expect(db.selectFrom('item').selectAll().execute()).rejects.toThrow();
  });

  it('lets a statement under way finish before it closes', async () => {
    const running = sql<{ n: number }>`WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) SELECT count(*) AS n FROM c`.execute(db);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await db.destroy();
    await expect(running).resolves.toMatchObject({ rows: [{ n: 300000 }] });
  });

  it('refuses to open what is not a database file, saying why', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'branchline-sqlite-worker-'));
    await expect(openServerDb(folder)).rejects.toMatchObject({ code: 'SQLITE_CANTOPEN' });
  });
});
