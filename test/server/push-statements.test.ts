import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import type { ServerDatabase } from '../../server/db/schema';
import { SqliteWorkerDialect } from '../../server/db/sqlite-worker-dialect';
import type { PushAck, PushEntry } from '../../shared/sync/protocol';
import { datasetRow } from '../support/report-dataset';
import { ADMIN_TOKEN, enrolledSite, entry, openTestServerDb, push, rowCounts } from './support/test-server';

/**
 * Issue 24: on PostgreSQL a push cost a round trip per statement, and some
 * statements were sent once per record (each notification's upsert), so a
 * batch's round trips grew with its size. The statements head office sends
 * for one push are counted here through Kysely's log on the database the app
 * uses (its transaction's BEGIN and COMMIT included), for batches of 3 and of
 * 60 records of every kind the push path writes a table for: complaints with
 * their report rows, notifications, and a checklist record. Runs on SQLite
 * and, under `npm run test:server:pg`, on PostgreSQL.
 */
let statements: string[];
let db: Kysely<ServerDatabase>;
let dialect: 'sqlite' | 'postgres';
let closeAll: () => Promise<void>;

beforeEach(async () => {
  const opened = await openTestServerDb();
  dialect = opened.dialect;
  // Migrated by openTestServerDb; opened again with a log that counts what the app sends.
  await opened.close();
  statements = [];
  const log = (event: LogEvent) => void statements.push(event.query.sql);
  db =
    dialect === 'postgres'
      ? new Kysely<ServerDatabase>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: opened.target, max: 10 }) }), log })
      : new Kysely<ServerDatabase>({ dialect: new SqliteWorkerDialect({ file: opened.target }), log });
  closeAll = () => db.destroy();
});
afterEach(async () => closeAll());

/** A notification as a site pushes it (electron/core/notifications/notification-records.ts). */
function notification(id: string, version = 1): PushEntry {
  return entry({
    entity: 'notification',
    entityId: id,
    entityVersion: version,
    payload: {
      id,
      complaintId: 'c-1',
      serial: 'YY42-20261123-0001',
      obligation: 'major.closed.head-office',
      level: 0,
      notify: [],
      recipients: ['head_office'],
      copies: [],
      source: 'seed003 篇5 4.5.5',
      startsAt: '2026-11-23T02:00:00.000Z',
      createdAt: '2026-11-23T02:00:00.000Z',
      version,
    },
  });
}

/** A complaint carrying its report row, as the site's payload does (electron/core/reports/projection.ts). */
function complaint(siteId: string, tag: string, i: number): PushEntry {
  const report = { ...datasetRow(i % 8, siteId), complaint_id: `${tag}-c${i}` };
  return entry({ entity: 'complaint', entityId: report.complaint_id, entityVersion: report.version, payload: { id: report.complaint_id, report } });
}

/** `size` records: a third complaints with report rows, a third notifications, the rest checklist records, one complaint in two versions. */
function mixedBatch(siteId: string, size: number, tag: string): PushEntry[] {
  const entries: PushEntry[] = [];
  for (let i = 0; entries.length < size; i++) {
    if (i % 3 === 0) entries.push(complaint(siteId, tag, i));
    else if (i % 3 === 1) entries.push(notification(`${tag}-n${i}`));
    else entries.push(entry({ entity: 'checklist_record', entityId: `${tag}-r${i}`, payload: { title: '月度检查' } }));
  }
  const first = entries[0]!;
  entries.push({ ...first, entryId: `${first.entryId}-v2`, entityVersion: first.entityVersion + 1 });
  return entries;
}

/** The statements one push sends, and its answer. */
async function countPush(app: ReturnType<typeof buildApp>, auth: { authorization: string }, batch: { batchId: string; entries: PushEntry[] }) {
  statements.length = 0;
  const response = await push(app, auth, batch);
  expect(response.statusCode).toBe(200);
  return { count: statements.length, ack: response.json() as PushAck, sent: [...statements] };
}

describe('statements per push batch', () => {
  it('does not grow with the number of records, and stays within a handful on PostgreSQL', async () => {
    const app = buildApp({ db, adminToken: ADMIN_TOKEN });
    const site = await enrolledSite(app, 'CNT1');
    const small = await countPush(app, site.auth, { batchId: 'small', entries: mixedBatch(site.siteId, 3, 's') });
    const large = await countPush(app, site.auth, { batchId: 'large', entries: mixedBatch(site.siteId, 60, 'l') });

    expect(large.ack.acknowledged).toHaveLength(61);
    expect(large.count, `statements for 61 records:\n${large.sent.map((s) => s.slice(0, 70)).join('\n')}`).toBe(small.count);
    // The device's credential, then the transaction: turn and lookups, the writes, the commit.
    if (dialect === 'postgres') expect(large.count, large.sent.map((s) => s.slice(0, 70)).join('\n')).toBeLessThanOrEqual(5);

    const counts = await rowCounts({ db, dialect, description: '', close: async () => undefined });
    expect(counts).toMatchObject({ received_batches: 2, received_entries: 4 + 61, site_notifications: 1 + 20 });
    const reports = await db.selectFrom('report_complaints').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(reports.n)).toBe(1 + 20);
    await app.close();
  });

  it('answers a batch sent again, and one half made of duplicates, in as few statements whatever its size', async () => {
    const app = buildApp({ db, adminToken: ADMIN_TOKEN });
    const site = await enrolledSite(app, 'CNT2');
    const sizes = [4, 80];
    const counts: { resend: number; half: number }[] = [];
    for (const size of sizes) {
      const batch = { batchId: `b${size}`, entries: mixedBatch(site.siteId, size, `t${size}`) };
      const first = await countPush(app, site.auth, batch);
      const resend = await countPush(app, site.auth, batch);
      expect(resend.ack).toEqual(first.ack);
      const half = { batchId: `h${size}`, entries: [...batch.entries.slice(0, size / 2), ...mixedBatch(site.siteId, size / 2, `u${size}`)] };
      const halfAnswer = await countPush(app, site.auth, half);
      expect(halfAnswer.ack.duplicates).toBe(size / 2);
      counts.push({ resend: resend.count, half: halfAnswer.count });
    }
    expect(counts[1]).toEqual(counts[0]);
    await app.close();
  });
});

describe('the batch write', () => {
  it('keeps every payload exactly as sent, control characters, quotes and the separator of its one text included', async () => {
    const app = buildApp({ db, adminToken: ADMIN_TOKEN });
    const site = await enrolledSite(app, 'CNT3');
    const odd = ['\u001e', '\u0000', '\u001f\u0001', '引号"和\\反斜杠', '\ud800', '', ' \n\t'];
    const entries = odd.map((text, i) => entry({ entityId: `odd-${i}`, payload: { text, [`key\u001e${i}`]: [text, { n: i }] } }));
    const response = await push(app, site.auth, { batchId: 'odd', entries: [...entries, entry({ entityId: 'empty', payload: {} })] });
    expect(response.statusCode).toBe(200);
    const stored = await db.selectFrom('received_entries').select(['entity_id', 'payload']).where('site_id', '=', site.siteId).execute();
    const payloadOf = new Map(stored.map((r) => [r.entity_id, r.payload]));
    for (const e of entries) expect(payloadOf.get(e.entityId)).toBe(JSON.stringify(e.payload));
    expect(payloadOf.get('empty')).toBe('{}');
    expect(stored).toHaveLength(entries.length + 1);
    await app.close();
  });
});
