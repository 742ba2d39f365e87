import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed004 §E';
const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();
const reply = { type: 'resolve', result: '已回复客户：更换不良批次', replyMethod: 'phone' } as const;
/** On time at its due moment, late a minute after. */
const boundary = (due: string) => ({ due, overdueAtDue: false, overdueAMinuteLater: true });

async function manufacturer() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('manufacturer-e');
  await d.map('limei', ['sales_rep']);
  await d.map('wangjg', ['marketing_head', 'department_head']);
  await d.map('chenzm', ['marketing_vp']);
  await d.map('liuqiang', ['quality_head']);
  await d.map('zhangwei', ['qe_engineer']);
  await d.map('zhouht', ['responsible_department']);
  return d;
}

describe(`the manufacturer: marketing passes the handling sheet to quality, approved and signed for before the reply (${S} 4, 5.1–5.3)`, () => {
  it('general: accepted by the sales representative and handed to QE; answered only after a department head approved and the quality head signed for the sheet (5.2.2, 5.3)', async () => {
    const d = await manufacturer();
    let c = await d.create('zhaoli', { content: '外销订单的包装破损，要求更换。' });
    expect(c.grade).toMatchObject({ packVersion: '1.1.0', classCode: 'general' });
    expect(await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '受理', rolesZh: '营销业务员 或 营销部主任', source: `${S} 5.2.1, 5.2.2` } },
    });
    expect(await d.refused('limei', c, { type: 'accept', assigneeId: await d.userId('zhaoli') })).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.handOver', params: { rolesZh: '品管部QE工程师 或 责任部门' } },
    });
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(await d.refused('limei', c, { type: 'planSolution', resolverId: await d.userId('zhouht'), measures: '追查包装工序', dueAt: inAnHour() })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { params: { stepZh: '处理并答复', source: `${S} 4.2, 5.3.1–5.3.3` } },
    });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhouht'), measures: '责任部门追查包装工序并提出纠正措施', dueAt: inAnHour() });

    expect(await d.refused('zhouht', c, reply)).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.approvalMissing', params: { stepZh: '审批', rolesZh: '部门主任级以上人员 或 营销副总（营销部副总经理）', source: `${S} 5.2.2` } },
    });
    // The quality head signs for an approved sheet only.
    expect(await d.approvalRefused('liuqiang', c, 'sign')).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.approvalMissing', params: { stepZh: '审批' } } });
    expect(await d.approvalRefused('liuqiang', c, 'approve')).toMatchObject({ code: 'FORBIDDEN', reason: { params: { rolesZh: '部门主任级以上人员 或 营销副总（营销部副总经理）' } } });
    c = await d.approve('wangjg', c, 'approve');
    expect(await d.refused('zhouht', c, reply)).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.approvalMissing', params: { stepZh: '签字确认', rolesZh: '品管部负责人' } } });
    expect(await d.approvalRefused('wangjg', c, 'sign')).toMatchObject({ code: 'FORBIDDEN', reason: { params: { rolesZh: '品管部负责人', source: `${S} 5.2.2` } } });
    c = await d.approve('liuqiang', c, 'sign');
    c = await d.act('zhouht', c, reply);
    expect(c.status).toBe('resolved');
  });

  it('major: only the marketing VP approves the sheet; a department head may not (5.2.2)', async () => {
    const d = await manufacturer();
    let c = await d.create('limei', { tickedCriteria: ['major'] });
    expect(c.classCode).toBe('major');
    c = await d.act('wangjg', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(await d.approvalRefused('wangjg', c, 'approve')).toMatchObject({ code: 'FORBIDDEN', reason: { params: { stepZh: '审批', rolesZh: '营销副总（营销部副总经理）', source: `${S} 5.2.2` } } });
    c = await d.approve('chenzm', c, 'approve');
    expect(c.workflow.route?.approvals.map((a) => [a.step, a.given?.byName ?? null])).toEqual([
      ['approve', '陈志明'],
      ['sign', null],
    ]);
    c = await d.approve('liuqiang', c, 'sign');
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '临时改善：全检库存', dueAt: inAnHour() });
    c = await d.act('zhangwei', c, reply);
    expect(c.status).toBe('resolved');
  });

  it('times the sheet’s hour, the general reply’s 3 working days, the major 8 working hours and 2 working days to the minute (5.2.2, 5.3.1)', async () => {
    const d = await manufacturer();
    // Received Monday 2026-11-23 10:00 Shanghai; the working day runs 8:30–17:30.
    const general = await d.create('limei');
    expect(await d.boundary(general, 'handlingSheet')).toEqual(boundary('2026-11-23T03:00:00.000Z'));
    expect(await d.boundary(general, 'reply')).toEqual(boundary('2026-11-26T09:30:00.000Z')); // Thursday 17:30
    const major = await d.create('limei', { tickedCriteria: ['major'] });
    expect(await d.boundary(major, 'temporaryMeasure')).toEqual(boundary('2026-11-24T01:00:00.000Z')); // 7.5 h Monday + 0.5 h Tuesday
    expect(await d.boundary(major, 'permanentMeasure')).toEqual(boundary('2026-11-25T09:30:00.000Z')); // Wednesday 17:30
  });
});
