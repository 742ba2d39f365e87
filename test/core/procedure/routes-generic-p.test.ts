import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver, satisfied } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed004 §P';
const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();
const HANDLERS = '投诉处理专人（投诉处理人员） 或 责任部门负责人 或 责任部门授权专人';
const reply = { type: 'resolve', result: '已将处理结果通知客户并安抚', replyMethod: 'phone' } as const;

async function generic() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('generic');
  await d.map('limei', ['service_staff']);
  await d.map('zhaoli', ['complaint_handler']);
  await d.map('liuqiang', ['dept_head']);
  await d.map('zhangwei', ['dept_staff']);
  return d;
}

describe(`the generic system: service staff accept, the complaint handler reviews and passes it on, the department head signs for it, the handler answers and closes (${S} 四–六)`, () => {
  it('accepted only by service staff and passed to the handler; passed to the department only after the handler’s review, to the authorised person only after the head’s signature; closed only by the handler (四 1–2, 五 1–4, 六 1–2)', async () => {
    const d = await generic();
    let c = await d.create('limei', { content: '售后维修超过约定期限仍未完成。' });
    expect(c.grade).toMatchObject({ packVersion: '1.3.0', classCode: 'complaint' });
    expect(await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhaoli') })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '受理', rolesZh: '服务人员', source: `${S} 四 1、2` } },
    });
    expect(await d.refused('limei', c, { type: 'accept', assigneeId: await d.userId('chenzm') })).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.handOver', params: { rolesZh: HANDLERS, source: `${S} 四 2, 五 1、4, 六 1` } },
    });
    // Passed to the department head without the handler's review: refused (四 2 复核后转发).
    expect(await d.refused('limei', c, { type: 'accept', assigneeId: await d.userId('liuqiang') })).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.approvalBeforeHandOver', params: { stepZh: '审核', rolesZh: '投诉处理专人（投诉处理人员）', source: `${S} 四 2` } },
    });
    // To the handler it goes without one: the handler is the one who reviews.
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('zhaoli') });
    expect(c.workflow.route?.approvals.map((a) => [a.step, a.before])).toEqual([['review', 'handOver'], ['sign', 'handOver']]);
    const plan = { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '转售后部门限期核实并回复', dueAt: inAnHour() } as const;
    expect(await d.refused('limei', c, plan)).toMatchObject({
      code: 'FORBIDDEN',
      reason: { params: { stepZh: '处理并答复', rolesZh: HANDLERS } },
    });
    expect(await d.refused('zhaoli', c, plan)).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.approvalBeforeHandOver', params: { stepZh: '审核', rolesZh: '投诉处理专人（投诉处理人员）', source: `${S} 四 2` } },
    });
    c = await d.approve('zhaoli', c, 'review');
    // The authorised person gets it once the head signed for the document (五 1–2).
    expect(await d.refused('zhaoli', c, plan)).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.approvalBeforeHandOver', params: { stepZh: '签字确认', rolesZh: '责任部门负责人', source: `${S} 五 1、2` } },
    });
    expect(await d.approvalRefused('zhangwei', c, 'sign')).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'procedure.errors.wrongRole', params: { rolesZh: '责任部门负责人' } } });
    c = await d.approve('liuqiang', c, 'sign');
    c = await d.act('zhaoli', c, plan);
    c = await d.act('zhaoli', c, reply);
    expect(await d.refused('limei', c, satisfied)).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '回访结案', rolesZh: '投诉处理专人（投诉处理人员）', source: `${S} 六 1、2` } },
    });
    c = await d.act('zhaoli', c, satisfied);
    expect(c.status).toBe('closed');
  });

  it('a head who handles the case themselves is handed it after the review, and signs at the latest before the reply; the same-day dispute answer counts from that signature (四 2, 五 2)', async () => {
    const d = await generic();
    let c = await d.create('limei');
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('zhaoli') });
    c = await d.approve('zhaoli', c, 'review');
    c = await d.act('zhaoli', c, { type: 'planSolution', resolverId: await d.userId('liuqiang'), measures: '部门负责人亲自核实', dueAt: inAnHour() });
    expect(await d.refused('liuqiang', c, reply)).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.approvalMissing', params: { stepZh: '签字确认', rolesZh: '责任部门负责人', source: `${S} 五 1、2` } },
    });
    // 收到投诉处理单据的当日 (五 2): the dispute answer's day starts at the head's signature, not at the hand-over.
    const dispute = (x: typeof c) => x.grade?.deadlines.find((dl) => dl.step === 'disputeVerification');
    expect(dispute(c)).toMatchObject({ due: null, clockBasis: { kind: 'approval', step: 'sign', roles: [{ zh: '责任部门负责人' }], byName: null } });
    c = await d.approve('liuqiang', c, 'sign');
    expect(dispute(c)).toMatchObject({ clockStartedAt: core.clock.now().toISOString(), clockBasis: { kind: 'approval', step: 'sign', byName: '刘强' } });
    expect((await d.act('liuqiang', c, reply)).status).toBe('resolved');
  });

  it('an escalated complaint restarts the same route; only service staff rule a non-complaint invalid (四 1, 六 3)', async () => {
    const d = await generic();
    const escalated = await d.create('limei', { tickedCriteria: ['escalated.reply-rejected'] });
    expect(escalated.classCode).toBe('escalated');
    expect(escalated.workflow.route?.steps.map((s) => s.step)).toEqual(['receive', 'handle', 'review', 'sign', 'close']);
    const invalid = { type: 'markInvalid', reasonCode: 'not-a-complaint', explanation: '客户咨询产品用法，并不构成投诉' } as const;
    expect((await d.refused('zhaoli', escalated, invalid)).reason).toMatchObject({ key: 'procedure.errors.wrongRole', params: { rolesZh: '服务人员' } });
    expect((await d.act('limei', escalated, invalid)).status).toBe('invalid');
  });
});
