import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_SANCTION_PATHS, consoleSanctionRollupSchema } from '../../shared/sync/console-sanctions-api';
import { signedInStaff } from './support/console';
import { enrolledSite, entry, openTestServer, push, type TestServer } from './support/test-server';

/**
 * Head office's fines and points roll-up across sites (issue 16 item 9), on
 * SQLite and, with BRANCHLINE_TEST_PG_URL (npm run test:server:pg), on
 * PostgreSQL: the sites' synced ledger entries, totals worked out by hand.
 */
let server: TestServer;
afterEach(async () => server?.close());

const NOW = new Date('2026-12-05T02:00:00.000Z');

/** A ledger entry as the site syncs it (electron/core/sanctions/ledger-service.ts: the row with serial and names). */
function ledger(over: Record<string, unknown>) {
  const id = randomUUID();
  return entry({
    entity: 'sanction_ledger',
    entityId: id,
    payload: {
      id,
      complaint_id: randomUUID(),
      sanction_id: null,
      target: 'person',
      person_id: 'u-zhang',
      person_name: '张伟',
      unit: '阳42井站',
      article_code: 'p6.40',
      measure: 'fine',
      amount: 1500,
      points: 0,
      deduction_role: null,
      note: null,
      reverses: null,
      decided_by: 'u-wang',
      decided_by_name: '王建国',
      decided_on: '2026-11-23',
      recorded_at: '2026-11-23T02:00:00.000Z',
      serial: 'YY42-20261120-0001',
      ...over,
    },
  });
}

describe('console: fines and points across sites', () => {
  it('sums per site, unit, person and month by the day decided, reversals included; refuses a bad period; needs a session', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const yy = await enrolledSite(server.app, 'YY42');
    const ab = await enrolledSite(server.app, 'AB01');
    await push(server.app, yy.auth, {
      batchId: 'y1',
      entries: [
        ledger({}),
        ledger({ target: 'unit', person_id: null, person_name: null }),
        ledger({ person_id: 'u-li', person_name: '李梅', article_code: 'p6.39', amount: 500 }),
        ledger({ person_id: 'u-li', person_name: '李梅', article_code: 'p6.39', amount: -500, reverses: 'x', decided_on: '2026-11-24' }),
        ledger({ amount: 800, article_code: 'p6.41', decided_on: '2026-12-02' }),
        ledger({ amount: 999, decided_on: '2026-10-31' }), // October: outside November
      ],
    });
    await push(server.app, ab.auth, {
      batchId: 'a1',
      entries: [ledger({ person_id: 'u-liu', person_name: '刘强', unit: '营业部', article_code: 'seed004-m.management.grade1', measure: 'points', amount: 0, points: 15, decided_on: '2026-11-30' })],
    });
    const get = (query: string) => server.app.inject({ method: 'GET', url: `${CONSOLE_SANCTION_PATHS.rollup}?${query}`, headers: { cookie } });

    // November by hand: YY42 1500 + 1500 + 500 − 500 = 3000 in 4 entries; AB01 15 points; total 3000 元, 15 points, 5 entries.
    const november = consoleSanctionRollupSchema.parse((await get('kind=month&key=2026-11')).json());
    expect(november.sites).toEqual([
      { siteId: ab.siteId, siteCode: 'AB01', amount: 0, points: 15, entries: 1 },
      { siteId: yy.siteId, siteCode: 'YY42', amount: 3000, points: 0, entries: 4 },
    ]);
    expect(november.total).toEqual({ amount: 3000, points: 15, entries: 5 });
    expect(november.persons.map((p) => [p.personName, p.amount, p.points, p.entries])).toEqual([
      ['张伟', 1500, 0, 1],
      ['刘强', 0, 15, 1],
      ['李梅', 0, 0, 2],
    ]);
    expect(november.units.find((u) => u.siteId === yy.siteId)).toEqual({ siteId: yy.siteId, unit: '阳42井站', amount: 3000, points: 0, entries: 4 });

    // The quarter: October's 999 and December's 800 too; by month 999, 3000 (+15 points), 800.
    const quarter = consoleSanctionRollupSchema.parse((await get('kind=quarter&key=2026-Q4')).json());
    expect(quarter.months).toEqual([
      { month: '2026-10', amount: 999, points: 0, entries: 1 },
      { month: '2026-11', amount: 3000, points: 15, entries: 5 },
      { month: '2026-12', amount: 800, points: 0, entries: 1 },
    ]);
    // One site only.
    expect(consoleSanctionRollupSchema.parse((await get(`kind=month&key=2026-11&siteId=${ab.siteId}`)).json()).total).toEqual({ amount: 0, points: 15, entries: 1 });

    expect((await get('kind=month&key=2026-13')).statusCode).toBe(400);
    expect((await get('kind=month&key=2027-01')).statusCode).toBe(400);
    expect((await get('kind=week&key=2026-W48')).statusCode).toBe(400);
    expect((await server.app.inject({ method: 'GET', url: `${CONSOLE_SANCTION_PATHS.rollup}?kind=month&key=2026-11` })).statusCode).toBe(401);
  });
});
