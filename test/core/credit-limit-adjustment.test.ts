import { afterEach, describe, expect, it } from 'vitest';
import { shanghai } from '../support/credit-fixtures';
import { figures, gradedCustomer, regrade } from '../support/credit-monthly-fixtures';
import { countRows, openTestCore, type TestCore } from '../support/temp-core';

/**
 * An approved limit adjustment becomes the limit in force (seed002 客户管理制度3
 * 第四十一条, LIMIT_ADJUSTMENT): from the general manager's decision day until
 * the next grading or adjustment; the customer file shows it with its
 * history, the next evaluations, the limit holders, the cap total and the
 * review-due list use it, and head office receives it. 甲公司 holds 80 000
 * from 2026-10-20; November's check (2026-12-01) proposes 60 000.
 */

let core: TestCore;
afterEach(() => core?.close());

const count = (table: string) => (core.context.store.read.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** November's figures entered and checked with a proposal of `proposedLimit`; the evaluation's id. */
async function proposed(customerId: string, proposedLimit: number): Promise<string> {
  core.clock.set(shanghai('2026-12-01T10:00:00'));
  const filled = await core.call('credit.enterFigures', figures(customerId, { balance: 70_000 }), await core.signIn('wangjg'));
  await core.call('credit.checkEvaluation', { evaluationId: filled.id, figuresAgree: true, opinion: '回款放缓，压降额度', proposedLimit }, await core.signIn('liuqiang'));
  return filled.id;
}

const stored = () => ({ ...countRows(core), adjustments: count('credit_limit_adjustments') });

/** The general manager's decision at `at`; `writes` says whether it changed any stored row count (counted after signing in). */
async function decide(evaluationId: string, at: string, decision: 'approved' | 'rejected' = 'approved') {
  core.clock.set(shanghai(at));
  const session = await core.signIn('zhouht');
  const before = stored();
  const response = await core.dispatch({ method: 'credit.decideAdjustment', input: { evaluationId, decision, ...(decision === 'rejected' ? { reason: '暂不调整' } : {}) }, session });
  return Object.assign(response, { writes: JSON.stringify(stored()) !== JSON.stringify(before) });
}

/** December's evaluation at statement day `asOf` and balance `balance` (entered on 31 December). */
async function december(customerId: string, asOf: string, balance: number) {
  core.clock.set(shanghai('2026-12-31T10:00:00'));
  return core.call('credit.enterFigures', figures(customerId, { month: '2026-12', asOf, balance, overdueAmount: 0, earliestDueOn: null }), await core.signIn('wangjg'));
}

const creditFile = async (customerId: string) => core.call('credit.file', { customerId }, await core.signIn('zhouht'));

describe('an approved limit adjustment (第四十一条)', () => {
  it('is the limit in force from the decision day: the file, its history, the next evaluation, the cap total and the review-due list', async () => {
    core = await openTestCore();
    const id = await gradedCustomer(core);
    const evaluationId = await proposed(id, 60_000);
    expect((await creditFile(id)).limitInForce).toMatchObject({ limit: 80_000, since: '2026-10-20', adjustmentId: null });
    expect((await decide(evaluationId, '2026-12-05T15:00:00')).ok).toBe(true);
    const file = await creditFile(id);
    expect(file.limitInForce).toMatchObject({ limit: 60_000, since: '2026-12-05' });
    expect(file.adjustments).toEqual([
      expect.objectContaining({ evaluationId, month: '2026-11', fromLimit: 80_000, toLimit: 60_000, proposedByName: '刘强', approvedByName: '周海涛', effectiveOn: '2026-12-05' }),
    ]);
    expect(file.limitInForce!.adjustmentId).toBe(file.adjustments[0]!.id);
    expect(file.current?.creditLimit).toBe(80_000); // the grading itself is unchanged
    // The day before the decision the grading's limit stood; from the decision day the adjusted one.
    expect(await december(id, '2026-12-04', 70_000)).toMatchObject({ creditLimit: 80_000, overLimit: false });
    expect(await december(id, '2026-12-05', 60_000)).toMatchObject({ creditLimit: 60_000, overLimit: false });
    expect(await december(id, '2026-12-05', 60_000.01)).toMatchObject({ creditLimit: 60_000, overLimit: true });
    expect((await core.call('credit.cap', {}, await core.signIn('wangjg'))).totalInForce).toBe(60_000);
    expect((await core.call('credit.reviewDue', {}, await core.signIn('wangjg')))[0]).toMatchObject({ customerId: id, creditLimit: 60_000, approvedOn: '2026-10-20' });
  });

  it('is append-only, audited and sent to head office without the customer name', async () => {
    core = await openTestCore();
    const id = await gradedCustomer(core);
    await decide(await proposed(id, 50_000), '2026-12-02T09:00:00');
    const sent = core.context.store.read.prepare("SELECT entity_version, payload FROM outbox WHERE entity = 'credit_limit_adjustment'").all() as { entity_version: number; payload: string }[];
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!.payload)).toMatchObject({ customerId: id, fromLimit: 80_000, toLimit: 50_000, effectiveOn: '2026-12-02', month: '2026-11' });
    expect(sent[0]!.payload).not.toContain('甲公司');
    expect(count("audit_log WHERE action = 'credit.adjustLimit'")).toBe(1);
    expect(() => core.context.store.read.prepare('UPDATE credit_limit_adjustments SET to_limit = 1').run()).toThrow(/append-only/);
    expect(() => core.context.store.read.prepare('DELETE FROM credit_limit_adjustments').run()).toThrow(/append-only/);
  });

  it('an adjustment to 0 ends the customer holding a limit: the next month owes no evaluation or report for it', async () => {
    core = await openTestCore();
    const id = await gradedCustomer(core);
    await decide(await proposed(id, 0), '2026-12-31T23:00:00');
    core.clock.set(shanghai('2027-01-10T09:00:00'));
    const january = await core.call('credit.month', { month: '2027-01' }, await core.signIn('wangjg'));
    expect([january.reportRequired, january.rows.filter((r) => r.required)]).toEqual([false, []]);
    const december = await core.call('credit.month', { month: '2026-12' }, await core.signIn('wangjg'));
    expect(december.rows.find((r) => r.customerId === id)?.required).toBe(true);
  });

  it('a rejected proposal leaves the limit in force as it was', async () => {
    core = await openTestCore();
    const id = await gradedCustomer(core);
    const decided = await decide(await proposed(id, 60_000), '2026-12-05T09:00:00', 'rejected');
    expect([decided.ok, decided.writes]).toEqual([true, true]); // the evaluation's decision: audit and outbox rows
    expect(await creditFile(id)).toMatchObject({ limitInForce: { limit: 80_000, adjustmentId: null }, adjustments: [] });
    expect(await december(id, '2026-12-20', 70_000)).toMatchObject({ creditLimit: 80_000 });
    expect(count('credit_limit_adjustments')).toBe(0);
  });

  it('refuses, writing nothing, when the limit changed after the figures were entered or when the raise would pass the cap', async () => {
    core = await openTestCore();
    const id = await gradedCustomer(core);
    const stale = await proposed(id, 60_000);
    core.clock.set(shanghai('2026-12-03T09:00:00'));
    await regrade(core, id);
    const refused = await decide(stale, '2026-12-05T09:00:00');
    expect(refused.ok ? null : [refused.error.code, refused.error.reason]).toEqual(['CONFLICT', { key: 'creditMonthly.errors.limitChangedSince' }]);
    expect(refused.writes).toBe(false);
    expect((await core.call('credit.month', { month: '2026-11' }, await core.signIn('zhouht'))).rows[0]!.evaluation!.decision).toBeNull();

    const other = await gradedCustomer(core, '乙公司');
    const raise = await proposed(other, 80_000.01);
    await core.call('credit.setCap', { totalCap: 160_000, baseDay: '2026-01-01' }, await core.signIn('wangjg'));
    const over = await decide(raise, '2026-12-06T09:00:00');
    expect(over.ok ? null : [over.error.code, over.error.reason]).toEqual(['CONFLICT', { key: 'credit.errors.totalCapExceeded', params: { cap: 160_000, total: 160_000.01 } }]);
    expect(over.writes).toBe(false);
  });
});
