import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed004 §F';
const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();

async function homeMall() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('home-furnishing-mall');
  await d.map('zhaoli', ['customer_service']);
  await d.map('zhangwei', ['furniture_dept']);
  await d.map('liuqiang', ['gm_office']);
  return d;
}

describe(`the home-furnishing mall: Customer Service receives, the furniture department handles low-grade complaints, the GM office reports a high-grade one to the region (${S} 1.4, 2.1)`, () => {
  it('low grade: received only by Customer Service and handed to the furniture department; the GM office is not a low-grade handler (1.4)', async () => {
    const d = await homeMall();
    let c = await d.create('limei', { content: '沙发送货后发现划痕，商户不予更换。' });
    expect(c.grade).toMatchObject({ packVersion: '1.1.0', classCode: 'low' });
    expect(await d.refused('zhangwei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '受理', rolesZh: '顾客服务部', source: `${S} 1.4, 2.1 1–2` } },
    });
    expect(await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('liuqiang') })).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.handOver', params: { rolesZh: '家具建材部 或 顾客服务部', source: `${S} 1.4` } },
    });
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(await d.refused('liuqiang', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '更换', dueAt: inAnHour() })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { params: { stepZh: '处理并答复', rolesZh: '家具建材部 或 顾客服务部' } },
    });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '与商户协商更换沙发', dueAt: inAnHour() });
    c = await d.act('zhangwei', c, { type: 'resolve', result: '商户同意更换', replyMethod: 'phone' });
    expect(c.status).toBe('resolved');
    expect(c.workflow.route?.steps.map((s) => s.step)).toEqual(['receive', 'handle']);
  });

  it('high grade: the GM office may take it over and only it reports it to the region; the furniture department carries out the solution (2.1 3.1, 4)', async () => {
    const d = await homeMall();
    let c = await d.create('limei', { tickedCriteria: ['high'] });
    expect(c.classCode).toBe('high');
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('liuqiang') });
    c = await d.act('liuqiang', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '商户事实查证，执行客服解决方案', dueAt: inAnHour() });
    expect(await d.refused('zhangwei', c, { type: 'refer', reason: '高等级客诉上报区域' })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '确认上报', rolesZh: '总经办（商场总经理）', source: `${S} 2.1 3.1` } },
    });
    c = await d.act('liuqiang', c, { type: 'refer', reason: '高等级客诉上报区域' });
    expect(c.status).toBe('referred');
    c = await d.act('zhangwei', c, { type: 'resolve', result: '已按区域意见协调处理', replyMethod: 'in_person' });
    expect(c.status).toBe('resolved');
  });
});
