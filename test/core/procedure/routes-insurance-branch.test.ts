import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver, satisfied } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed003 篇5';
const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();
const CENTRE = '分公司客户服务中心（含综合部）';
const HANDLERS = `中心支公司或部门投诉责任人 或 机构客服经理 或 分管客服工作的领导 或 机构负责人 或 ${CENTRE} 或 分支机构客户服务部 或 承保部门 或 协办部门（指定专人）`;

async function insuranceBranch() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('insurance-branch');
  // 李梅 holds no post: any employee's first-contact record (4.1) is the intake.
  await d.map('zhaoli', ['service_centre']);
  await d.map('zhangwei', ['cs_manager']);
  await d.map('chenzm', ['cs_leader']);
  await d.map('liuqiang', ['co_handling_dept']);
  await d.map('zhouht', ['emergency_office']);
  return d;
}

describe(`the insurance branch: the service centre dispatches, the customer service manager handles and answers, the centre calls back (${S} 4.4, 4.5.3, 5.1–5.3)`, () => {
  it('a general complaint: recorded by any employee, accepted only by a service department and dispatched to a handling post; called back only by the centre (4.1, 5.1, 4.5.3, 5.3)', async () => {
    const d = await insuranceBranch();
    let c = await d.create('limei', { content: '理赔员态度差，拖延查勘。', directLoss: 2000 });
    expect(c.grade).toMatchObject({ packVersion: '1.1.0', classCode: 'general' });
    expect(await d.refused('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '受理', rolesZh: `${CENTRE} 或 分支机构客户服务部`, source: `${S} 4.4.1, 4.4.3, 4.5.1, 4.5.2, 5.1` } },
    });
    // The emergency office handles major complaints only (4.4.6).
    expect(await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhouht') })).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.handOver', params: { rolesZh: HANDLERS, source: `${S} 4.5.3, 5.1, 5.2.1–5.2.3` } },
    });
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(await d.refused('limei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '协商赔付', dueAt: inAnHour() })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { params: { stepZh: '处理并答复', rolesZh: HANDLERS } },
    });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '客服经理上门拜访并协商赔付', dueAt: inAnHour() });
    expect(c.workflow.route?.approvals).toEqual([]);
    c = await d.act('zhangwei', c, { type: 'resolve', result: '已明确答复客户并赔付', replyMethod: 'phone' });
    expect(await d.refused('zhangwei', c, satisfied)).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '回访结案', rolesZh: CENTRE, source: `${S} 4.4.4, 4.4.5, 5.3` } },
    });
    c = await d.act('zhaoli', c, satisfied);
    expect(c.status).toBe('closed');
  });

  it('the manager on leave: the leader in charge of customer service takes it over directly; a co-handling department’s designated person handles what the service department cannot (4.5.3, 5.2.2)', async () => {
    const d = await insuranceBranch();
    let c = await d.create('limei', { directLoss: 12_000 });
    expect(c.classCode).toBe('difficult');
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('chenzm') });
    c = await d.act('chenzm', c, { type: 'planSolution', resolverId: await d.userId('liuqiang'), measures: '移交协办部门解释条款', dueAt: inAnHour() });
    c = await d.act('liuqiang', c, { type: 'resolve', result: '协办部门已向客户解释保险条款', replyMethod: 'in_person' });
    expect(c.status).toBe('resolved');
  });

  it('a major complaint: the emergency leading group’s office may take its handling; the same call-back by the centre (4.4.6, 5.3)', async () => {
    const d = await insuranceBranch();
    let c = await d.create('limei', { directLoss: 30_000 });
    expect(c.classCode).toBe('major');
    expect(c.workflow.route?.steps.map((s) => s.step)).toEqual(['receive', 'handle', 'close']);
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhouht') });
    c = await d.act('zhouht', c, { type: 'planSolution', resolverId: await d.userId('zhouht'), measures: '应急办公室协调处理', dueAt: inAnHour() });
    c = await d.act('zhouht', c, { type: 'resolve', result: '已答复', replyMethod: 'in_person' });
    expect((await d.refused('zhouht', c, satisfied)).reason?.key).toBe('procedure.errors.wrongRole');
    c = await d.act('zhaoli', c, satisfied);
    expect(c.status).toBe('closed');
  });
});
