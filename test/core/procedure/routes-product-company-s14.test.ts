import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed001 S14';
const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();
const reply = { type: 'resolve', result: '已向客户答复并解释处理结果', replyMethod: 'in_person' } as const;

async function productCompany() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('product-company-s14');
  await d.map('limei', ['salesperson']);
  await d.map('zhaoli', ['service_dept']);
  await d.map('zhangwei', ['complained_department']);
  await d.map('liuqiang', ['qc_dept']);
  await d.map('chenzm', ['marketing_vp']);
  return d;
}

describe(`the product company: salespeople and the service department take complaints, the marketing VP approves the reply (${S} 4, 5.2)`, () => {
  it('service behaviour: passed to the department complained about; the salesperson answers only after the marketing VP approved (4.1, 4.3, 4.5)', async () => {
    const d = await productCompany();
    let c = await d.create('zhaoli', { content: '业务员态度恶劣，拒不解释价格。' });
    expect(c.grade).toMatchObject({ packVersion: '1.1.0', classCode: 'service-behaviour' });
    expect(await d.refused('wangjg', c, { type: 'accept', assigneeId: await d.userId('zhangwei') })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '受理', rolesZh: '销售员 或 售后服务部（公司服务部）', source: `${S} 4.1, 4.3, 5.2.1` } },
    });
    // Quality control is not a handler of a behaviour complaint.
    expect(await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('liuqiang') })).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.handOver', params: { rolesZh: '销售员 或 售后服务部（公司服务部） 或 被投诉部门' } },
    });
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('limei'), measures: '被投诉部门限期整改，业务员上门致歉', dueAt: inAnHour() });
    expect(await d.refused('limei', c, reply)).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.approvalMissing', params: { stepZh: '审批', rolesZh: '营销副总', source: `${S} 4.1, 4.5` } },
    });
    expect(await d.approvalRefused('zhaoli', c, 'approve')).toMatchObject({ code: 'FORBIDDEN', reason: { params: { rolesZh: '营销副总' } } });
    c = await d.approve('chenzm', c, 'approve');
    c = await d.act('limei', c, reply);
    expect(c.status).toBe('resolved');
  });

  it('product quality: handled by QC, not the department complained about; told to the management representative and the GM; approved before the reply (4.4–4.6)', async () => {
    const d = await productCompany();
    let c = await d.create('limei', { tickedCriteria: ['product-quality'] });
    expect(c.classCode).toBe('product-quality');
    expect(c.grade?.notifications.flatMap((n) => n.notify.map((p) => p.zh))).toEqual(expect.arrayContaining(['管理者代表', '总经理']));
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('liuqiang') });
    expect(await d.refused('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('liuqiang'), measures: '返修不良品', dueAt: inAnHour() })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { params: { stepZh: '处理并答复', rolesZh: '销售员 或 售后服务部（公司服务部） 或 质检部门', source: `${S} 4.1–4.4` } },
    });
    c = await d.act('liuqiang', c, { type: 'planSolution', resolverId: await d.userId('limei'), measures: '返修不良品，追查原因并提出改进', dueAt: inAnHour() });
    expect(c.workflow.route?.approvals).toMatchObject([{ step: 'approve', before: 'reply', given: null }]);
    expect((await d.refused('limei', c, reply)).reason?.key).toBe('procedure.errors.approvalMissing');
    c = await d.approve('chenzm', c, 'approve');
    c = await d.act('limei', c, reply);
    expect(c.status).toBe('resolved');
  });

  it('times the salesperson’s site visit: 2 working days, the day of receipt not counted; the logged visit meets it (4.2)', async () => {
    const d = await productCompany();
    // Received Monday 2026-11-23 10:00 Shanghai: Tuesday and Wednesday are the two days, due Wednesday 17:30.
    let c = await d.create('limei');
    expect(await d.boundary(c, 'arrival')).toEqual({ due: '2026-11-25T09:30:00.000Z', overdueAtDue: false, overdueAMinuteLater: true });
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('limei') });
    c = await d.act('limei', c, { type: 'log', entryType: 'customer_contacted', text: '现场拜访客户，确认为使用不当', completesStep: 'arrival' });
    core.clock.set(new Date('2026-11-26T09:30:00.000Z'));
    const later = await core.call('complaints.get', { id: c.id }, await core.signIn('limei'));
    expect(later.grade?.deadlines.find((s) => s.step === 'arrival')).toMatchObject({ done: true, overdue: false });
  });
});
