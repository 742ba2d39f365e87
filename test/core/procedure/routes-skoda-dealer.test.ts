import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed004 §L';
const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();
const reply = { type: 'resolve', result: '已与客户沟通处理方案', replyMethod: 'phone' } as const;

async function dealer() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('skoda-dealer');
  await d.map('limei', ['care_specialist']);
  await d.map('zhangwei', ['service_manager']);
  await d.map('zhaoli', ['showroom_manager']);
  await d.map('liuqiang', ['aftersales_director']);
  await d.map('chenzm', ['care_director']);
  await d.map('zhouht', ['general_manager']);
  await d.map('wangjg', ['sales_director']);
  return d;
}

describe(`the Skoda dealer: each post as its duties name it (${S} 二、管理规定)`, () => {
  it('a grievance: received and handled by the service manager, answered on the plan an after-sales or Customer Care director decided (售后服务经理 1, 售后服务总监 1, 客户关爱总监 1)', async () => {
    const d = await dealer();
    let c = await d.create('limei', { content: '维修后空调仍不制冷，客户抱怨。' });
    expect(c.grade).toMatchObject({ packVersion: '1.1.0', classCode: 'grievance', deadlines: [] });
    expect(await d.refused('wangjg', c, { type: 'accept', assigneeId: await d.userId('zhangwei') })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '受理', rolesZh: '展厅经理 或 售后服务经理 或 客户关爱专员' } },
    });
    expect(await d.refused('zhangwei', c, { type: 'accept', assigneeId: await d.userId('liuqiang') })).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.handOver', params: { rolesZh: '展厅经理 或 售后服务经理 或 客户关爱专员 或 投诉处理专职人员' } },
    });
    c = await d.act('zhangwei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '补充冷媒并检漏', dueAt: inAnHour() });
    expect(await d.refused('zhangwei', c, reply)).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.approvalMissing', params: { stepZh: '审批', rolesZh: '售后服务总监 或 客户关爱总监', source: `${S} 二、售后服务总监的职责 1; 客户关爱总监的工作职责 1` } },
    });
    // The sales director analyses and coordinates but does not decide the plan (销售总监 1).
    expect(await d.approvalRefused('wangjg', c, 'approve')).toMatchObject({ code: 'FORBIDDEN', reason: { params: { rolesZh: '售后服务总监 或 客户关爱总监' } } });
    c = await d.approve('chenzm', c, 'approve');
    c = await d.act('zhangwei', c, reply);
    expect(c.status).toBe('resolved');
  });

  it('a major complaint: handled by the sales director, verified by a director and decided by the general manager before the reply (总经理 2, 销售总监 4, 售后服务总监 4)', async () => {
    const d = await dealer();
    let c = await d.create('zhaoli', { tickedCriteria: ['major.sales'] });
    expect(c.classCode).toBe('major');
    expect(c.grade?.notifications.flatMap((n) => n.notify.map((p) => p.zh))).toContain('总经理');
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('wangjg') });
    c = await d.act('wangjg', c, { type: 'planSolution', resolverId: await d.userId('wangjg'), measures: '重大销售纠纷：协商置换', dueAt: inAnHour() });
    expect(await d.approvalRefused('zhouht', c, 'approve')).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.approvalMissing', params: { stepZh: '审核', rolesZh: '售后服务总监 或 客户关爱总监 或 销售总监' } },
    });
    c = await d.approve('wangjg', c, 'review');
    expect(await d.refused('wangjg', c, reply)).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.approvalMissing', params: { stepZh: '审批', rolesZh: '总经理' } } });
    expect(await d.approvalRefused('chenzm', c, 'approve')).toMatchObject({
      code: 'FORBIDDEN',
      reason: { params: { rolesZh: '总经理', source: `${S} 二、售后服务总监的职责 4; 客户关爱总监的工作职责 4` } },
    });
    c = await d.approve('zhouht', c, 'approve');
    c = await d.act('wangjg', c, reply);
    expect(c.status).toBe('resolved');
  });

  it('a major complaint is not handed to the Customer Care specialist: the directors, the GM and the managers assisting them handle it (销售总监 4, 总经理 2, 展厅经理 2, 售后服务经理 2)', async () => {
    const d = await dealer();
    const c = await d.create('limei', { tickedCriteria: ['major.complaint'] });
    expect(await d.refused('zhangwei', c, { type: 'accept', assigneeId: await d.userId('limei') })).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.handOver', params: { rolesZh: '销售总监 或 售后服务总监 或 客户关爱总监 或 总经理 或 展厅经理 或 售后服务经理' } },
    });
    expect(c.workflow.route?.approvals.map((a) => a.step)).toEqual(['review', 'approve']);
  });
});
