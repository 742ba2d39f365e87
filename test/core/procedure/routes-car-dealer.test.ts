import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver, satisfied } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed002 客户管理制度12';
const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();

async function dealer() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('car-dealership');
  await d.map('zhaoli', ['cr_adviser']);
  await d.map('limei', ['cr_manager']);
  await d.map('zhangwei', ['business_manager']);
  await d.map('zhouht', ['general_manager']);
  return d;
}

describe(`the car dealer: the customer-relations manager decides, the department handles, the general manager approves (${S} 第三条, 第四条)`, () => {
  it('ordinary: received by the customer-relations manager, handled by the service manager, answered only after the general manager agreed (第四条 2–4)', async () => {
    const d = await dealer();
    let c = await d.create('zhaoli', { content: '车牌川A12345，保养后异响未解决。' });
    expect(c.classCode).toBe('ordinary');
    const byAdviser = await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(byAdviser).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '受理', rolesZh: '客户关系经理', source: `${S} 第三条, 第四条（一般意义的客户投诉）2` } } });
    expect(await d.refused('limei', c, { type: 'accept', assigneeId: await d.userId('liuqiang') })).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.handOver' } });
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '免费复检底盘并更换衬套', dueAt: inAnHour() });
    const reply = { type: 'resolve', result: '已通知客户：免费更换衬套', replyMethod: 'phone' } as const;
    const unapproved = await d.refused('zhangwei', c, reply);
    expect(unapproved).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.approvalMissing', params: { stepZh: '审批', rolesZh: '总经理', source: `${S} 第三条, 第四条（一般意义的客户投诉）4` } } });
    // The app's leader in charge is not the source's 总经理 unless mapped so.
    expect(await d.approvalRefused('chenzm', c, 'approve')).toMatchObject({ code: 'FORBIDDEN', reason: { params: { rolesZh: '总经理' } } });
    c = await d.approve('zhouht', c, 'approve');
    c = await d.act('zhangwei', c, reply);
    expect(c.status).toBe('resolved');
    c = await d.act('zhaoli', c, satisfied);
    expect(c.status).toBe('closed');
  });

  it('major: the department manager or the customer-relations manager settles it with the customer, no approval awaited (第四条 重大 2–3)', async () => {
    const d = await dealer();
    let c = await d.create('zhaoli', { tickedCriteria: ['major'] });
    expect(c.classCode).toBe('major');
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(await d.refused('zhaoli', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '协商退车', dueAt: inAnHour() })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { params: { rolesZh: '销售经理/服务经理（责任部门经理） 或 客户关系经理', source: `${S} 第四条（重大客户投诉）3` } },
    });
    c = await d.act('limei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '紧急会议商定：协商退车', dueAt: inAnHour() });
    expect(c.workflow.route?.approvals).toEqual([]);
    expect(await d.approvalRefused('zhouht', c, 'approve')).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.noSuchStep' } });
    c = await d.act('zhangwei', c, { type: 'resolve', result: '与客户协商退车完成', replyMethod: 'in_person' });
    expect(c.status).toBe('resolved');
  });
});
