import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_RISK_PATHS, consoleRiskListSchema } from '../../shared/sync/console-risk-api';
import { signedInStaff } from './support/console';
import { enrolledSite, entry, openTestServer, push, type TestServer } from './support/test-server';

/**
 * Issue 19 §3: head office reads the risk classes of credit customers (seed000 第二篇) the sites synced, on
 * SQLite and, with BRANCHLINE_TEST_PG_URL (npm run test:server:pg), on PostgreSQL: each customer's current
 * class is its newest class change; filtered by site, class and name, counted per class, paged, masked.
 */
let server: TestServer;
afterEach(async () => server?.close());

function change(customerId: string, toClass: string, decidedAt: string, over: Record<string, unknown> = {}) {
  const id = randomUUID();
  const payload = {
    id,
    customer_id: customerId,
    proposal_id: randomUUID(),
    from_class: 'normal',
    to_class: toClass,
    reason: '贷款逾期',
    facts: JSON.stringify({ fiveLevel: 'normal', warning: 'none', overdueDays: 3, interestArrears: 0, advances: 0 }),
    judgements: '[]',
    met: '["c2.1a"]',
    proposed_by: 'u-wang',
    reviewed_by: 'u-liu',
    decided_by: 'u-chen',
    decision_note: '信审会审议通过',
    decided_at: decidedAt,
    pack_id: 'seed000-p2-risk-classes',
    pack_version: '1',
    ...over,
  };
  return entry({ entity: 'risk_class_change', entityId: id, payload: payload as never, createdAt: decidedAt });
}

const customer = (id: string, name: string, phone: string) => entry({ entity: 'customer', entityId: id, payload: { id, kind: 'organisation', name, phone } as never });

async function sitesWithClasses(app: TestServer['app']) {
  const sx = await enrolledSite(app, 'SX01');
  const hz = await enrolledSite(app, 'HZ01');
  await push(app, sx.auth, {
    batchId: 'sx',
    entries: [
      customer('c-fang', '绍兴纺织公司', '13812345678'),
      customer('c-jixie', '绍兴机械厂', '13900001111'),
      customer('c-yin', '印染公司', '13700002222'),
      change('c-fang', 'class2', '2026-11-02T02:00:00.000Z'),
      // Moved on to class 1 later: the newest change is the class.
      change('c-fang', 'class1', '2026-11-20T02:00:00.000Z', { from_class: 'class2', reason: '须清收退出，联系人电话 13812345678' }),
      change('c-jixie', 'class3', '2026-11-10T02:00:00.000Z'),
      // Back to normal: listed as normal, counted apart.
      change('c-yin', 'class3', '2026-10-01T02:00:00.000Z'),
      change('c-yin', 'normal', '2026-11-01T02:00:00.000Z', { from_class: 'class3' }),
    ],
  });
  await push(app, hz.auth, { batchId: 'hz', entries: [customer('c-jian', '杭州建材公司', '13600003333'), change('c-jian', 'class2', '2026-11-15T02:00:00.000Z')] });
  return { sx, hz };
}

describe('console: risk classes of the sites’ credit customers', () => {
  it('lists each customer’s current class per site with counts, filters and pages', async () => {
    server = await openTestServer();
    const { cookie } = await signedInStaff(server.app);
    const { sx } = await sitesWithClasses(server.app);
    const get = async (query = '') => {
      const response = await server.app.inject({ method: 'GET', url: `${CONSOLE_RISK_PATHS.list}?${query}`, headers: { cookie } });
      expect(response.statusCode).toBe(200);
      return consoleRiskListSchema.parse(response.json());
    };

    const all = await get();
    expect(all.rows.map((r) => [r.siteCode, r.customerName, r.riskClass, r.changes])).toEqual([
      ['HZ01', '杭州建材公司', 'class2', 1],
      ['SX01', '绍兴纺织公司', 'class1', 2],
      ['SX01', '绍兴机械厂', 'class3', 1],
      ['SX01', '印染公司', 'normal', 2],
    ]);
    expect(all.counts).toEqual({ class1: 1, class2: 1, class3: 1, normal: 1 });
    expect(all.total).toBe(4);
    expect(all.rows[1]).toMatchObject({ fromClass: 'class2', since: '2026-11-20T02:00:00.000Z', decisionNote: '信审会审议通过', packVersion: '1' });

    const site = await get(`siteId=${sx.siteId}`);
    expect(site.rows.map((r) => r.customerName)).toEqual(['绍兴纺织公司', '绍兴机械厂', '印染公司']);
    expect(site.counts).toEqual({ class1: 1, class2: 0, class3: 1, normal: 1 });

    const classTwo = await get('riskClass=class2');
    expect(classTwo.rows.map((r) => r.customerName)).toEqual(['杭州建材公司']);
    expect(classTwo.total).toBe(1);
    // The counts leave the class filter out, so the filter shows how many each class would give.
    expect(classTwo.counts).toEqual(all.counts);

    const named = await get(`q=${encodeURIComponent('绍兴')}`);
    expect(named.rows.map((r) => r.customerName)).toEqual(['绍兴纺织公司', '绍兴机械厂']);

    const paged = await get('limit=2&offset=2');
    expect(paged.rows.map((r) => r.customerName)).toEqual(['绍兴机械厂', '印染公司']);
    expect(paged).toMatchObject({ total: 4, offset: 2, limit: 2 });
  });

  it('is masked like every console answer: a phone number the site wrote into the reason leaves head office masked', async () => {
    server = await openTestServer();
    const { cookie } = await signedInStaff(server.app);
    await sitesWithClasses(server.app);
    const response = await server.app.inject({ method: 'GET', url: `${CONSOLE_RISK_PATHS.list}?riskClass=class1`, headers: { cookie } });
    expect(response.body).not.toContain('13812345678');
    expect(consoleRiskListSchema.parse(response.json()).rows[0]!.reason).toBe('须清收退出，联系人电话 138****5678');
  });

  it('needs a console session and refuses an unknown class', async () => {
    server = await openTestServer();
    expect((await server.app.inject({ method: 'GET', url: CONSOLE_RISK_PATHS.list })).statusCode).toBe(401);
    const { cookie } = await signedInStaff(server.app);
    expect((await server.app.inject({ method: 'GET', url: `${CONSOLE_RISK_PATHS.list}?riskClass=class9`, headers: { cookie } })).statusCode).toBe(400);
  });
});
