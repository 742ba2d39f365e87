import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed003 篇4';
const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();

describe(`the retail chain: the manager or the administration department accepts, the handling department and operations customer service handle (${S} 第七条–第十四条)`, () => {
  it('accepts and hands a complaint to the handling department; only the route’s posts handle it', async () => {
    core = await openTestCore();
    const d = routeDriver(core);
    await d.profile('retail-chain');
    await d.map('wangjg', ['superior_manager']);
    await d.map('liuqiang', ['admin_hr']);
    await d.map('zhangwei', ['handling_department']);
    await d.map('limei', ['ops_customer_service']);
    await d.map('zhouht', ['general_manager']);

    let c = await d.create('limei', { content: '购买的电饭煲三天即损坏，要求换货。' });
    const byCustomerService = await d.refused('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(byCustomerService).toMatchObject({ code: 'FORBIDDEN', reason: { params: { stepZh: '受理', rolesZh: '上级主管 或 行政人事部', source: `${S} 第七条, 第九条` } } });
    // 第九条: the administration department names the handling department, not the general manager.
    expect(await d.refused('liuqiang', c, { type: 'accept', assigneeId: await d.userId('zhouht') })).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.handOver' } });
    c = await d.act('liuqiang', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('limei'), measures: '调查报告：产品质量问题，同意换货', dueAt: inAnHour() });
    // The route asks no approval of its own: the reviews and the GM's 批阅 are the investigation report's (case records), which gates the reply.
    expect(c.workflow.route?.approvals).toEqual([]);
    expect(await d.approvalRefused('zhouht', c, 'approve')).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.noSuchStep' } });
    const reply = { type: 'resolve', result: '已为客户换货并致歉', replyMethod: 'in_person' } as const;
    expect((await d.refused('limei', c, reply)).message).toContain('调查报告');
    expect(await d.refused('wangjg', c, reply)).toMatchObject({ code: 'FORBIDDEN', reason: { params: { stepZh: '处理并答复', rolesZh: '受理部门 或 营运部客服', source: `${S} 第十一条, 第十三条, 第十四条` } } });
  });
});
