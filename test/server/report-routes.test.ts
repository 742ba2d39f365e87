import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_REPORT_PATHS } from '../../shared/sync/console-reports-api';
import { signedInStaff } from './support/console';
import { admin, createSite, openTestServer, type TestServer } from './support/test-server';

/** The console's report routes and head office's premium and policy entry: bad input gets its reason and changes nothing. */
let server: TestServer;
let cookie: string;
let siteId: string;
beforeAll(async () => {
  server = await openTestServer({ now: () => new Date('2026-11-23T02:00:00.000Z') });
  ({ cookie } = await signedInStaff(server.app));
  ({ siteId } = await createSite(server.app, 'YY42'));
});
afterAll(async () => server?.close());

const reference = (payload: object) => server.app.inject({ method: 'POST', url: CONSOLE_REPORT_PATHS.adminReference, headers: admin, payload });
const get = (url: string) => server.app.inject({ method: 'GET', url, headers: { cookie } });

describe('head office report routes', () => {
  it('enters premium and policies per site and period, refusing an unknown site, a missing figure, a nonexistent or future period', async () => {
    expect((await reference({ siteId, period: { kind: 'month', key: '2026-13' }, premium: 1 })).json()).toMatchObject({ error: { code: 'invalid_body', message: expect.stringContaining('没有这个统计期') } });
    expect((await reference({ siteId, period: { kind: 'month', key: '2027-01' }, premium: 1 })).statusCode).toBe(400);
    expect((await reference({ siteId, period: { kind: 'month', key: '2026-10' } })).statusCode).toBe(400);
    expect((await reference({ siteId, period: { kind: 'month', key: '2026-10' }, premium: -5 })).statusCode).toBe(400);
    expect((await reference({ siteId: 'nowhere', period: { kind: 'month', key: '2026-10' }, premium: 5 })).statusCode).toBe(404);
    expect((await get(`${CONSOLE_REPORT_PATHS.reference}?kind=month&key=2026-10`)).json().entries).toEqual([]);
    expect((await reference({ siteId, period: { kind: 'month', key: '2026-10' }, premium: 120_000_000 })).statusCode).toBe(200);
    // A second entry with only the policy count keeps the premium.
    await server.app.inject({ method: 'POST', url: CONSOLE_REPORT_PATHS.reference, headers: { cookie }, payload: { siteId, period: { kind: 'month', key: '2026-10' }, policies: 400_000 } });
    expect((await get(`${CONSOLE_REPORT_PATHS.reference}?kind=month&key=2026-10`)).json().entries).toEqual([
      { siteId, premium: 120_000_000, policies: 400_000, enteredBy: '张总部', enteredAt: '2026-11-23T02:00:00.000Z' },
    ]);
    // Without a session: refused.
    expect((await server.app.inject({ method: 'GET', url: `${CONSOLE_REPORT_PATHS.reference}?kind=month&key=2026-10` })).statusCode).toBe(401);
  });

  it('refuses a report that does not exist, a period that has not begun, a site that does not exist; answers the overview', async () => {
    expect((await get(`${CONSOLE_REPORT_PATHS.run}?definitionId=nope&kind=month&key=2026-11`)).statusCode).toBe(404);
    expect((await get(`${CONSOLE_REPORT_PATHS.run}?definitionId=general-statistics&kind=month&key=2026-12`)).statusCode).toBe(400);
    expect((await get(`${CONSOLE_REPORT_PATHS.run}?definitionId=general-statistics&kind=month&key=2026-11&siteId=nowhere`)).statusCode).toBe(404);
    const run = await get(`${CONSOLE_REPORT_PATHS.run}?definitionId=general-statistics&kind=month&key=2026-11`);
    expect(run.statusCode).toBe(200);
    expect(run.json().total.received.value).toBe(0);
    const overview = await get(`${CONSOLE_REPORT_PATHS.overview}?kind=month&key=2026-11`);
    expect(overview.json().attention).toEqual([expect.objectContaining({ code: 'YY42', overdue: 0, escalated: 0, vetoFailures: 0, lastPushAt: null, sync: 'never' })]);
    expect(overview.json().vetoFailures).toEqual([]);
    expect(overview.json().trend).toHaveLength(12);
  });
});
