import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver, satisfied } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed002 客户管理制度11';
const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();

async function heat() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('heat-supply');
  await d.map('zhaoli', ['dispatch_room']);
  await d.map('liuqiang', ['department_or_leader']);
  await d.map('zhangwei', ['heat_station']);
  await d.map('limei', ['repair_department']);
  return d;
}

describe(`the heat-supply company: the dispatch room passes complaints on, the repair department takes repairs (${S} 四(五), 九(四), 十一(六))`, () => {
  it('a complaint is received by the dispatch room and handled by the department or leader concerned, or the heating station (十一(六), 四(五))', async () => {
    const d = await heat();
    let c = await d.create('zhaoli', { content: '室温不足16℃，多次反映未解决。' });
    expect(c.classCode).toBe('complaint');
    const byStation = await d.refused('zhangwei', c, { type: 'accept', assigneeId: await d.userId('liuqiang') });
    expect(byStation).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '受理', rolesZh: '供热调度室（公司调度室）', source: `${S} 十一(二)、(六)` } } });
    expect(await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('limei') })).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.handOver', params: { rolesZh: '相关部门或领导 或 供热站' } } });
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('liuqiang') });
    expect(await d.refused('zhaoli', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '调节阀门', dueAt: inAnHour() })).toMatchObject({ code: 'FORBIDDEN', reason: { params: { stepZh: '处理并答复' } } });
    c = await d.act('liuqiang', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '供热站排查并调节阀门', dueAt: inAnHour() });
    c = await d.act('zhangwei', c, { type: 'resolve', result: '复测室温19℃', replyMethod: 'phone' });
    expect(c.workflow.route?.approvals).toEqual([]);
    c = await d.act('zhaoli', c, satisfied);
    expect(c.status).toBe('closed');
  });

  it('a leak is assigned only to the repair department, which handles it (九(四))', async () => {
    const d = await heat();
    let c = await d.create('zhaoli', { tickedCriteria: ['repair-leak'] });
    expect(c.classCode).toBe('repair-leak');
    const toStation = await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(toStation).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.handOver', params: { rolesZh: '抢修部门', source: `${S} 九(四)` } } });
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('limei') });
    expect(await d.refused('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('limei'), measures: '更换阀门', dueAt: inAnHour() })).toMatchObject({ code: 'FORBIDDEN', reason: { params: { rolesZh: '抢修部门' } } });
    c = await d.act('limei', c, { type: 'planSolution', resolverId: await d.userId('limei'), measures: '30分钟内到场，更换阀门', dueAt: inAnHour() });
    c = await d.act('limei', c, { type: 'resolve', result: '已更换阀门', replyMethod: 'in_person' });
    expect(c.status).toBe('resolved');
  });
});
