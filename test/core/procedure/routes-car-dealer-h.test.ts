import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver, satisfied } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed004 §H';
const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();
const dissatisfied = { ...satisfied, resolutionAdequate: false, result: 'dissatisfied' } as const;

async function dealer() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('car-dealer-h');
  await d.map('limei', ['receiver']);
  await d.map('zhangwei', ['handler']);
  await d.map('wangjg', ['legal_rep']);
  await d.map('liuqiang', ['service_manager']);
  await d.map('zhaoli', ['customer_care']);
  await d.map('chenzm', ['callback_agent']);
  return d;
}

describe(`the car dealer: the receiver passes the grievance to the handler, customer care verifies it (${S} 3, 7-2, 8-2)`, () => {
  it('received and handed to the handler; no approval awaited; the handler may not call back; a dissatisfied customer goes to the service manager until satisfied (8-2, 7-2)', async () => {
    const d = await dealer();
    let c = await d.create('zhaoli', { content: '车牌沪A88888，保养后仪表报警。' });
    expect(c.grade).toMatchObject({ packVersion: '1.2.0', classCode: 'grievance' });
    expect(await d.refused('chenzm', c, { type: 'accept', assigneeId: await d.userId('zhangwei') })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '受理', rolesZh: '抱怨（投诉）受理人', source: `${S} 8-2` } },
    });
    expect(await d.refused('limei', c, { type: 'accept', assigneeId: await d.userId('zhaoli') })).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.handOver', params: { rolesZh: '处理（协调）责任人 或 法人 或 服务经理', source: `${S} 3, 7-2, 8-2` } },
    });
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(await d.refused('limei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '复检', dueAt: inAnHour() })).toMatchObject({ code: 'FORBIDDEN', reason: { params: { stepZh: '处理并答复' } } });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '复检传感器并免费更换', dueAt: inAnHour() });
    expect(c.workflow.route?.approvals).toEqual([]);
    c = await d.act('zhangwei', c, { type: 'resolve', result: '已更换传感器并回复客户', replyMethod: 'phone' });
    expect(await d.refused('zhangwei', c, satisfied)).toMatchObject({ code: 'FORBIDDEN', reason: { params: { stepZh: '回访结案', rolesZh: '客户关爱部 或 电话回访员', source: `${S} 7-2, 8-2` } } });
    c = await d.act('chenzm', c, dissatisfied);
    expect(c.status).toBe('in_progress');
    c = await d.act('liuqiang', c, { type: 'planSolution', resolverId: await d.userId('liuqiang'), measures: '服务经理统一协调：更换仪表总成', dueAt: inAnHour() });
    c = await d.act('liuqiang', c, { type: 'resolve', result: '已更换仪表总成', replyMethod: 'in_person' });
    c = await d.act('zhaoli', c, satisfied);
    expect(c.status).toBe('closed');
  });

  it('a key-attention grievance runs the same route (4)', async () => {
    const d = await dealer();
    const c = await d.create('limei', { tickedCriteria: ['key-attention.vehicle'] });
    expect(c.classCode).toBe('key-attention');
    expect(c.workflow.route?.steps.map((s) => s.step)).toEqual(['receive', 'handle', 'close']);
    expect((await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') })).reason?.key).toBe('procedure.errors.wrongRole');
  });

  it('times the same-day hand-over, the handler’s 3 days from the sheet and customer care’s 3 days from its return to the minute (8-2)', async () => {
    const d = await dealer();
    // Received and handed over Monday 2026-11-23 10:00 Shanghai.
    let c = await d.create('limei');
    expect(await d.boundary(c, 'dispatch')).toEqual({ due: '2026-11-23T09:30:00.000Z', overdueAtDue: false, overdueAMinuteLater: true }); // Monday 17:30
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(await d.boundary(c, 'resolution')).toEqual({ due: '2026-11-26T16:00:00.000Z', overdueAtDue: false, overdueAMinuteLater: true }); // 24:00 Thursday
    // The sheet comes back Wednesday 11:00: verified by 24:00 Saturday.
    core.clock.set(new Date('2026-11-25T03:00:00.000Z'));
    const later = routeDriver(core);
    c = await later.get(c, 'zhangwei');
    c = await later.act('zhangwei', c, { type: 'planSolution', resolverId: await later.userId('zhangwei'), measures: '复检', dueAt: inAnHour() });
    c = await later.act('zhangwei', c, { type: 'resolve', result: '已处理', replyMethod: 'phone' });
    expect(await later.boundary(c, 'verification')).toEqual({ due: '2026-11-28T16:00:00.000Z', overdueAtDue: false, overdueAMinuteLater: true });
  });
});
