import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerDb } from '../../server/db/open';
import { overview } from '../../server/reports/service';
import { datasetRow } from '../support/report-dataset';
import { openTestServerDb } from './support/test-server';

/**
 * The console's overview says, per site, what needs someone now (issue 20
 * item 13): open cases overdue and escalated, and whether its devices have
 * pushed within 24 h of head office's clock — on SQLite here and on
 * PostgreSQL under scripts/test-server-pg.mjs.
 */
let office: ServerDb;
const NOW = new Date('2026-04-20T00:00:00.000Z');
const HOURS_AGO = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();

beforeAll(async () => {
  office = await openTestServerDb();
  const created_at = '2026-01-01T00:00:00.000Z';
  await office.db
    .insertInto('sites')
    .values([
      { id: 'site-1', code: 'S1', name: '一号站', created_at },
      { id: 'site-2', code: 'S2', name: '二号站', created_at },
      { id: 'site-3', code: 'S3', name: '三号站', created_at },
      { id: 'site-4', code: 'S4', name: '四号站', created_at },
    ])
    .execute();
  // Site 1: January's eight records (test/support/report-dataset.ts). Open: p 2 (resolved), p 3 (in progress, escalated
  // twice), p 4 (registered). Overdue by 20 April: p 2, p 3, p 4 (due 11 Jan, 15 Jan, 9 Jan) — 3. Escalated and open: p 3 only —
  // p 1 was escalated too but is closed. Site 2: p 1 (closed, escalated) and p 3 (open, escalated) — 1 escalated, 1 overdue.
  const site1 = Array.from({ length: 8 }, (_, i) => datasetRow(i, 'site-1'));
  await office.db.insertInto('report_complaints').values([...site1, datasetRow(1, 'site-2'), datasetRow(3, 'site-2')]).execute();
  const device = (id: string, site_id: string, last_push_at: string | null, revoked_at: string | null = null) => ({
    id,
    site_id,
    name: id,
    credential_hash: `hash-${id}`,
    enrolled_at: created_at,
    revoked_at,
    last_push_at,
    pending_after_batch: null,
    pending_reported_at: null,
  });
  await office.db
    .insertInto('devices')
    .values([
      // Site 1: one device pushed 2 h ago, the other 30 h ago — the site's last push is the newer one: recent.
      device('d1a', 'site-1', HOURS_AGO(2)),
      device('d1b', 'site-1', HOURS_AGO(30)),
      // Site 2: its only live device last pushed 25 h ago; a revoked one 1 h ago does not count: stale.
      device('d2a', 'site-2', HOURS_AGO(25)),
      device('d2x', 'site-2', HOURS_AGO(1), HOURS_AGO(1)),
      // Site 3: enrolled, never pushed: never.
      device('d3a', 'site-3', null),
      // Site 4: its only device pushed 3 h ago and was then revoked: it did sync, and nothing syncs it now: stale.
      device('d4x', 'site-4', HOURS_AGO(3), HOURS_AGO(2)),
    ])
    .execute();
});
afterAll(async () => office?.close());

describe(`overview attention on ${process.env.BRANCHLINE_TEST_PG_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('counts open overdue and escalated cases per site and flags sync older than 24 h or never', async () => {
    const { attention } = await overview(office.db, 'month', '2026-04', NOW);
    expect(attention.map(({ code, overdue, escalated, lastPushAt, sync }) => ({ code, overdue, escalated, lastPushAt, sync }))).toEqual([
      { code: 'S1', overdue: 3, escalated: 1, lastPushAt: HOURS_AGO(2), sync: 'recent' },
      { code: 'S2', overdue: 1, escalated: 1, lastPushAt: HOURS_AGO(25), sync: 'stale' },
      { code: 'S3', overdue: 0, escalated: 0, lastPushAt: null, sync: 'never' },
      { code: 'S4', overdue: 0, escalated: 0, lastPushAt: HOURS_AGO(3), sync: 'stale' },
    ]);
  });

  it('judges staleness by head office clock: exactly 24 h is still recent, a minute more is stale', async () => {
    const at = (ms: number) => new Date(Date.parse(HOURS_AGO(2)) + ms);
    const site1 = async (now: Date) => (await overview(office.db, 'month', '2026-04', now)).attention.find((a) => a.code === 'S1')!.sync;
    expect(await site1(at(24 * 3_600_000))).toBe('recent');
    expect(await site1(at(24 * 3_600_000 + 60_000))).toBe('stale');
  });
});
