import { afterEach, describe, expect, it } from 'vitest';
import { shanghai } from '../support/credit-fixtures';
import { figures, gradedCustomer } from '../support/credit-monthly-fixtures';
import { classTwoCustomer } from '../support/risk-class-fixtures';
import { readSubjectAccessBook, recordsOf } from '../support/subject-access-book';
import { openTestCore, type TestCore } from '../support/temp-core';

/*
 * Issue 19: a customer's subject-access export (客户本人信息查阅导出) carries its credit-limit adjustments
 * (seed002 客户管理制度3 第四十一条: proposed, approved or refused) and the risk meetings (seed000 第二篇 三、)
 * that discussed it — its own part of each: not the other customers discussed, nor their names in the conclusions.
 */

let core: TestCore;
afterEach(() => core?.close());

async function exported(customerId: string) {
  const answer = await core.call('privacy.subjectAccess', { customerId, purpose: '客户本人申请查阅' }, await core.signIn('wangjg'));
  return { ...answer, document: JSON.parse(answer.document) as Record<string, Record<string, unknown>[]> };
}

describe('privacy.subjectAccess: limit adjustments and risk meetings', () => {
  it('lists each adjustment proposed with its decision and, once approved, the day it took effect, and counts them', async () => {
    core = await openTestCore();
    const id = await gradedCustomer(core);
    const other = await gradedCustomer(core, '乙公司');
    core.clock.set(shanghai('2026-12-01T10:00:00'));
    for (const customerId of [id, other]) {
      const filled = await core.call('credit.enterFigures', figures(customerId, { balance: 70_000 }), await core.signIn('wangjg'));
      await core.call('credit.checkEvaluation', { evaluationId: filled.id, figuresAgree: true, opinion: '回款放缓，压降额度', proposedLimit: 60_000 }, await core.signIn('liuqiang'));
      core.clock.set(shanghai('2026-12-05T15:00:00'));
      await core.call('credit.decideAdjustment', { evaluationId: filled.id, decision: customerId === id ? 'approved' : 'rejected', reason: '暂不调整' }, await core.signIn('zhouht'));
    }
    const { document, rowCount } = await exported(id);
    expect(document['limitAdjustments']).toEqual([
      expect.objectContaining({ month: '2026-11', from_limit: 80_000, to_limit: 60_000, opinion: '回款放缓，压降额度', proposed_by: '刘强', decision: 'approved', decided_by: '周海涛', effective_on: '2026-12-05' }),
    ]);
    expect(document['limitAdjustments']![0]!['adjustment_id']).toEqual(expect.any(String));
    expect(document['riskMeetings']).toEqual([]);
    expect(rowCount).toBe(2); // the file and the adjustment
    const [adjustment] = recordsOf((await readSubjectAccessBook((await core.call('privacy.subjectAccess', { customerId: id, purpose: '查阅' }, await core.signIn('wangjg'))).document, 'zh-CN'))['授信额度调整']!);
    expect(adjustment).toEqual({ 月份: '2026-11', 原授信额度: 80_000, 建议授信额度: 60_000, 审核意见: '回款放缓，压降额度', 建议人: '刘强', '建议时间（北京时间）': '2026-12-01 10:00', 审批结果: '同意调整', 审批人: '周海涛', '审批时间（北京时间）': '2026-12-05 15:00', 审批意见: '暂不调整', 生效日期: '2026-12-05' });
    const refused = (await exported(other)).document['limitAdjustments'];
    expect(refused).toEqual([expect.objectContaining({ decision: 'rejected', decision_reason: '暂不调整', adjustment_id: null, effective_on: null })]);
  });

  it('gives each meeting that discussed the customer without the other customers discussed, in the workbook too', async () => {
    core = await openTestCore();
    const { customer } = await classTwoCustomer(core);
    const { customer: other } = await classTwoCustomer(core, '杭州某印染有限公司');
    const input = { kinds: ['dynamicAnalysis' as const], heldOn: '2026-11-23', attendees: ['王建国', '刘强'], conclusions: '绍兴某纺织有限公司压缩敞口；杭州某印染有限公司追加抵押。' };
    await core.call('riskMeetings.record', { ...input, customerIds: [customer.id, other.id] }, await core.signIn('wangjg'));
    const { document, rowCount } = await exported(customer.id);
    expect(document['riskMeetings']).toEqual([
      expect.objectContaining({ held_on: '2026-11-23', kinds: ['dynamicAnalysis'], attendees: ['王建国', '刘强'], conclusions: '绍兴某纺织有限公司压缩敞口；***追加抵押。', recorded_by: '王建国' }),
    ]);
    const text = JSON.stringify(document);
    expect(text).not.toContain('杭州某印染');
    expect(text).not.toContain(other.id);
    expect(rowCount).toBe(2);

    const answer = await core.call('privacy.subjectAccess', { customerId: customer.id, purpose: '查阅' }, await core.signIn('wangjg'));
    const [meeting] = recordsOf((await readSubjectAccessBook(answer.document, 'zh-CN'))['风险分析会议']!);
    expect(meeting).toMatchObject({ 会议类别: '动态分析会', '会议结论（与本客户有关）': '绍兴某纺织有限公司压缩敞口；***追加抵押。' });
  });
});
