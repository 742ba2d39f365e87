import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver, satisfied } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed002 客户管理制度6';
const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();

async function station() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('testing-station');
  await d.map('limei', ['tech_office']);
  await d.map('wangjg', ['quality_manager']);
  await d.map('zhangwei', ['department_head']);
  await d.map('liuqiang', ['office']);
  await d.map('zhaoli', ['responsible_department']);
  await d.map('chenzm', ['testing_staff']);
  return d;
}

describe(`the testing station: the technical business office accepts, the quality manager approves a data appeal's answer (${S} 1.2, 2, 3)`, () => {
  it('a data appeal: the office and the testers handle it, the appellant is answered only after the quality manager approved (2.2.1, 2.2.5)', async () => {
    const d = await station();
    let c = await d.create('limei', { tickedCriteria: ['monitoring-data.test-result'] });
    expect(c.classCode).toBe('monitoring-data');
    const byDepartment = await d.refused('zhangwei', c, { type: 'accept', assigneeId: await d.userId('chenzm') });
    expect(byDepartment).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '受理', rolesZh: '技术业务室', source: `${S} 1.2` } } });
    // Not handed to a department head: data appeals stay with the office and the testers.
    expect(await d.refused('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') })).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.handOver', params: { rolesZh: '技术业务室 或 有关室和检验人员' } } });
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('chenzm') });
    c = await d.act('chenzm', c, { type: 'planSolution', resolverId: await d.userId('limei'), measures: '查看原始记录，原样复检（两人同时测试）', dueAt: inAnHour() });
    const reply = { type: 'resolve', result: '复检结果与原报告一致，维持原报告', replyMethod: 'letter' } as const;
    const unapproved = await d.refused('limei', c, reply);
    expect(unapproved).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.approvalMissing', params: { stepZh: '审批', rolesZh: '质量负责人', source: `${S} 2.2.1` } } });
    expect(await d.approvalRefused('limei', c, 'approve')).toMatchObject({ code: 'FORBIDDEN', reason: { params: { rolesZh: '质量负责人' } } });
    c = await d.approve('wangjg', c, 'approve');
    c = await d.act('limei', c, reply);
    expect(await d.refused('chenzm', c, satisfied)).toMatchObject({ code: 'FORBIDDEN', reason: { params: { stepZh: '回访结案', rolesZh: '技术业务室', source: `${S} 3.3` } } });
    c = await d.act('limei', c, satisfied);
    expect(c.status).toBe('closed');
  });

  it('a complaint about a department: handed to its head, then to the office; no approval awaited (2.1.1–2.1.3)', async () => {
    const d = await station();
    let c = await d.create('limei');
    expect(c.classCode).toBe('general-matter');
    expect(await d.refused('limei', c, { type: 'accept', assigneeId: await d.userId('chenzm') })).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.handOver', params: { source: `${S} 2.1.1–2.1.3, 3.1, 3.2` } } });
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    // The technical business office does not handle a complaint about a department.
    expect(await d.refused('limei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '调查', dueAt: inAnHour() })).toMatchObject({ code: 'FORBIDDEN', reason: { params: { stepZh: '处理并答复' } } });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('liuqiang'), measures: '难以调查，交办公室组织调查', dueAt: inAnHour() });
    c = await d.act('liuqiang', c, { type: 'resolve', result: '已书面向客户说明', replyMethod: 'letter' });
    expect(c.workflow.route?.approvals).toEqual([]);
    c = await d.act('liuqiang', c, satisfied);
    expect(c.status).toBe('closed');
  });
});
