import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_CREDIT_MONTHLY_PATHS, consoleCreditMonthSchema } from '../../shared/sync/console-credit-monthly-api';
import { CONSOLE_CREDIT_PATHS, consoleCreditListSchema } from '../../shared/sync/console-risk-api';
import type { PushEntry } from '../../shared/sync/protocol';
import { openTestCore, type TestCore } from '../support/temp-core';
import { signedInStaff } from './support/console';
import { enrolledSite, entry, openTestServer, push, type TestServer } from './support/test-server';

/**
 * Issue 19 §2: the monthly credit records (seed002 客户管理制度3 第三十九条、第四十条)
 * reach head office through the outbox like the gradings, and the console
 * reads a month of them per site, masked, and an approved adjustment's limit
 * in the gradings in force (第四十一条) — on SQLite and, with
 * BRANCHLINE_TEST_PG_URL, on PostgreSQL. The entries are the site core's own
 * outbox rows, so the payloads are what a site really sends.
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
  core.clock.set(sh('2026-10-20T09:00:00'));
  const customer = await core.call('customers.create', { kind: 'organisation', name: '绍兴纺织公司', phone: '13812345678' }, await core.signIn('wangjg'));
  const quantities = { cooperationSince: '2021-05-01', lastBreachOn: null, goodOperatingYears: 3, investigationItems: [1, 2, 3, 4, 5, 6, 7], monthsCounted: 12, paymentsTotal: 1_200_000, shipmentsTotal: 960_000, hadCreditSales: true, existingCreditLimit: null, mortgageValue: null };
  const grading = await core.call('credit.propose', { customerId: customer.id, quantities, holds: ['A3', 'A5', 'A6'], reason: '评定' }, await core.signIn('liuqiang'));
  await core.call('credit.decide', { gradingId: grading.id, step: 'review', decision: 'approved' }, await core.signIn('chenzm'));
  await core.call('credit.decide', { gradingId: grading.id, step: 'approve', decision: 'approved' }, await core.signIn('zhouht'));
  core.clock.set(sh('2026-12-01T10:00:00'));
  const month = { customerId: customer.id, month: '2026-11', asOf: '2026-11-30', shipments: 60_000, payments: 50_000, overdueAmount: 5_000, earliestDueOn: '2026-11-20' };
  await core.call('credit.enterFigures', { ...month, balance: 80_000 }, await core.signIn('wangjg'));
  const corrected = await core.call('credit.enterFigures', { ...month, balance: 80_001 }, await core.signIn('wangjg'));
  await core.call('credit.checkEvaluation', { evaluationId: corrected.id, figuresAgree: true, opinion: '超限1元，已电话13812345678催收', proposedLimit: 60_000 }, await core.signIn('liuqiang'));
  await core.call('credit.fileReport', { month: '2026-11', text: '经营正常，联系人13812345678', declared: true }, await core.signIn('liuqiang'));
  // 第四十一条: the general manager approves the proposed 60 000, which becomes the limit in force.
  await core.call('credit.decideAdjustment', { evaluationId: corrected.id, decision: 'approved' }, await core.signIn('zhouht'));
  const rows = core.context.store.read
    .prepare("SELECT entry_id, entity, entity_id, entity_version, payload, created_at FROM outbox WHERE entity IN ('customer', 'credit_grading', 'credit_evaluation', 'credit_supervisor_report', 'credit_limit_adjustment') ORDER BY created_at, entity_version")
    .all() as { entry_id: string; entity: string; entity_id: string; entity_version: number; payload: string; created_at: string }[];
  return rows.map((r) => entry({ entryId: r.entry_id, entity: r.entity, entityId: r.entity_id, entityVersion: r.entity_version, payload: JSON.parse(r.payload) as never, createdAt: r.created_at }));
}

describe('console: the monthly credit records of the sites (第三十九条、第四十条)', () => {
  it('holds the latest version of each evaluation and the report, and lists a month per site, masked', async () => {
    const entries = await siteOutbox();
    server = await openTestServer({ now: () => new Date('2026-12-02T02:00:00.000Z') });
    const { cookie } = await signedInStaff(server.app);
    const sx = await enrolledSite(server.app, 'SX01');
    await enrolledSite(server.app, 'HZ01');
    await push(server.app, sx.auth, { batchId: 'sx-credit', entries });
    const get = async (query: string) => {
      const response = await server.app.inject({ method: 'GET', url: `${CONSOLE_CREDIT_MONTHLY_PATHS.month}?${query}`, headers: { cookie } });
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain('13812345678');
      return consoleCreditMonthSchema.parse(response.json());
    };
    const november = await get('month=2026-11');
    expect(november.evaluations).toEqual([
      expect.objectContaining({ siteCode: 'SX01', customerName: '绍兴纺织公司', creditLimit: 80_000, balance: 80_001, overLimit: true, overdueAmount: 5_000, overdueDays: 10, filledByName: '王建国', checkedByName: '刘强', proposedLimit: 60_000, decision: 'approved' }),
    ]);
    expect(november.evaluations[0]!.opinion).toBe('超限1元，已电话138****5678催收');
    expect(november.reports).toEqual([expect.objectContaining({ siteCode: 'SX01', filedByName: '刘强', filedOn: '2026-12-01', late: true, customers: 1, text: '经营正常，联系人138****5678' })]);
    expect(await get('month=2026-10')).toEqual({ month: '2026-10', evaluations: [], reports: [] });
    // The gradings in force show the adjusted limit (the grading's own was 80 000).
    const gradings = await server.app.inject({ method: 'GET', url: CONSOLE_CREDIT_PATHS.list, headers: { cookie } });
    expect(consoleCreditListSchema.parse(gradings.json()).rows).toEqual([expect.objectContaining({ siteCode: 'SX01', customerName: '绍兴纺织公司', grade: 'A', creditLimit: 60_000 })]);
    const bad = await server.app.inject({ method: 'GET', url: `${CONSOLE_CREDIT_MONTHLY_PATHS.month}?month=2026-13`, headers: { cookie } });
    expect(bad.statusCode).toBe(400);
  });

  it('is for console staff only', async () => {
    server = await openTestServer();
    const response = await server.app.inject({ method: 'GET', url: `${CONSOLE_CREDIT_MONTHLY_PATHS.month}?month=2026-11` });
    expect(response.statusCode).toBe(401);
  });
});
