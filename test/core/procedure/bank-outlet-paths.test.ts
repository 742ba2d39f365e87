import { afterEach, describe, expect, it } from 'vitest';
import type { ComplaintDetail } from '../../../shared/api/complaints';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const MINUTE = 60_000;
const reply = (c: ComplaintDetail) => c.grade?.deadlines.find((d) => d.step === 'reply');

async function bankOutlet() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('bank-outlet');
  await d.map('limei', ['first_employee']);
  await d.map('zhangwei', ['complaint_manager']);
  await d.map('wangjg', ['outlet_head']);
  return d;
}

describe('当场答复: a complaint answered on the spot closes with its record (seed002 客户管理制度4 第七条(二), 第八条(一)(二), 第十一条(一)1–2)', () => {
  it('closes at once with what was explained, by whom and when, as its reply, on time and without the head’s signature', async () => {
    const d = await bankOutlet();
    let c = await d.create('limei', { channel: 'in_person' });
    expect(c.workflow.actions).toContain('answerOnSpot');
    core.clock.advance(2 * MINUTE);
    const answeredAt = new Date(core.clock.now().getTime() - MINUTE).toISOString();
    c = await d.act('limei', c, { type: 'answerOnSpot', explanation: '向客户解释了跨行转账手续费的收费标准', answeredById: await d.userId('limei'), answeredAt, replyMethod: 'in_person' });
    expect(c.status).toBe('closed');
    expect(c.workflow.result).toBe('向客户解释了跨行转账手续费的收费标准');
    expect(c.workflow.customerInformedAt).toBe(answeredAt);
    expect(c.workflow.onTheSpot).toMatchObject({ explanation: '向客户解释了跨行转账手续费的收费标准', byName: '李梅', at: answeredAt, meets: ['reply'] });
    expect(c.workflow.onTheSpot?.source).toContain('第七条(二)');
    // No signature is awaited on a case answered on the spot (第八条(三) asks it of the others).
    expect(c.workflow.route?.approvals).toEqual([]);
    // The 3-day reply is met by the answer itself: done at the answer, never overdue (reports count it as replied on time).
    expect(reply(c)).toMatchObject({ done: true, overdue: false });
    core.clock.advance(10 * 24 * 60 * MINUTE);
    expect(reply(await routeDriver(core).get(c))).toMatchObject({ done: true, overdue: false });
    expect(c.workflow.events.map((e) => e.action)).toContain('answerOnSpot');
  });

  it('is listed as answered on the spot in the opinion register, its answer as the handling and reply; an agreed deadline in its column (第三条, 第八条(三))', async () => {
    const d = await bankOutlet();
    let spot = await d.create('limei');
    spot = await d.act('limei', spot, { type: 'answerOnSpot', explanation: '当场解释了手续费', answeredById: await d.userId('limei'), answeredAt: core.clock.now().toISOString(), replyMethod: 'in_person' });
    let agreed = await d.create('limei');
    agreed = await d.act('limei', agreed, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    agreed = await d.act('zhangwei', agreed, { type: 'agreeReplyDeadline', dueAt: '2026-11-25T08:00:00.000Z', agreedBy: 'phone' });
    const sheet = await core.call('ledgers.sheet', { ledgerId: 'bank.opinion-register', period: '2026-11' }, await core.signIn('wangjg'));
    const rowOf = (c: ComplaintDetail) => sheet.rows.find((r) => r.cells.serial === c.serial)!.cells;
    expect(rowOf(spot)).toMatchObject({ 'on-spot': true, result: '当场解释了手续费', 'reply-due': null });
    expect(rowOf(agreed)).toMatchObject({ 'on-spot': false, 'reply-due': '2026-11-25T08:00:00.000Z' });
  });

  it('may be recorded by the complaint manager the case was passed to, naming who answered', async () => {
    const d = await bankOutlet();
    let c = await d.create('limei');
    c = await d.act('zhangwei', c, { type: 'answerOnSpot', explanation: '经核实为系统延迟，款项已到账', answeredById: await d.userId('zhangwei'), answeredAt: core.clock.now().toISOString(), replyMethod: 'phone' });
    expect(c.status).toBe('closed');
    expect(c.workflow.onTheSpot?.byName).toBe('张伟');
    expect(c.workflow.replyMethod).toBe('phone');
  });

  it('is refused to the outlet head, whom the route does not name to receive, saying who may', async () => {
    const d = await bankOutlet();
    const c = await d.create('limei');
    const error = await d.refused('wangjg', c, { type: 'answerOnSpot', explanation: '已解释', answeredById: await d.userId('wangjg'), answeredAt: core.clock.now().toISOString(), replyMethod: 'in_person' });
    expect(error).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '受理', rolesZh: '首位受理员工 或 投诉管理人' } } });
  });

  it('is refused once the case is past registration, saying why', async () => {
    const d = await bankOutlet();
    let c = await d.create('limei');
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(c.workflow.actions).not.toContain('answerOnSpot');
    const error = await d.refused('zhangwei', c, { type: 'answerOnSpot', explanation: '已解释', answeredById: await d.userId('zhangwei'), answeredAt: core.clock.now().toISOString(), replyMethod: 'in_person' });
    expect(error).toMatchObject({ code: 'CONFLICT', reason: { key: 'workflow.errors.onSpotPastRegistration', params: { status: 'assigned' } } });
  });

  it('is refused without the route to someone who neither received the case nor assigns cases', async () => {
    core = await openTestCore();
    const d = routeDriver(core);
    await d.profile('bank-outlet');
    const c = await d.create('limei');
    const error = await d.refused('zhangwei', c, { type: 'answerOnSpot', explanation: '已解释', answeredById: await d.userId('zhangwei'), answeredAt: core.clock.now().toISOString(), replyMethod: 'in_person' });
    expect(error).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'workflow.errors.onSpotNotReceiver' } });
  });

  it('is not offered, and refused, where the site’s pack names no on-the-spot answer (the Sichuan group)', async () => {
    core = await openTestCore();
    const d = routeDriver(core);
    const c = await d.create('limei');
    expect(c.workflow.actions).not.toContain('answerOnSpot');
    const error = await d.refused('limei', c, { type: 'answerOnSpot', explanation: '已解释', answeredById: await d.userId('limei'), answeredAt: core.clock.now().toISOString(), replyMethod: 'in_person' });
    expect(error).toMatchObject({ code: 'CONFLICT', reason: { key: 'workflow.errors.onSpotNotInPack' } });
  });

  it('refuses an answer time before the complaint was received or in the future', async () => {
    const d = await bankOutlet();
    const c = await d.create('limei');
    const before = new Date(new Date(c.receivedAt).getTime() - MINUTE).toISOString();
    const early = await d.refused('limei', c, { type: 'answerOnSpot', explanation: '已解释', answeredById: await d.userId('limei'), answeredAt: before, replyMethod: 'in_person' });
    expect(early).toMatchObject({ reason: { key: 'workflow.errors.informedBeforeReceived' } });
  });
});

describe('约定回复时限: the reply deadline agreed with the customer (seed002 客户管理制度4 第八条(三), 第十一条(一)3, within 第七条(二)’s 3 days)', () => {
  it('moves the reply’s due to the agreed time, at the 3-day limit and not a minute past it', async () => {
    const d = await bankOutlet();
    let c = await d.create('limei');
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    const limit = reply(c)!.due!;
    // Received 2026-11-23 10:00 Beijing: three calendar days after the day of receipt end 24:00 of 11-26 (16:00 UTC).
    expect(limit).toBe('2026-11-26T16:00:00.000Z');
    const past = await d.refused('zhangwei', c, { type: 'agreeReplyDeadline', dueAt: new Date(new Date(limit).getTime() + MINUTE).toISOString(), agreedBy: 'in_person' });
    expect(past).toMatchObject({ code: 'VALIDATION', reason: { key: 'workflow.errors.agreedDueBeyondLimit', params: { limit } } });
    c = await d.act('zhangwei', c, { type: 'agreeReplyDeadline', dueAt: limit, agreedBy: 'in_person' });
    expect(reply(c)).toMatchObject({ due: limit, agreed: true });
    const earlier = '2026-11-24T08:00:00.000Z';
    c = await d.act('zhangwei', c, { type: 'agreeReplyDeadline', dueAt: earlier, agreedBy: 'phone', note: '客户要求明天下午前回电' });
    expect(reply(c)).toMatchObject({ due: earlier, agreed: true, overdue: false });
    expect(c.workflow.agreedReply).toMatchObject({ step: 'reply', dueAt: earlier, agreedBy: 'phone', byName: '张伟' });
    // One minute past the agreed time, the reply is overdue though the 3 days are not over.
    core.clock.set(new Date(new Date(earlier).getTime() + MINUTE));
    expect(reply(await routeDriver(core).get(c))).toMatchObject({ overdue: true });
  });

  it('refuses an agreed time that is not ahead of now', async () => {
    const d = await bankOutlet();
    let c = await d.create('limei');
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    const error = await d.refused('zhangwei', c, { type: 'agreeReplyDeadline', dueAt: core.clock.now().toISOString(), agreedBy: 'phone' });
    expect(error).toMatchObject({ reason: { key: 'workflow.errors.agreedDueNotAhead' } });
  });

  it('is agreed by the complaint manager only, the first employee is refused naming who may', async () => {
    const d = await bankOutlet();
    let c = await d.create('limei');
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('limei') });
    const error = await d.refused('limei', c, { type: 'agreeReplyDeadline', dueAt: '2026-11-25T08:00:00.000Z', agreedBy: 'phone' });
    expect(error).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'procedure.errors.wrongRole', params: { rolesZh: '投诉管理人' } } });
  });
});
