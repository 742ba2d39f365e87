import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver, satisfied } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed002 客户管理制度8';
const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();

async function property() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('property-service-centre');
  await d.map('limei', ['first_asker', 'front_desk']);
  await d.map('zhangwei', ['department']);
  await d.map('wangjg', ['department_head']);
  await d.map('liuqiang', ['office_head']);
  await d.map('chenzm', ['supervising_leader']);
  await d.map('zhaoli', ['developer_service']);
  return d;
}

describe(`the property company runs its posts per kind of complaint (${S} 具体内容1–8)`, () => {
  it('routine: the front desk passes it to the responsible department, which handles it; the customer centre calls back (具体内容2, 4, 5)', async () => {
    const d = await property();
    let c = await d.create('limei');
    expect(c.classCode).toBe('routine');
    const byDeveloper = await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(byDeveloper).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '受理', rolesZh: '客户中心前台', source: `${S} 具体内容2` } } });
    // Passed to the responsible department (具体内容2), not to the management-office head.
    expect(await d.refused('limei', c, { type: 'accept', assigneeId: await d.userId('liuqiang') })).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.handOver', params: { rolesZh: '相关责任部门' } } });
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    const byDesk = await d.refused('limei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '更换楼道灯', dueAt: inAnHour() });
    expect(byDesk).toMatchObject({ code: 'FORBIDDEN', reason: { params: { stepZh: '处理并答复', rolesZh: '相关责任部门', source: `${S} 具体内容4, 5` } } });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '更换楼道灯', dueAt: inAnHour() });
    c = await d.act('zhangwei', c, { type: 'resolve', result: '已更换', replyMethod: 'phone' });
    expect(c.workflow.route?.approvals).toEqual([]);
    expect(await d.refused('zhangwei', c, satisfied)).toMatchObject({ code: 'FORBIDDEN', reason: { params: { stepZh: '回访结案', rolesZh: '客户中心前台', source: `${S} 具体内容5` } } });
    c = await d.act('limei', c, satisfied);
    expect(c.status).toBe('closed');
  });

  it('unreasonable: the customer centre explains, the department head steps in; no department is asked (具体内容3)', async () => {
    const d = await property();
    let c = await d.create('limei', { tickedCriteria: ['unreasonable'] });
    expect(c.classCode).toBe('unreasonable');
    expect(await d.refused('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') })).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.handOver', params: { source: `${S} 具体内容3` } } });
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('wangjg') });
    expect(await d.refused('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('wangjg'), measures: '出面协调', dueAt: inAnHour() })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { params: { rolesZh: '客户中心前台 或 部门负责人' } },
    });
    c = await d.act('wangjg', c, { type: 'planSolution', resolverId: await d.userId('wangjg'), measures: '部门负责人出面协调', dueAt: inAnHour() });
    c = await d.act('wangjg', c, { type: 'resolve', result: '已向业主解释收费依据', replyMethod: 'in_person' });
    expect(c.status).toBe('resolved');
  });

  it('major: the office head or supervising leader refers it; the developer and the property company verify it jointly before the call-back (具体内容6, 7)', async () => {
    const d = await property();
    let c = await d.create('limei', { tickedCriteria: ['major.emergency-repair'] });
    expect(c.classCode).toBe('major');
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '抢修爆裂水管', dueAt: inAnHour() });
    const referByDepartment = await d.refused('zhangwei', c, { type: 'refer', reason: '需开发商更换主管道' });
    expect(referByDepartment).toMatchObject({ code: 'FORBIDDEN', reason: { params: { stepZh: '确认上报', rolesZh: '管理处负责人 或 物业公司主管领导', source: `${S} 具体内容6, 7` } } });
    c = await d.act('liuqiang', c, { type: 'refer', reason: '需开发商更换主管道' });
    expect(c.status).toBe('referred');
    c = await d.act('zhangwei', c, { type: 'resolve', result: '主管道已更换', replyMethod: 'phone' });

    // 会同: neither party alone completes the verification.
    const unverified = await d.refused('limei', c, satisfied);
    expect(unverified).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.approvalMissing', params: { stepZh: '审核', rolesZh: '发展商客户服务部 和 客户中心前台', source: `${S} 具体内容7` } } });
    expect(await d.approvalRefused('zhangwei', c, 'review')).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'procedure.errors.wrongRole' } });
    c = await d.approve('zhaoli', c, 'review');
    // Half given: not yet counted, but the route says who gave their part (1/2).
    expect(c.workflow.route?.approvals[0]).toMatchObject({ step: 'review', given: null, joint: { of: 2, givenBy: [{ byName: '赵丽' }] } });
    expect(await d.approvalRefused('zhaoli', c, 'review')).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.alreadyGiven' } });
    expect((await d.refused('limei', c, satisfied)).reason?.key).toBe('procedure.errors.approvalMissing');
    expect((await d.get(c, 'limei')).workflow.route?.approvals[0]?.mayGive).toBe(true);
    c = await d.approve('limei', c, 'review');
    expect(c.workflow.route?.approvals[0]).toMatchObject({ given: { byName: '李梅' }, joint: { of: 2, givenBy: [{ byName: '赵丽' }, { byName: '李梅' }] } });
    c = await d.act('zhaoli', c, satisfied);
    expect(c.status).toBe('closed');
  });

  it('one person holding both parties’ posts does not verify jointly alone (两方各自确认)', async () => {
    const d = await property();
    await d.map('limei', ['first_asker', 'front_desk', 'developer_service']);
    let c = await d.create('limei', { tickedCriteria: ['major.important'] });
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '协调开发商', dueAt: inAnHour() });
    c = await d.act('zhangwei', c, { type: 'resolve', result: '已解决', replyMethod: 'phone' });
    c = await d.approve('limei', c, 'review');
    expect(await d.approvalRefused('limei', c, 'review')).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.alreadyGiven' } });
    expect((await d.refused('limei', c, satisfied)).reason?.key).toBe('procedure.errors.approvalMissing');
    c = await d.approve('zhaoli', c, 'review');
    c = await d.act('limei', c, satisfied);
    expect(c.status).toBe('closed');
  });
});
