import { afterEach, describe, expect, it } from 'vitest';
import type { ComplaintDetail } from '../../../shared/api/complaints';
import type { WorkflowActionInput } from '../../../shared/api/workflow';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver } from './routes-support';

/**
 * 当场答复 beyond the bank outlet (issue 23 item 3): the manufacturer's 轻微投诉 (seed001 S4 6.2.2 a): 当场可以解决、
 * 不涉及赔偿 … 不属于本程序范围) and the service company's enquiry answered at once (seed004 §D 第五条 三: 当即解答,
 * else 在24小时答复客户), through the public API.
 */
let core: TestCore;
afterEach(() => core?.close());

const MINUTE = 60_000;
const november = { kind: 'month' as const, key: '2026-11' };
const reply = (c: ComplaintDetail) => c.grade?.deadlines.find((d) => d.step === 'reply');

async function manufacturer() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('manufacturer-s4');
  await d.map('chenzm', ['sales_gm']);
  await d.map('liuqiang', ['sales_manager', 'sales_department']);
  return d;
}

async function serviceCompany() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('service-company');
  await d.map('limei', ['operating_staff']);
  await d.map('wangjg', ['department_head']);
  return d;
}

type Driver = ReturnType<typeof routeDriver>;
const spot = async (d: Driver, login: string, explanation = '当场向客户说明了使用方法'): Promise<WorkflowActionInput> => ({
  type: 'answerOnSpot',
  explanation,
  answeredById: await d.userId(login),
  answeredAt: core.clock.now().toISOString(),
  replyMethod: 'in_person',
});

describe('seed001 S4 6.2.2 a): a minor complaint answered on the spot closes outside the procedure', () => {
  it('is offered for 轻微 and closes at once with what was done, without the sales manager’s review or the sales GM’s approval', async () => {
    const d = await manufacturer();
    let c = await d.create('limei', { tickedCriteria: ['minor.on-the-spot'] });
    expect(c.classCode).toBe('minor');
    expect(c.workflow.actions).toContain('answerOnSpot');
    c = await d.act('limei', c, await spot(d, 'limei', '当场更换了包装破损的一盒，顾客认可'));
    expect(c.status).toBe('closed');
    expect(c.workflow.result).toBe('当场更换了包装破损的一盒，顾客认可');
    expect(c.workflow.onTheSpot).toMatchObject({ byName: '李梅', meets: [], source: 'seed001 S4 6.2.2 a)' });
    expect(c.workflow.route?.approvals).toEqual([]);
    expect(c.workflow.events.map((e) => e.action)).toEqual(expect.arrayContaining(['answerOnSpot']));
  });

  it('is neither offered nor taken for 严重 (当场不能解决): the procedure’s steps follow', async () => {
    const d = await manufacturer();
    const c = await d.create('limei', { tickedCriteria: ['serious.not-on-the-spot'] });
    expect(c.classCode).toBe('serious');
    expect(c.workflow.actions).not.toContain('answerOnSpot');
    // Refused for the class before the route is asked who receives (the sales GM would be the only one).
    expect(await d.refused('chenzm', c, await spot(d, 'chenzm'))).toMatchObject({ code: 'CONFLICT', reason: { key: 'workflow.errors.onSpotNotForClass', params: { classCode: 'serious' } } });
    const accepted = await d.act('chenzm', c, { type: 'accept', assigneeId: await d.userId('liuqiang') });
    expect(accepted.status).toBe('assigned');
  });

  it('is refused for a case involving compensation, saying so: the remedy asked, the tick (even with the class overridden to 轻微), a compensation on file', async () => {
    const d = await manufacturer();
    const asked = await d.create('limei', { remedy: 'compensation' });
    expect(asked.classCode).toBe('minor');
    expect(asked.workflow.actions).not.toContain('answerOnSpot');
    expect(await d.refused('limei', asked, await spot(d, 'limei'))).toMatchObject({ code: 'CONFLICT', reason: { key: 'workflow.errors.onSpotCompensation', params: { why: 'remedy' } } });

    const ticked = await d.create('limei', { tickedCriteria: ['serious.compensation'] });
    expect(await d.refused('limei', ticked, await spot(d, 'limei'))).toMatchObject({ reason: { key: 'workflow.errors.onSpotCompensation', params: { why: 'criterion' } } });
    const overridden = await core.call('complaints.overrideClass', { id: ticked.id, classCode: 'minor', reason: '赔偿金额很小，按轻微处理' }, await core.signIn('wangjg'));
    expect(overridden.classCode).toBe('minor');
    expect(await d.refused('limei', overridden, await spot(d, 'limei'))).toMatchObject({ reason: { key: 'workflow.errors.onSpotCompensation', params: { why: 'criterion' } } });

    const paid = await d.create('limei');
    await core.call('caseRecords.addCompensation', { complaintId: paid.id, type: 'damages', amount: 50 }, await core.signIn('wangjg'));
    const withRecord = await d.get(paid);
    expect(withRecord.workflow.actions).not.toContain('answerOnSpot');
    expect(await d.refused('limei', withRecord, await spot(d, 'limei'))).toMatchObject({ reason: { key: 'workflow.errors.onSpotCompensation', params: { why: 'record' } } });
  });

  it('an apology on file is no compensation: the minor complaint may still be answered on the spot', async () => {
    const d = await manufacturer();
    const c = await d.create('limei');
    await core.call('caseRecords.addCompensation', { complaintId: c.id, type: 'apology' }, await core.signIn('wangjg'));
    const closed = await d.act('limei', await d.get(c), await spot(d, 'limei', '当面致歉并说明原因'));
    expect(closed.status).toBe('closed');
  });
});

describe('seed004 §D 第五条 三: an enquiry the receiving unit answers at once (当即解答) meets its 24-hour reply then', () => {
  it('closes the enquiry with the answer; the reply clock is met at the answer, on time, in the deadline table and the report', async () => {
    const d = await serviceCompany();
    const lead = await core.signIn('wangjg');
    const before = (await core.call('reports.run', { definitionId: 'general-statistics', period: november }, lead)).total.replyOnTime!;
    let c = await d.create('limei', { kind: 'inquiry', channel: 'in_person', content: '咨询会员卡积分怎么兑换。' });
    expect(reply(c)).toMatchObject({ done: false });
    expect(c.workflow.actions).toContain('answerOnSpot');
    core.clock.advance(3 * MINUTE);
    c = await d.act('limei', c, await spot(d, 'limei', '当即解答：积分可在服务台兑换礼品'));
    expect(c.status).toBe('closed');
    expect(c.workflow.onTheSpot).toMatchObject({ meets: ['reply'], source: 'seed004 §D 第五条 三' });
    expect(reply(c)).toMatchObject({ done: true, overdue: false });
    // A day and a minute later the 24 hours are over: still met at the answer.
    core.clock.advance(24 * 60 * MINUTE + MINUTE);
    expect(reply(await routeDriver(core).get(c))).toMatchObject({ done: true, overdue: false });
    const after = (await core.call('reports.run', { definitionId: 'general-statistics', period: november }, await core.signIn('wangjg'))).total.replyOnTime!;
    expect([after.numerator - before.numerator, (after.denominator ?? 0) - (before.denominator ?? 0)]).toEqual([1, 1]);
  });

  it('an enquiry not answered at once keeps its 24-hour clock, overdue a minute past it', async () => {
    const d = await serviceCompany();
    const c = await d.create('limei', { kind: 'inquiry', content: '咨询退款进度。' });
    const limit = await d.boundary(c, 'reply');
    expect(limit).toMatchObject({ overdueAtDue: false, overdueAMinuteLater: true });
    expect(new Date(limit.due).getTime() - new Date(c.receivedAt).getTime()).toBe(24 * 60 * MINUTE);
  });

  it('is refused for a complaint and a suggestion, saying the kind; and once the enquiry is accepted', async () => {
    const d = await serviceCompany();
    for (const kind of ['complaint', 'suggestion'] as const) {
      const c = await d.create('limei', { kind });
      expect(c.workflow.actions).not.toContain('answerOnSpot');
      expect(await d.refused('limei', c, await spot(d, 'limei'))).toMatchObject({ code: 'CONFLICT', reason: { key: 'workflow.errors.onSpotNotForKind', params: { kind } } });
    }
    let enquiry = await d.create('limei', { kind: 'inquiry' });
    enquiry = await d.act('zhaoli', enquiry, { type: 'accept', assigneeId: await d.userId('limei') });
    expect(await d.refused('limei', enquiry, await spot(d, 'limei'))).toMatchObject({ reason: { key: 'workflow.errors.onSpotPastRegistration', params: { status: 'assigned' } } });
  });

  it('is recorded by whoever took the enquiry (接诉单位) or someone who assigns cases; anyone else is refused, saying who may', async () => {
    const d = await serviceCompany();
    const c = await d.create('limei', { kind: 'inquiry' });
    expect(await d.refused('zhangwei', c, await spot(d, 'zhangwei'))).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'workflow.errors.onSpotNotReceiver' } });
    expect((await d.act('zhaoli', c, await spot(d, 'limei'))).workflow.onTheSpot?.byName).toBe('李梅');
  });
});
