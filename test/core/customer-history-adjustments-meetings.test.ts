import { afterEach, describe, expect, it } from 'vitest';
import { shanghai } from '../support/credit-fixtures';
import { figures, gradedCustomer } from '../support/credit-monthly-fixtures';
import { classTwoCustomer } from '../support/risk-class-fixtures';
import { openTestCore, type TestCore } from '../support/temp-core';

/*
 * Issue 19: the customer file's history (客户往来记录) tells the credit-limit adjustments of the monthly check
 * (seed002 客户管理制度3 第四十一条: proposed by the sales manager, approved or refused by the general manager)
 * and the risk meetings (seed000 第二篇 三、) that discussed the customer — only its own part of each.
 */

let core: TestCore;
afterEach(() => core?.close());

async function history(customerId: string, login = 'limei') {
  return (await core.call('customers.history', { id: customerId, page: 1 }, await core.signIn(login))).entries;
}

/** A month's figures entered by the station lead (for finance) and checked by the unit head with a proposed limit. */
async function proposeFor(customerId: string, month: string, proposedLimit: number): Promise<string> {
  const asOf = month === '2026-11' ? '2026-11-30' : '2026-12-31';
  const filled = await core.call('credit.enterFigures', figures(customerId, { month, asOf, balance: 50_000, overdueAmount: 0, earliestDueOn: null }), await core.signIn('wangjg'));
  core.clock.advance(60_000);
  await core.call('credit.checkEvaluation', { evaluationId: filled.id, figuresAgree: true, opinion: '回款放缓', proposedLimit }, await core.signIn('liuqiang'));
  return filled.id;
}

describe('customers.history: limit adjustments and risk meetings', () => {
  it('tells an adjustment proposed, approved (with the day it took effect) and one refused, amounts before and after and who', async () => {
    core = await openTestCore();
    const id = await gradedCustomer(core);
    core.clock.set(shanghai('2026-12-01T10:00:00'));
    const november = await proposeFor(id, '2026-11', 60_000);
    core.clock.set(shanghai('2026-12-05T15:00:00'));
    await core.call('credit.decideAdjustment', { evaluationId: november, decision: 'approved' }, await core.signIn('zhouht'));
    core.clock.set(shanghai('2027-01-02T10:00:00'));
    const december = await proposeFor(id, '2026-12', 90_000);
    core.clock.advance(60_000);
    await core.call('credit.decideAdjustment', { evaluationId: december, decision: 'rejected', reason: '回款未改善' }, await core.signIn('zhouht'));

    const entries = (await history(id)).filter((e) => e.type === 'limitAdjustmentProposed' || e.type === 'limitAdjustmentDecided');
    expect(entries).toEqual([
      { type: 'limitAdjustmentDecided', at: shanghai('2027-01-02T10:02:00').toISOString(), byName: '周海涛', month: '2026-12', fromLimit: 60_000, toLimit: 90_000, decision: 'rejected', reason: '回款未改善', effectiveOn: null },
      { type: 'limitAdjustmentProposed', at: shanghai('2027-01-02T10:01:00').toISOString(), byName: '刘强', month: '2026-12', fromLimit: 60_000, toLimit: 90_000 },
      { type: 'limitAdjustmentDecided', at: shanghai('2026-12-05T15:00:00').toISOString(), byName: '周海涛', month: '2026-11', fromLimit: 80_000, toLimit: 60_000, decision: 'approved', reason: null, effectiveOn: '2026-12-05' },
      { type: 'limitAdjustmentProposed', at: shanghai('2026-12-01T10:01:00').toISOString(), byName: '刘强', month: '2026-11', fromLimit: 80_000, toLimit: 60_000 },
    ]);
  });

  it('tells a check without a proposal nothing', async () => {
    core = await openTestCore();
    const id = await gradedCustomer(core);
    core.clock.set(shanghai('2026-12-01T10:00:00'));
    const filled = await core.call('credit.enterFigures', figures(id), await core.signIn('wangjg'));
    await core.call('credit.checkEvaluation', { evaluationId: filled.id, figuresAgree: true, opinion: '正常', proposedLimit: null }, await core.signIn('liuqiang'));
    expect((await history(id)).map((e) => e.type)).not.toContain('limitAdjustmentProposed');
  });

  it('tells each meeting that discussed the customer: day, kinds, conclusions without the other customers discussed, numbers masked', async () => {
    core = await openTestCore();
    const { customer: shaoxing } = await classTwoCustomer(core);
    const { customer: other } = await classTwoCustomer(core, '杭州某印染有限公司');
    const { customer: third } = await classTwoCustomer(core, '宁波某化纤有限公司');
    core.clock.advance(3_600_000);
    const conclusions = '绍兴某纺织有限公司压缩授信敞口；杭州某印染有限公司追加抵押，每周走访，联系人13812345678。';
    const input = { kinds: ['warningAnalysis', 'dynamicAnalysis'] as const, heldOn: '2026-11-23', attendees: ['王建国', '刘强'], conclusions };
    await core.call('riskMeetings.record', { ...input, kinds: [...input.kinds], customerIds: [shaoxing.id, other.id] }, await core.signIn('wangjg'));

    const meetings = (await history(shaoxing.id)).filter((e) => e.type === 'riskMeeting');
    expect(meetings).toEqual([
      { type: 'riskMeeting', at: core.clock.now().toISOString(), byName: '王建国', heldOn: '2026-11-23', kinds: ['dynamicAnalysis', 'warningAnalysis'], conclusions: '绍兴某纺织有限公司压缩授信敞口；***追加抵押，每周走访，联系人138****5678。' },
    ]);
    const others = (await history(other.id)).filter((e) => e.type === 'riskMeeting');
    expect(others.map((e) => e.type === 'riskMeeting' && e.conclusions)).toEqual(['***压缩授信敞口；杭州某印染有限公司追加抵押，每周走访，联系人138****5678。']);
    expect((await history(third.id)).map((e) => e.type)).not.toContain('riskMeeting');
  });
});
