import { afterEach, describe, expect, it } from 'vitest';
import type { ComplaintDetail } from '../../shared/api/complaints';
import type { WorkflowActionInput } from '../../shared/api/workflow';
import { openTestCore, type TestCore } from '../support/temp-core';

/**
 * Repeats (篇6 第三十条、第三十二条) and causes (篇5 6.3) through the public API. "Same customer, same matter"
 * is a computed match — customer identity + problem category + the pack's window (90 days under 篇6) — that
 * staff confirm; a link the match does not offer is refused. Clock: Monday 2026-11-23 10:00 Shanghai.
 */
let core: TestCore;
afterEach(() => core?.close());

const sh = (local: string) => new Date(`${local}+08:00`).toISOString();
const intake = { kind: 'complaint' as const, channel: 'phone' as const, customerName: '欧阳晓芸', customerPhone: '137 0000 4321', content: '加气站夜间排队超过一小时。' };

async function userId(name: string): Promise<string> {
  return (await core.call('users.colleagues', {}, await core.signIn('wangjg'))).find((u) => u.displayName === name)!.id;
}

async function act(login: string, c: ComplaintDetail, action: WorkflowActionInput): Promise<ComplaintDetail> {
  return core.call('complaints.act', { id: c.id, version: c.version, action }, await core.signIn(login));
}

async function file(input: Record<string, unknown> = {}): Promise<ComplaintDetail> {
  const created = await core.call('complaints.create', { ...intake, ...input }, await core.signIn('limei'));
  return core.call('complaints.get', { id: created.id }, await core.signIn('zhaoli'));
}

async function refusedCreate(input: Record<string, unknown>) {
  const response = await core.dispatch({ method: 'complaints.create', session: await core.signIn('limei'), input: { ...intake, ...input } });
  if (response.ok) throw new Error('expected the complaint to be refused');
  return response.error;
}

/** Through the whole loop to 已结案: assigned to 张伟, planned, answered, a satisfied call-back. */
async function closed(input: Record<string, unknown>): Promise<ComplaintDetail> {
  const zhangwei = await userId('张伟');
  let c = await act('zhaoli', await file(input), { type: 'accept', assigneeId: zhangwei });
  c = await act('zhangwei', c, { type: 'planSolution', resolverId: zhangwei, measures: '增开收银台', dueAt: sh('2026-11-23T16:00:00') });
  c = await act('zhangwei', c, { type: 'resolve', result: '已增开收银台', replyMethod: 'phone' });
  return act('zhaoli', c, { type: 'callBack', method: 'phone', resolutionAdequate: true, timeliness: 'satisfied', attitude: 'satisfied', result: 'satisfied' });
}

const similar = async (input: Record<string, unknown>) => core.call('complaints.similar', input, await core.signIn('limei'));

describe('篇6 第三十条: the same customer on the same matter again', () => {
  it('after the first case was closed: offered, linked, and the new complaint escalated and made major', async () => {
    core = await openTestCore();
    const first = await closed({ problemCode: '排队' });
    expect(first.status).toBe('closed');
    // The same phone written differently is the same customer.
    const offered = await similar({ customerPhone: '13700004321', problemCode: '排队' });
    expect(offered.map((o) => [o.serial, o.kinds, o.matchedBy, o.windowDays])).toEqual([[first.serial, ['same_matter'], 'phone', 90]]);
    const repeat = await file({ customerPhone: '137-0000-4321', problemCode: '排队', repeatOfId: first.id, content: '又排队一小时' });
    expect(repeat).toMatchObject({ repeatOf: { id: first.id }, repeatKinds: ['same_matter'], classCode: 'major' });
    expect(repeat.workflow.escalations).toMatchObject([
      { reasonCode: 'repeat_same_matter', byName: '李梅', source: 'seed003 篇6 第三十条', note: expect.stringContaining(first.serial), notify: [{ party: { zh: expect.stringContaining('呼叫中心') } }] },
    ]);
    const original = await core.call('complaints.get', { id: first.id }, await core.signIn('zhaoli'));
    expect(original).toMatchObject({ status: 'closed', repeatCount: 1, escalationCount: 0 });
  });

  it('while the first is still open (its call-back included): the first one is escalated', async () => {
    core = await openTestCore();
    const first = await file({ problemCode: '排队' });
    await file({ problemCode: '排队', repeatOfId: first.id });
    const original = await core.call('complaints.get', { id: first.id }, await core.signIn('zhaoli'));
    expect(original.workflow.escalations.map((e) => e.reasonCode)).toEqual(['repeat_same_matter']);
    expect(original.classCode).toBe('major');
  });

  it('offers only within the window: 90 days back is in, a minute more is out', async () => {
    core = await openTestCore();
    const inside = await file({ problemCode: '排队', receivedAt: sh('2026-08-25T10:00:00') });
    const outside = await file({ problemCode: '排队', receivedAt: sh('2026-08-25T09:59:00') });
    const offered = await similar({ customerPhone: '137 0000 4321', problemCode: '排队', receivedAt: sh('2026-11-23T10:00:00') });
    expect(offered.map((o) => o.id)).toContain(inside.id);
    expect(offered.map((o) => o.id)).not.toContain(outside.id);
    expect(await refusedCreate({ problemCode: '排队', repeatOfId: outside.id })).toMatchObject({
      code: 'VALIDATION',
      reason: { key: 'complaintErrors.notARepeat', params: { days: 90 } },
      issues: [{ path: 'repeatOfId' }],
    });
  });

  it('refuses a link to another matter or another customer: no free tick', async () => {
    core = await openTestCore();
    const first = await file({ problemCode: '排队' });
    const other = await file({ problemCode: '排队', customerName: '黄德明', customerPhone: '139 1111 2222' });
    expect((await similar({ customerPhone: '137 0000 4321', problemCode: '油品' })).map((o) => o.kinds)).toEqual([[]]);
    expect((await refusedCreate({ problemCode: '油品', repeatOfId: first.id })).reason?.key).toBe('complaintErrors.notARepeat');
    expect((await refusedCreate({ problemCode: '排队', repeatOfId: other.id })).reason?.key).toBe('complaintErrors.notARepeat');
    const count = core.context.store.read.prepare('SELECT count(*) AS n FROM complaints WHERE customer_phone = ?').get('137 0000 4321');
    expect(count).toEqual({ n: 1 });
  });
});

describe('篇6 第三十二条: complained of again about a person who handled the case, for a subjective cause', () => {
  it('is offered as about the handler, linked and escalated', async () => {
    core = await openTestCore();
    const zhangwei = await userId('张伟');
    const first = await act('zhaoli', await file({ problemCode: '排队' }), { type: 'accept', assigneeId: zhangwei });
    const offered = await similar({ customerPhone: '137 0000 4321', problemCode: '态度', causeCode: 'attitude', subjectUserId: zhangwei });
    expect(offered.map((o) => [o.id, o.kinds])).toEqual([[first.id, ['about_handler']]]);
    await file({ problemCode: '态度', causeCode: 'attitude', subjectUserId: zhangwei, repeatOfId: first.id, content: '处理人员张伟态度恶劣' });
    const original = await core.call('complaints.get', { id: first.id }, await core.signIn('zhaoli'));
    expect(original.workflow.escalations).toMatchObject([{ reasonCode: 'repeat_staff_attitude', source: 'seed003 篇6 第三十二条' }]);
  });

  it('is not a repeat without a subjective cause, or about someone who did not handle it', async () => {
    core = await openTestCore();
    const first = await act('zhaoli', await file({ problemCode: '排队' }), { type: 'accept', assigneeId: await userId('张伟') });
    expect((await similar({ customerPhone: '137 0000 4321', problemCode: '态度', subjectUserId: await userId('张伟') })).map((o) => o.kinds)).toEqual([[]]);
    expect((await similar({ customerPhone: '137 0000 4321', problemCode: '态度', causeCode: 'attitude', subjectUserId: await userId('刘强') })).map((o) => o.kinds)).toEqual([[]]);
    expect((await refusedCreate({ problemCode: '态度', causeCode: 'attitude', subjectUserId: await userId('刘强'), repeatOfId: first.id })).reason?.key).toBe(
      'complaintErrors.notARepeat',
    );
    expect((await refusedCreate({ causeCode: 'rudeness' })).issues?.[0]).toMatchObject({ path: 'causeCode', reason: { key: 'complaintErrors.unknownCause' } });
  });
});

describe('篇5 6.3: an attitude complaint carries its penalty until one is recorded', () => {
  it('shows the consequence, met once a penalty on 6.3 is recorded', async () => {
    core = await openTestCore();
    core.context.store.transaction((tx) => tx.prepare("UPDATE site SET rule_pack = 'insurance-branch-p5'").run());
    const c = await file({ causeCode: 'attitude' });
    expect(c.causeCode).toBe('attitude');
    expect(c.workflow.consequences).toMatchObject([{ causeCode: 'attitude', articleCode: 'p5.6.3', source: 'seed003 篇5 6.3', met: false }]);
    await core.call('caseRecords.addSanction', { complaintId: c.id, personId: await userId('张伟'), articleCode: 'p5.6.3', measure: 'fine', amount: 1000 }, await core.signIn('wangjg'));
    expect((await core.call('complaints.get', { id: c.id }, await core.signIn('zhaoli'))).workflow.consequences).toMatchObject([{ met: true }]);
    expect((await file({ causeCode: 'claim_refusal' })).workflow.consequences).toEqual([]);
  });
});
