import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_RISK_MEETING_PATHS, consoleRiskMeetingListSchema } from '../../shared/sync/console-risk-meetings-api';
import type { PushEntry } from '../../shared/sync/protocol';
import { classTwoCustomer } from '../support/risk-class-fixtures';
import { openTestCore, type TestCore } from '../support/temp-core';
import { signedInStaff } from './support/console';
import { enrolledSite, entry, openTestServer, push, type TestServer } from './support/test-server';

/**
 * Issue 19 §3: the risk meetings of seed000 第二篇 三、 reach head office through the outbox (entity
 * `risk_meeting`), and the console lists those held within a month, quarter or year, per site or every
 * site, the customers named from their synced files, masked — on SQLite and, with BRANCHLINE_TEST_PG_URL,
 * on PostgreSQL. The entries are the site core's own outbox rows, so the payloads are what a site sends.
 */
let server: TestServer;
let core: TestCore;
afterEach(async () => {
  core?.close();
  await server?.close();
});

const sh = (local: string) => new Date(`${local}+08:00`);

async function siteOutbox(): Promise<PushEntry[]> {
  core = await openTestCore();
  core.clock.set(sh('2026-11-23T09:00:00'));
  const { customer } = await classTwoCustomer(core);
  const { customer: other } = await classTwoCustomer(core, '杭州某印染有限公司');
  const lead = await core.signIn('wangjg');
  await core.call('riskMeetings.record', { kinds: ['warningAnalysis'], heldOn: '2026-11-23', attendees: ['王建国', '刘强'], customerIds: [customer.id, other.id], conclusions: '压缩敞口，联系人13812345678' }, lead);
  core.clock.set(sh('2026-12-02T09:00:00'));
  await core.call('riskMeetings.record', { kinds: ['dynamicAnalysis'], heldOn: '2026-12-01', attendees: ['王建国', '刘强'], customerIds: [customer.id], conclusions: '每周走访' }, await core.signIn('wangjg'));
  const rows = core.context.store.read
    .prepare("SELECT entry_id, entity, entity_id, entity_version, payload, created_at FROM outbox WHERE entity IN ('customer', 'risk_meeting') ORDER BY created_at, entity_version")
    .all() as { entry_id: string; entity: string; entity_id: string; entity_version: number; payload: string; created_at: string }[];
  return rows.map((r) => entry({ entryId: r.entry_id, entity: r.entity, entityId: r.entity_id, entityVersion: r.entity_version, payload: JSON.parse(r.payload) as never, createdAt: r.created_at }));
}

describe('console: the sites’ risk meetings (第二篇 三、)', () => {
  it('lists the meetings held within the period, per site or every site, the customers named from their files, the conclusions masked', async () => {
    const entries = await siteOutbox();
    server = await openTestServer({ now: () => new Date('2026-12-05T02:00:00.000Z') });
    const { cookie } = await signedInStaff(server.app);
    const sx = await enrolledSite(server.app, 'SX01');
    const hz = await enrolledSite(server.app, 'HZ01');
    await push(server.app, sx.auth, { batchId: 'sx-meetings', entries });
    const get = async (query: string) => {
      const response = await server.app.inject({ method: 'GET', url: `${CONSOLE_RISK_MEETING_PATHS.list}?${query}`, headers: { cookie } });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.body).not.toContain('13812345678');
      return consoleRiskMeetingListSchema.parse(response.json());
    };
    const november = await get('kind=month&key=2026-11');
    expect(november.period).toEqual({ kind: 'month', key: '2026-11', firstDay: '2026-11-01', lastDay: '2026-11-30' });
    expect(november.meetings.map((m) => [m.siteCode, m.heldOn, m.kinds, m.customers.map((c) => c.customerName)])).toEqual([
      ['SX01', '2026-11-23', ['warningAnalysis'], ['绍兴某纺织有限公司', '杭州某印染有限公司']],
    ]);
    expect(november.meetings[0]).toMatchObject({ attendees: ['王建国', '刘强'], conclusions: '压缩敞口，联系人138****5678', recordedByName: '王建国', siteName: expect.any(String) });
    const quarter = await get(`kind=quarter&key=2026-Q4&siteId=${sx.siteId}`);
    expect(quarter.meetings.map((m) => [m.siteCode, m.heldOn])).toEqual([
      ['SX01', '2026-12-01'],
      ['SX01', '2026-11-23'],
    ]);
    expect((await get('kind=month&key=2026-10')).meetings).toEqual([]);
    expect((await get(`kind=year&key=2026&siteId=${hz.siteId}`)).meetings).toEqual([]);
    for (const bad of ['kind=month&key=2026-13', 'kind=week&key=2026-W48', 'kind=month&key=2027-01', 'kind=month']) {
      const response = await server.app.inject({ method: 'GET', url: `${CONSOLE_RISK_MEETING_PATHS.list}?${bad}`, headers: { cookie } });
      expect(response.statusCode, bad).toBe(400);
    }
  });

  it('is for console staff only', async () => {
    server = await openTestServer();
    const response = await server.app.inject({ method: 'GET', url: `${CONSOLE_RISK_MEETING_PATHS.list}?kind=month&key=2026-11` });
    expect(response.statusCode).toBe(401);
  });
});
