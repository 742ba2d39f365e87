import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReadDb } from '../../../electron/core/db/handles';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { factsOf, toComplaint } from '../../../electron/core/complaints/complaint-rows';
import { getRow } from '../../../electron/core/complaints/complaints-repository';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { fileCases, rewindTo0043, syncPayloadOf, viewsOf } from './0044-support';

/**
 * Migration 0044 moves a complaint's four JSON lists into child tables
 * (issue 22 §3): every element arrives as one row, the lists read back as the
 * values they were, the columns are gone, and the record the API answers and
 * the payload head office receives are the same as before the move.
 */
const NOW = () => new Date('2026-12-02T02:00:00.000Z');
const AT = '2026-12-01T02:00:00.000Z';

const LISTS = {
  full: {
    steps_done: '{"response.delay":"2026-11-23T03:00:00.000Z","callBack":"2026-11-25T06:30:00.000Z"}',
    agreed_due: '{"resolution":"2026-12-02T09:00:00.000Z","containment":"2026-11-26T09:00:00.000Z"}',
    pauses:
      '[{"from":"2026-11-23T04:00:00.000Z","to":"2026-11-23T09:00:00.000Z","reason":"waiting_for_test"},{"from":"2026-11-24T02:00:00.000Z","to":null,"reason":"waiting_for_sample"}]',
    // Not in sorted order: the order ticked is kept.
    ticked_criteria: '["serious.functional","level2.second-complaint","a.first-in-sort"]',
  },
  empty: { steps_done: '{}', agreed_due: '{}', pauses: '[]', ticked_criteria: '[]' },
  one: {
    steps_done: '{"callBack":"2026-11-19T03:02:00.000Z"}',
    agreed_due: '{}',
    pauses: '[{"from":"2026-11-20T02:00:00.000Z","to":"2026-11-20T02:00:00.000Z","reason":"waiting_for_test"}]',
    ticked_criteria: '["level1.media"]',
  },
};
type ListColumns = (typeof LISTS)['full'];

function storeAt0043(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, NOW, MIGRATIONS.filter((m) => m.id < 44));
  db.prepare("INSERT INTO users (id, login, display_name, roles, secret_kind, secret_hash, created_at, updated_at, version) VALUES ('u1', 'limei', '李梅', '[\"receiver\"]', 'pin', 'x', ?, ?, 1)").run(AT, AT);
  const insert = db.prepare(
    `INSERT INTO complaints (id, serial, kind, channel, status, customer_name, content, first_receiver_id, received_at, entered_at, created_by, updated_at, version,
       steps_done, agreed_due, pauses, ticked_criteria)
     VALUES (@id, @id, 'complaint', 'phone', 'in_progress', '欧阳晓芸', '噪声', 'u1', @at, @at, 'u1', @at, 1, @steps_done, @agreed_due, @pauses, @ticked_criteria)`,
  );
  for (const [id, lists] of Object.entries(LISTS)) insert.run({ id, at: AT, ...lists });
  return db;
}

const rowsOf = (db: Database.Database, sql: string) => db.prepare(sql).all();

describe('migration 0044 (complaint child tables)', () => {
  it('puts every element of the four JSON lists in its child table and drops the columns', () => {
    const db = storeAt0043();
    expect(migrate(db, NOW, MIGRATIONS.filter((m) => m.id <= 44))).toEqual([44]);
    expect(rowsOf(db, 'SELECT complaint_id, step, done_at FROM complaint_steps ORDER BY complaint_id, rowid')).toEqual([
      { complaint_id: 'full', step: 'response.delay', done_at: '2026-11-23T03:00:00.000Z' },
      { complaint_id: 'full', step: 'callBack', done_at: '2026-11-25T06:30:00.000Z' },
      { complaint_id: 'one', step: 'callBack', done_at: '2026-11-19T03:02:00.000Z' },
    ]);
    expect(rowsOf(db, 'SELECT complaint_id, step, due_at FROM complaint_agreed_due ORDER BY complaint_id, rowid')).toEqual([
      { complaint_id: 'full', step: 'resolution', due_at: '2026-12-02T09:00:00.000Z' },
      { complaint_id: 'full', step: 'containment', due_at: '2026-11-26T09:00:00.000Z' },
    ]);
    expect(rowsOf(db, 'SELECT * FROM complaint_pauses ORDER BY complaint_id, position')).toEqual([
      { complaint_id: 'full', position: 0, paused_from: '2026-11-23T04:00:00.000Z', paused_to: '2026-11-23T09:00:00.000Z', reason: 'waiting_for_test' },
      { complaint_id: 'full', position: 1, paused_from: '2026-11-24T02:00:00.000Z', paused_to: null, reason: 'waiting_for_sample' },
      { complaint_id: 'one', position: 0, paused_from: '2026-11-20T02:00:00.000Z', paused_to: '2026-11-20T02:00:00.000Z', reason: 'waiting_for_test' },
    ]);
    expect(rowsOf(db, 'SELECT * FROM complaint_criteria ORDER BY complaint_id, position')).toEqual([
      { complaint_id: 'full', position: 0, criterion: 'serious.functional' },
      { complaint_id: 'full', position: 1, criterion: 'level2.second-complaint' },
      { complaint_id: 'full', position: 2, criterion: 'a.first-in-sort' },
      { complaint_id: 'one', position: 0, criterion: 'level1.media' },
    ]);
    const columns = (db.prepare('PRAGMA table_info(complaints)').all() as { name: string }[]).map((c) => c.name);
    for (const gone of ['steps_done', 'agreed_due', 'pauses', 'ticked_criteria']) expect(columns).not.toContain(gone);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(() => db.prepare("INSERT INTO complaint_criteria VALUES ('no-such-complaint', 0, 'x')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO complaint_pauses VALUES ('one', 1, '2026-11-21T00:00:00.000Z', '2026-11-20T00:00:00.000Z', 'waiting_for_test')").run()).toThrow(/CHECK/);
  });

  it('reads each list back as the value the column held, so the record and the grading facts are those of the old row', () => {
    const db = storeAt0043();
    migrate(db, NOW);
    for (const [id, before] of Object.entries(LISTS) as [string, ListColumns][]) {
      const row = getRow(db as ReadDb, id)!; // a bare connection, as the store's read handle is one
      for (const column of Object.keys(before) as (keyof ListColumns)[]) expect(JSON.parse(row[column]), `${id}.${column}`).toEqual(JSON.parse(before[column]));
      const oldRow = { ...row, ...before };
      expect(toComplaint(row, null)).toEqual(toComplaint(oldRow, null));
      expect(factsOf(row)).toEqual(factsOf(oldRow));
    }
  });
});

describe('migration 0044 on a site store with demo data and live cases', () => {
  let core: TestCore | undefined;
  afterEach(() => core?.close());

  it('answers every complaint and builds every sync payload as before the move', async () => {
    core = await openTestCore();
    await fileCases(core);
    const at = core.clock.now();
    const before = await viewsOf(core);
    const queued = core.context.store.read
      .prepare("SELECT entity_id, payload FROM outbox WHERE entity = 'complaint' AND seq IN (SELECT max(seq) FROM outbox WHERE entity = 'complaint' GROUP BY entity_id)")
      .all() as { entity_id: string; payload: string }[];
    // The payload the core builds for a stored complaint is the one it queued at its last change.
    for (const q of queued) expect(syncPayloadOf(core, q.entity_id), q.entity_id).toEqual(JSON.parse(q.payload));
    const { dataDir } = core;
    core.close();

    rewindTo0043(path.join(dataDir, 'branchline.sqlite'));
    core = await openTestCore({ dataDir });
    core.clock.set(at);
    const db = core.context.store.read;
    expect(db.prepare('SELECT count(*) AS n FROM schema_migrations WHERE id = 44').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT (SELECT count(*) FROM complaint_steps) AS steps, (SELECT count(*) FROM complaint_agreed_due) AS agreed, (SELECT count(*) FROM complaint_pauses) AS pauses, (SELECT count(*) FROM complaint_criteria) AS criteria').get()).toEqual(before.counts);
    expect(await viewsOf(core)).toEqual(before);
    for (const q of queued) expect(syncPayloadOf(core, q.entity_id), q.entity_id).toEqual(JSON.parse(q.payload));
  });
});
