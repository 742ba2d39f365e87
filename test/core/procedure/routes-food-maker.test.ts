import { afterEach, describe, expect, it } from 'vitest';
import type { ComplaintDetail } from '../../../shared/api/complaints';
import { siteFieldSamples } from '../../support/record-field-samples';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver, satisfied } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed003 篇1';
const HOUR = 3_600_000;
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
  it('received by QC, handed to the responsible department only once the direct superior approved (4.4, 7.2), answered, called back only by QC (4.3, 7.1–7.3)', async () => {
    const d = await foodMaker();
    let c = await d.create('limei', { content: '豆干袋内有异物。', tickedCriteria: ['s9.a.foreign-matter'] });
    expect(c.grade).toMatchObject({ packVersion: '1.3.0', classCode: 'A' });
    expect(await d.refused('chenzm', c, { type: 'accept', assigneeId: await d.userId('zhangwei') })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '受理', rolesZh: '质检部 或 其它部门（收到客诉信息的相关部门）', source: `${S} 4.3, 4.4, 7.1` } },
    });
    // The form goes to a handling post (4.4)…
    expect(await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('liuqiang') })).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.handOver', params: { rolesZh: HANDLERS, source: `${S} 3.1, 3.2, 4.4, 7.1` } },
    });
    // …once approved: 经批准后 … 传递到责任部门 (4.4); 填写记录单后再进行处理（包括审批） (7.2).
    expect(await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') })).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.approvalBeforeHandOver', params: { stepZh: '审批', rolesZh: '直属上级', source: `${S} 4.4, 7.1, 7.2` } },
    });
    expect(c.workflow.route?.approvals.map((a) => [a.step, a.before])).toEqual([['approve', 'handOver']]);
    expect(await d.approvalRefused('zhaoli', c, 'approve')).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'procedure.errors.wrongRole', params: { rolesZh: '直属上级' } } });
    c = await d.approve('liuqiang', c, 'approve');
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(await d.refused('liuqiang', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '排查设备', dueAt: inAnHour() })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { params: { stepZh: '处理并答复', rolesZh: HANDLERS } },
    });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '排查脱落零件，诚挚拜访客户', dueAt: inAnHour() });
    c = await d.act('zhangwei', c, { type: 'resolve', result: '已致电道歉并赠送礼品', replyMethod: 'phone' });
    expect(await d.refused('zhangwei', c, satisfied)).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '回访结案', rolesZh: '质检部', source: `${S} 3.2, 7.3` } },
    });
    c = await d.act('zhaoli', c, satisfied);
    expect(c.status).toBe('closed');
  });

  it('the 1-hour hand-off counts from the approval, not the receipt: waiting until approved, on time at the hour, late a second after (4.4)', async () => {
    const d = await foodMaker();
    // A fresh session for each step taken hours later (a session lapses when idle).
    const assign = async (c: ComplaintDetail) => {
      const action = { type: 'accept', assigneeId: await d.userId('zhangwei') } as const;
      const session = await core.signIn('zhaoli');
      return core.call('complaints.act', { id: c.id, version: c.version, action, recordFields: siteFieldSamples(core, 'accept') }, session);
    };
    const dispatch = (c: ComplaintDetail) => c.grade?.deadlines.find((x) => x.step === 'dispatch');
    const onTime = await d.create('limei', { tickedCriteria: ['s9.c.packaging'] });
    const late = await d.create('limei', { tickedCriteria: ['s9.c.packaging'] });
    expect(dispatch(onTime)).toMatchObject({
      due: null,
      clockStartedAt: null,
      clockBasis: { kind: 'approval', step: 'approve', roles: [{ zh: '直属上级', en: 'Direct superior' }], byName: null },
    });
    // Approved three hours after receipt: the hour starts then, so nothing was late before it.
    core.clock.advance(3 * HOUR);
    const approvedAt = core.clock.now();
    const approved = [await d.approve('liuqiang', onTime, 'approve'), await d.approve('liuqiang', late, 'approve')];
    expect(dispatch(approved[0]!)).toMatchObject({
      clockStartedAt: approvedAt.toISOString(),
      due: new Date(approvedAt.getTime() + HOUR).toISOString(),
      overdue: false,
      clockBasis: { kind: 'approval', byName: '刘强' },
    });
    const overdueAt = async (ms: number) => {
      core.clock.set(new Date(approvedAt.getTime() + ms));
      return (await core.call('complaints.get', { id: onTime.id }, await core.signIn('wangjg'))).grade?.overdue.includes('dispatch');
    };
    expect([await overdueAt(HOUR), await overdueAt(HOUR + 1000)]).toEqual([false, true]);
    core.clock.set(new Date(approvedAt.getTime() + HOUR));
    expect(dispatch(await assign(approved[0]!))).toMatchObject({ done: true, overdue: false });
    core.clock.set(new Date(approvedAt.getTime() + HOUR + 1000));
    expect(dispatch(await assign(approved[1]!))).toMatchObject({ done: true, overdue: true });
  });

  it('a class C complaint takes the same route: approved, then accepted by the receiving department and answered by the sales department (3.1, 4.3, 4.4, 7.1)', async () => {
    const d = await foodMaker();
    let c = await d.create('limei', { tickedCriteria: ['s9.c.packaging'] });
    expect(c.classCode).toBe('C');
    expect(c.workflow.route?.steps.map((s) => s.step)).toEqual(['receive', 'handle', 'approve', 'close']);
    c = await d.approve('liuqiang', c, 'approve');
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('chenzm') });
    c = await d.act('chenzm', c, { type: 'planSolution', resolverId: await d.userId('chenzm'), measures: '致电致函道歉，1:1 赠送', dueAt: inAnHour() });
    c = await d.act('chenzm', c, { type: 'resolve', result: '已致电道歉', replyMethod: 'phone' });
    expect(c.status).toBe('resolved');
  });
});
