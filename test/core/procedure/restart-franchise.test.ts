import { afterEach, describe, expect, it } from 'vitest';
import type { ComplaintDetail } from '../../../shared/api/complaints';
import type { WorkflowActionInput } from '../../../shared/api/workflow';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver, satisfied } from './routes-support';

/**
 * Restart at the next level after escalation, through the public API (seed002 客户管理制度14 5.3.1.6: 客户选择第4或第5项
 * 答案，视为自动升级到下一级别，则重新填报《投诉处理单》记录情况并上报相应受理人; 5.1.1.2 level 2 handled by the level-2
 * handler and reviewed by level 3).
 */
let core: TestCore;
afterEach(() => core?.close());

const HOUR = 3_600_000;
const inAnHour = () => new Date(core.clock.now().getTime() + HOUR).toISOString();
const dissatisfied: WorkflowActionInput = { type: 'callBack', method: 'phone', resolutionAdequate: false, timeliness: 'satisfied', attitude: 'satisfied', result: 'dissatisfied', otherOpinions: '客户选择4-不满意' };
const step = (c: ComplaintDetail, name: string) => c.grade?.deadlines.find((d) => d.step === name);

async function franchise() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('franchise-sales-centre');
  await d.map('limei', ['level1_handler']);
  await d.map('liuqiang', ['level2_handler']);
  await d.map('chenzm', ['level3_handler']);
  return d;
}

async function answeredAtLevel1(d: ReturnType<typeof routeDriver>) {
  let c = await d.create('limei');
  c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('limei') });
  c = await d.act('limei', c, { type: 'log', entryType: 'customer_contacted', text: '已联系客户，填报《投诉处理单》', completesStep: 'handlingSheet' });
  c = await d.act('limei', c, { type: 'planSolution', resolverId: await d.userId('limei'), measures: '安排门店维修', dueAt: inAnHour() });
  return d.act('limei', c, { type: 'resolve', result: '已维修', replyMethod: 'phone' });
}

describe('the franchise sales centre: an answer of 4 or 5 restarts the complaint one level up (客户管理制度14 5.3.1.6)', () => {
  it('level 1 answered 4 → level 2: the level-2 handler handles, level 3 reviews, the sheet is due again from the escalation', async () => {
    const d = await franchise();
    let c = await answeredAtLevel1(d);
    expect(c.classCode).toBe('level1');
    expect(step(c, 'handlingSheet')).toMatchObject({ done: true });
    core.clock.advance(10 * 60_000);
    const answeredAt = core.clock.now().toISOString();
    c = await d.act('limei', c, dissatisfied);
    expect(c.classCode).toBe('level2');
    expect(c.status).toBe('in_progress');
    // The 《投诉处理单》 is filled in again, within 1 working day of the escalation (5.1.1, 5.3.1.6).
    expect(step(c, 'handlingSheet')).toMatchObject({ done: false, clockStartedAt: answeredAt, clockBasis: { kind: 'restarted', reasonCode: 'callback_dissatisfied' } });
    // From now on the level-2 route: the level-1 handler is refused, saying who may.
    const byLevel1 = await d.refused('limei', c, { type: 'planSolution', resolverId: await d.userId('liuqiang'), measures: '约谈店长', dueAt: inAnHour() });
    expect(byLevel1).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '处理并答复' } } });
    c = await d.act('liuqiang', c, { type: 'log', entryType: 'customer_contacted', text: '重新填报《投诉处理单》', completesStep: 'handlingSheet' });
    expect(step(c, 'handlingSheet')).toMatchObject({ done: true, overdue: false });
    c = await d.act('liuqiang', c, { type: 'planSolution', resolverId: await d.userId('liuqiang'), measures: '更换新品并致歉', dueAt: inAnHour() });
    c = await d.act('liuqiang', c, { type: 'resolve', result: '已更换新品', replyMethod: 'in_person' });
    expect((await d.refused('liuqiang', c, satisfied)).reason?.params?.['rolesZh']).toContain('三级受理人');
    c = await d.approve('chenzm', c, 'review');
    c = await d.act('liuqiang', c, satisfied);
    expect(c.status).toBe('closed');
    expect(c.classCode).toBe('level2');
  });

  it('answered 5 again at level 2 → level 3; a third time stays level 3 (5.3.1.7: the general manager’s meeting)', async () => {
    const d = await franchise();
    let c = await d.act('limei', await answeredAtLevel1(d), dissatisfied);
    c = await d.act('liuqiang', c, { type: 'resolve', result: '已更换新品', replyMethod: 'in_person' });
    c = await d.approve('chenzm', c, 'review');
    c = await d.act('liuqiang', c, { ...dissatisfied, otherOpinions: '客户选择5-很不满意' });
    expect(c.classCode).toBe('level3');
    c = await d.act('chenzm', c, { type: 'resolve', result: '总监约见客户', replyMethod: 'in_person' });
    c = await d.act('chenzm', c, dissatisfied);
    expect(c.classCode).toBe('level3');
  });

  it('does not restart the clocks under the Sichuan group’s rules, which name no restart (篇6 第七章: escalation is a record)', async () => {
    core = await openTestCore();
    const d = routeDriver(core);
    let c = await d.create('limei');
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '维修', dueAt: inAnHour() });
    c = await d.act('zhangwei', c, { type: 'resolve', result: '已维修', replyMethod: 'phone' });
    c = await d.act('zhaoli', c, dissatisfied);
    expect(c.workflow.escalations.map((e) => e.reasonCode)).toContain('callback_dissatisfied');
    expect(c.grade?.deadlines.every((x) => x.clockBasis.kind !== 'restarted')).toBe(true);
  });
});
