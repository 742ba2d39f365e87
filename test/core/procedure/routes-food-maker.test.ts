import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver, satisfied } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed003 篇1';
const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();
const HANDLERS = '责任部门 或 质检部 或 其它部门（收到客诉信息的相关部门） 或 销售部门';

async function foodMaker() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('food-maker');
  await d.map('zhaoli', ['qc_dept']);
  await d.map('limei', ['receiving_department']);
  await d.map('liuqiang', ['direct_superior']);
  await d.map('zhangwei', ['responsible_department']);
  await d.map('chenzm', ['sales_dept']);
  return d;
}

describe(`the food maker: QC or the receiving department records and passes the form to the responsible department once approved; QC measures satisfaction (${S} 3, 4.3, 4.4, 7)`, () => {
  it('received by QC, handed to the responsible department, answered only after the direct superior approved, called back only by QC (4.3, 4.4, 7.1–7.3)', async () => {
    const d = await foodMaker();
    let c = await d.create('limei', { content: '豆干袋内有异物。', tickedCriteria: ['s9.a.foreign-matter'] });
    expect(c.grade).toMatchObject({ packVersion: '1.2.0', classCode: 'A' });
    expect(await d.refused('chenzm', c, { type: 'accept', assigneeId: await d.userId('zhangwei') })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '受理', rolesZh: '质检部 或 其它部门（收到客诉信息的相关部门）', source: `${S} 4.3, 4.4, 7.1` } },
    });
    // The direct superior approves; the form goes to a handling post (4.4).
    expect(await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('liuqiang') })).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.handOver', params: { rolesZh: HANDLERS, source: `${S} 3.1, 3.2, 4.4, 7.1` } },
    });
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(await d.refused('liuqiang', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '排查设备', dueAt: inAnHour() })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { params: { stepZh: '处理并答复', rolesZh: HANDLERS } },
    });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '排查脱落零件，诚挚拜访客户', dueAt: inAnHour() });
    const reply = { type: 'resolve', result: '已致电道歉并赠送礼品', replyMethod: 'phone' } as const;
    expect(await d.refused('zhangwei', c, reply)).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.approvalMissing', params: { stepZh: '审批', rolesZh: '直属上级', source: `${S} 4.4, 7.1, 7.2` } },
    });
    expect(await d.approvalRefused('zhaoli', c, 'approve')).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'procedure.errors.wrongRole', params: { rolesZh: '直属上级' } } });
    c = await d.approve('liuqiang', c, 'approve');
    c = await d.act('zhangwei', c, reply);
    expect(await d.refused('zhangwei', c, satisfied)).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '回访结案', rolesZh: '质检部', source: `${S} 3.2, 7.3` } },
    });
    c = await d.act('zhaoli', c, satisfied);
    expect(c.status).toBe('closed');
  });

  it('a class C complaint takes the same route; the receiving department may accept and the sales department answer (3.1, 4.3, 7.1)', async () => {
    const d = await foodMaker();
    let c = await d.create('limei', { tickedCriteria: ['s9.c.packaging'] });
    expect(c.classCode).toBe('C');
    expect(c.workflow.route?.steps.map((s) => s.step)).toEqual(['receive', 'handle', 'approve', 'close']);
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('chenzm') });
    c = await d.act('chenzm', c, { type: 'planSolution', resolverId: await d.userId('chenzm'), measures: '致电致函道歉，1:1 赠送', dueAt: inAnHour() });
    c = await d.approve('liuqiang', c, 'approve');
    c = await d.act('chenzm', c, { type: 'resolve', result: '已致电道歉', replyMethod: 'phone' });
    expect(c.status).toBe('resolved');
  });
});
