import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver, satisfied } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed001 S15';
const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();

async function taxDeviceService() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('tax-device-service');
  await d.map('zhaoli', ['marketing']);
  await d.map('zhangwei', ['responsible_unit']);
  return d;
}

describe(`the tax-device service company: marketing receives, names the responsible unit and verifies its handling with the customer (${S} 4.1)`, () => {
  it('received only by marketing, handed to the responsible unit, verified with the customer only by marketing (4.1 d, f)', async () => {
    const d = await taxDeviceService();
    let c = await d.create('limei', { content: '约定上门时间迟到一小时，开票受影响。', packFacts: { appointmentLateMinutes: 60 } });
    expect(c.grade).toMatchObject({ packVersion: '1.1.0', classCode: 'general' });
    expect(await d.refused('zhangwei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '受理', rolesZh: '营销部门', source: `${S} 4.1, 4.1 a、b、d` } },
    });
    expect(await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('limei') })).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.handOver', params: { rolesZh: '营销部门 或 责任单位人员', source: `${S} 4.1 c、d、f` } },
    });
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(await d.refused('limei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '上门维护', dueAt: inAnHour() })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { params: { stepZh: '处理并答复', rolesZh: '营销部门 或 责任单位人员' } },
    });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '技术服务单位上门升级开票系统', dueAt: inAnHour() });
    expect(c.workflow.route?.approvals).toEqual([]);
    c = await d.act('zhangwei', c, { type: 'resolve', result: '已上门升级，开票恢复', replyMethod: 'phone' });
    expect(await d.refused('zhangwei', c, satisfied)).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '回访结案', rolesZh: '营销部门', source: `${S} 4.1 f` } },
    });
    c = await d.act('zhaoli', c, satisfied);
    expect(c.status).toBe('closed');
  });

  it('a serious complaint takes the same route; marketing may handle it directly (3.1.2 c, 4.1 f)', async () => {
    const d = await taxDeviceService();
    let c = await d.create('limei', { mediaInvolved: true });
    expect(c.classCode).toBe('serious');
    expect(c.workflow.route?.steps.map((s) => s.step)).toEqual(['receive', 'handle', 'close']);
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhaoli') });
    c = await d.act('zhaoli', c, { type: 'planSolution', resolverId: await d.userId('zhaoli'), measures: '营销部门直接调查取证', dueAt: inAnHour() });
    c = await d.act('zhaoli', c, { type: 'resolve', result: '已处理并答复', replyMethod: 'in_person' });
    c = await d.act('zhaoli', c, satisfied);
    expect(c.status).toBe('closed');
  });
});
