import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { capture, ordinaryTables, triggerTargets } from '../../scripts/bench/row-capture';
import { instantiate, planReplay, replayer } from '../../scripts/bench/row-replay';
import { compareCounts, freshId } from '../../scripts/bench/store-save';
import { openTestCore, type TestCore } from '../support/temp-core';

// bench:store's "same rows" baseline (issue 21 §5) captures what one save writes and replays it raw:
// it must write as many rows per table as the save, with fresh ids, whatever the save writes.

const SCHEMA = `
  CREATE TABLE items (id TEXT PRIMARY KEY, serial TEXT NOT NULL UNIQUE, body TEXT NOT NULL, grade TEXT) STRICT;
  CREATE TABLE log (seq INTEGER PRIMARY KEY AUTOINCREMENT, item_id TEXT NOT NULL REFERENCES items(id), payload TEXT NOT NULL) STRICT;
  CREATE TABLE counters (day TEXT PRIMARY KEY, last INTEGER NOT NULL) STRICT;
  CREATE TABLE tags (item_id TEXT NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (item_id, tag)) WITHOUT ROWID;
  CREATE TABLE touched (k TEXT PRIMARY KEY, at TEXT NOT NULL) STRICT;
  CREATE VIRTUAL TABLE item_text USING fts5(body, tokenize = 'trigram');
  CREATE TRIGGER item_text_insert AFTER INSERT ON items BEGIN INSERT INTO item_text (rowid, body) VALUES (new.rowid, new.body); END;
  INSERT INTO counters VALUES ('2026-12-08', 7);
  INSERT INTO touched VALUES ('k', 'then');`;

/** A "save" writing what a complaint's save writes: a row, its log with the row as JSON, a counter, a second UPDATE, an untouched rewrite. */
function save(db: Database.Database, id: string): void {
  db.transaction(() => {
    const { last } = db.prepare("UPDATE counters SET last = last + 1 WHERE day = '2026-12-08' RETURNING last").get() as { last: number };
    const serial = `S-${String(last).padStart(4, '0')}`;
    db.prepare('INSERT INTO items (id, serial, body) VALUES (?, ?, ?)').run(id, serial, '阀室噪声大');
    db.prepare("UPDATE items SET grade = 'minor' WHERE id = ?").run(id);
    db.prepare('INSERT INTO log (item_id, payload) VALUES (?, ?)').run(id, JSON.stringify({ id, serial }));
    db.prepare("INSERT INTO tags VALUES (?, 'noise')").run(id);
    db.prepare("UPDATE touched SET at = at WHERE k = 'k'").run();
  })();
}

const countOf = (db: Database.Database, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('the same-rows capture and replay', () => {
  it('writes the rows a save writes, per table, with fresh ids, leaving trigger rows to the trigger', () => {
    const db = new Database(':memory:');
    db.exec(SCHEMA);
    const tables = ordinaryTables(db);
    expect(tables.map((t) => t.name)).toEqual(['counters', 'items', 'log', 'tags', 'touched']);
    const api = capture(db, tables, () => save(db, '0193a0d2-7c4e-7a11-9c2f-0a1b2c3d4e5f'));
    expect(api.counts).toEqual({
      counters: { insert: 0, update: 1, delete: 0 },
      items: { insert: 1, update: 1, delete: 0 },
      log: { insert: 1, update: 0, delete: 0 },
      tags: { insert: 1, update: 0, delete: 0 },
      touched: { insert: 0, update: 1, delete: 0 },
      item_text: { insert: 1, update: 0, delete: 0 },
    });
    const plan = planReplay(api.changes, tables, triggerTargets(db));
    const replay = replayer(db, plan);
    const once = capture(db, tables, () => db.transaction(() => replay(instantiate(plan, freshId)))());
    expect(compareCounts(api.counts, once.counts).same).toBe(true);
    db.transaction(() => replay(instantiate(plan, freshId)))();

    expect(countOf(db, 'items')).toBe(3);
    expect(countOf(db, 'item_text')).toBe(3);
    expect(countOf(db, 'tags')).toBe(3);
    // The counter moved on by one per replay, as a save moves it.
    expect(db.prepare('SELECT last FROM counters').get()).toEqual({ last: 10 });
    const items = db.prepare('SELECT id, serial, grade FROM items ORDER BY rowid').all() as { id: string; serial: string; grade: string }[];
    expect(new Set(items.map((i) => i.id)).size).toBe(3);
    expect(items.every((i) => i.grade === 'minor' && i.serial.startsWith('S-0008'))).toBe(true);
    // Each log payload names its own item: the ids inside the JSON were replaced too.
    for (const { item_id: itemId, payload } of db.prepare('SELECT item_id, payload FROM log').all() as { item_id: string; payload: string }[]) {
      expect(JSON.parse(payload).id).toBe(itemId);
    }
  });

  it('counts a row a replay does not write as a difference', () => {
    const api = { items: { insert: 1, update: 1, delete: 0 }, audit: { insert: 1, update: 0, delete: 0 } };
    const { lines, same } = compareCounts(api, { items: { insert: 1, update: 1, delete: 0 } });
    expect(same).toBe(false);
    expect(lines).toEqual(['audit: insert 1/0  ← differs', 'items: insert 1/1 update 1/1']);
  });

  it('makes a fresh UUIDv7 for a UUID and a letters-only suffix for any other id', () => {
    const uuid = freshId('0193a0d2-7c4e-7a11-9c2f-0a1b2c3d4e5f');
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(freshId('YY42-0007')).toMatch(/^YY42-0007~[a-z]+$/);
    expect(freshId('YY42-0007')).not.toBe(freshId('YY42-0007'));
  });
});

describe('the same-rows baseline on a real store', () => {
  let core: TestCore | undefined;
  afterEach(() => core?.close());

  it('writes as many rows per table as complaints.create', async () => {
    core = await openTestCore({ demo: true });
    const session = await core.signIn('limei');
    const db = core.context.store.read;
    const create = () => core!.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '王敏', customerPhone: '13800000000', content: '阀室噪声大，要求尽快处理。' }, session);
    await create();
    const tables = ordinaryTables(db);
    let pending: Promise<unknown> = Promise.resolve();
    const api = capture(db, tables, () => void (pending = create()));
    await pending;
    expect(api.counts.complaints?.insert).toBe(1);
    const plan = planReplay(api.changes, tables, triggerTargets(db));
    const replay = replayer(db, plan);
    const before = countOf(db, 'complaints');
    const once = capture(db, tables, () => db.transaction(() => replay(instantiate(plan, freshId))).immediate());
    const { lines, same } = compareCounts(api.counts, once.counts);
    expect(same, lines.join('\n')).toBe(true);
    expect(countOf(db, 'complaints')).toBe(before + 1);
    // The core goes on saving after the replay: its counter was moved on, not set back.
    await create();
    expect(countOf(db, 'complaints')).toBe(before + 2);
  });
});
