import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed004 §D';
const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();

describe(`the service company: operating staff or the administration department receive, the marketing department may take a direct complaint (${S} 第四条, 第六条)`, () => {
  it('a direct complaint: received by the administration department and passed to marketing; the call centre may not receive it', async () => {
    core = await openTestCore();
    const d = routeDriver(core);
    await d.profile('service-company');
    await d.map('limei', ['operating_staff']);
    await d.map('wangjg', ['department_head']);
    await d.map('liuqiang', ['admin_hr']);
    await d.map('zhangwei', ['marketing']);
    let c = await d.create('limei', { channel: 'phone', content: '越过门店直接投诉：服务人员态度恶劣。' });
    const byCallCentre = await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(byCallCentre).toMatchObject({ code: 'FORBIDDEN', reason: { params: { stepZh: '受理', rolesZh: '经营部门人员 或 行政人事部', source: `${S} 第四条 一、二` } } });
    expect(await d.refused('liuqiang', c, { type: 'accept', assigneeId: await d.userId('zhaoli') })).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.handOver' } });
    c = await d.act('liuqiang', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(await d.refused('zhaoli', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '约谈当事员工', dueAt: inAnHour() })).toMatchObject({ code: 'FORBIDDEN', reason: { params: { stepZh: '处理并答复' } } });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '约谈当事员工，向客户致歉', dueAt: inAnHour() });
    c = await d.act('zhangwei', c, { type: 'resolve', result: '已致歉并整改', replyMethod: 'phone' });
    expect(c.status).toBe('resolved');
    expect(c.workflow.route?.approvals).toEqual([]);
  });
});
