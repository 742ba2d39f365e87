import { afterEach, describe, expect, it } from 'vitest';
import type { ComplaintDetail } from '../../shared/api/complaints';
import type { WorkflowActionInput } from '../../shared/api/workflow';
import { openTestCore, type TestCore } from '../support/temp-core';

/**
 * Issue 17 §1.1 through the public API: a complaint that ran past its limit before anyone planned it can
 * always be moved forward, and it keeps counting as overdue. The demo site runs 篇6; the clock starts on
 * Monday 2026-11-23 10:00 Shanghai.
 */
let core: TestCore;
afterEach(() => core?.close());

const sh = (local: string) => new Date(`${local}+08:00`).toISOString();
const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const intake = { kind: 'complaint' as const, channel: 'phone' as const, customerName: '欧阳晓芸', customerPhone: '137 0000 4321', content: '罐车夜间经过村道，蝴蝶阀无人处理。' };

async function userId(name: string): Promise<string> {
  return (await core.call('users.colleagues', {}, await core.signIn('wangjg'))).find((u) => u.displayName === name)!.id;
}

async function act(login: string, c: ComplaintDetail, action: WorkflowActionInput): Promise<ComplaintDetail> {
  return core.call('complaints.act', { id: c.id, version: c.version, action }, await core.signIn(login));
}

async function refused(login: string, c: ComplaintDetail, action: WorkflowActionInput) {
  const response = await core.dispatch({ method: 'complaints.act', session: await core.signIn(login), input: { id: c.id, version: c.version, action } });
  if (response.ok) throw new Error(`expected ${action.type} to be refused`);
  return response.error;
}

/** Filed and assigned to 张伟; received at `receivedAt` (Shanghai wall-clock). */
async function assigned(receivedAt: string, input: Record<string, unknown> = {}): Promise<ComplaintDetail> {
  const created = await core.call('complaints.create', { ...intake, receivedAt: sh(receivedAt), ...input }, await core.signIn('limei'));
  const c = await core.call('complaints.get', { id: created.id }, await core.signIn('zhaoli'));
  return act('zhaoli', c, { type: 'accept', assigneeId: await userId('张伟') });
}

describe('a case past its limit before a plan (篇6 第十七条、第十八条)', () => {
  it('takes a late plan: accepted, kept with who and when, and the case still counts as overdue', async () => {
    core = await openTestCore();
    // Received Tuesday 3 November: 3 working days ran out on the 6th, the 7 of a major case on the 12th.
    let c = await assigned('2026-11-03T10:00:00');
    expect(c.workflow.overdue.limitMissedAt).toBe(sh('2026-11-06T17:30:00'));
    expect(c.workflow.actions).toEqual(expect.arrayContaining(['planSolution', 'requestExtension']));
    c = await act('zhangwei', c, { type: 'planSolution', resolverId: await userId('张伟'), measures: '改道并维修蝴蝶阀', dueAt: sh('2026-11-24T12:00:00') });
    expect(c.status).toBe('in_progress');
    expect(c.workflow.overdue).toMatchObject({ limitMissedAt: sh('2026-11-06T17:30:00'), latePlan: { byName: '张伟', at: sh('2026-11-23T10:00:00') } });
    expect(c.workflow.events.at(-1)).toMatchObject({ action: 'planSolution', details: { late: true, limit: sh('2026-11-12T17:30:00') } });
    expect(c.grade?.deadlines.find((d) => d.step === 'resolution')).toMatchObject({ overdue: true, done: false });
    const overdue = await core.call('complaints.list', { list: 'overdue', limit: 200 }, await core.signIn('zhangwei'));
    expect(overdue.items.map((i) => i.id)).toContain(c.id);
    const stored = core.context.store.read.prepare('SELECT late_plan_at, late_plan_by, limit_missed_at FROM complaints WHERE id = ?').get(c.id);
    expect(stored).toEqual({ late_plan_at: sh('2026-11-23T10:00:00'), late_plan_by: await userId('张伟'), limit_missed_at: sh('2026-11-06T17:30:00') });
  });

  it('before the limit, refuses a time limit beyond it with the limit as a moment for the reader, never an ISO string', async () => {
    core = await openTestCore();
    const c = await assigned('2026-11-23T09:00:00');
    const error = await refused('zhangwei', c, { type: 'planSolution', resolverId: await userId('张伟'), measures: '处理', dueAt: sh('2026-11-30T12:00:00') });
    expect(error).toMatchObject({
      code: 'VALIDATION',
      reason: { key: 'workflow.errors.planBeyondLimit', params: { limit: { at: sh('2026-11-26T17:30:00') } } },
      issues: [{ path: 'action.dueAt', reason: { key: 'workflow.errors.planBeyondLimit' } }],
    });
    expect(error.message).not.toMatch(ISO);
    expect(error.issues?.[0]?.message).not.toMatch(ISO);
    expect((await core.call('complaints.get', { id: c.id }, await core.signIn('zhangwei'))).version).toBe(c.version);
  });

  it('asks for an extension from 已分派; the 分管副总裁 approves (第十八条), and running late stays on record', async () => {
    core = await openTestCore();
    let c = await assigned('2026-11-03T10:00:00');
    c = await act('zhangwei', c, { type: 'requestExtension', extensionType: 'special_circumstance', reason: '需协调村委会改道', newDueAt: sh('2026-11-30T17:30:00') });
    expect(c.status).toBe('assigned');
    expect(c.workflow.extensions).toMatchObject([{ status: 'pending', takesEffectBy: 'approval' }]);
    const leader = await core.call('complaints.get', { id: c.id }, await core.signIn('chenzm'));
    expect(leader.workflow.actions).toContain('decideExtension');
    c = await act('chenzm', leader, { type: 'decideExtension', extensionId: c.workflow.extensions[0]!.id, approve: true });
    expect(c.grade?.deadlines.find((d) => d.step === 'resolution')).toMatchObject({ due: sh('2026-11-30T17:30:00'), agreed: true, overdue: false });
    expect(c.workflow.overdue.limitMissedAt).toBe(sh('2026-11-06T17:30:00'));
    c = await act('zhangwei', c, { type: 'planSolution', resolverId: await userId('张伟'), measures: '改道', dueAt: sh('2026-11-27T12:00:00') });
    expect(c.status).toBe('in_progress');
  });
});

describe('篇6 第二十七条: several departments, the customer agreed', () => {
  const base = { type: 'requestExtension' as const, extensionType: 'multi_department' as const, reason: '涉及工程部与物业部协调', newDueAt: sh('2026-12-04T17:30:00') };

  it('takes effect on the consent, without waiting for an approver who is not required', async () => {
    core = await openTestCore();
    let c = await assigned('2026-11-23T09:00:00');
    c = await act('zhangwei', c, { ...base, customerConsentAt: sh('2026-11-23T09:55:00'), consentMethod: 'phone', callCentreToldAt: sh('2026-11-23T09:58:00') });
    expect(c.workflow.extensions).toMatchObject([
      { status: 'approved', takesEffectBy: 'customer_consent', consentMethod: 'phone', noticeDueAt: sh('2026-11-23T09:58:00'), noticeLate: false, decidedByName: null },
    ]);
    expect(c.grade?.deadlines.find((d) => d.step === 'resolution')).toMatchObject({ due: sh('2026-12-04T17:30:00'), agreed: true });
    expect((await core.call('complaints.get', { id: c.id }, await core.signIn('chenzm'))).workflow.actions).not.toContain('decideExtension');
    expect(c.workflow.actions).toContain('requestExtension');
  });

  it('marks the call to the call centre late one minute past the 3 minutes', async () => {
    core = await openTestCore();
    const c = await act('zhangwei', await assigned('2026-11-23T09:00:00'), {
      ...base,
      customerConsentAt: sh('2026-11-23T09:55:00'),
      consentMethod: 'in_person',
      callCentreToldAt: sh('2026-11-23T09:59:00'),
    });
    expect(c.workflow.extensions[0]).toMatchObject({ noticeDueAt: sh('2026-11-23T09:58:00'), noticeLate: true });
  });

  it('refuses one without the consent’s time, its way, or the call, and writes nothing', async () => {
    core = await openTestCore();
    const c = await assigned('2026-11-23T09:00:00');
    const path = async (action: WorkflowActionInput) => (await refused('zhangwei', c, action)).issues?.[0]?.path;
    expect(await path({ ...base })).toBe('action.customerConsentAt');
    expect(await path({ ...base, customerConsentAt: sh('2026-11-23T09:55:00') })).toBe('action.consentMethod');
    expect(await path({ ...base, customerConsentAt: sh('2026-11-23T09:55:00'), consentMethod: 'phone' })).toBe('action.callCentreToldAt');
    expect(await path({ ...base, customerConsentAt: sh('2026-11-23T09:55:00'), consentMethod: 'phone', callCentreToldAt: sh('2026-11-23T09:50:00') })).toBe(
      'action.callCentreToldAt',
    );
    expect((await core.call('complaints.get', { id: c.id }, await core.signIn('zhangwei'))).workflow.extensions).toEqual([]);
  });
});

describe('篇6 第三十一条 through the core', () => {
  it('a case entered after its limit passed is escalated at entry, class raised, the new deadlines shown, the call centre to be told', async () => {
    core = await openTestCore();
    const created = await core.call('complaints.create', { ...intake, receivedAt: sh('2026-11-03T10:00:00') }, await core.signIn('limei'));
    const c = await core.call('complaints.get', { id: created.id }, await core.signIn('zhaoli'));
    expect(c.classCode).toBe('major');
    expect(c.workflow.escalations).toMatchObject([
      {
        reasonCode: 'overdue_without_agreement',
        byName: null,
        source: 'seed003 篇6 第三十一条',
        notify: [{ party: { zh: '呼叫中心（归口管理、督促跟踪、奖惩建议）' }, source: 'seed003 篇6 第三十八条(一)1、3、8' }],
      },
    ]);
    expect(c.grade?.criteria.filter((x) => x.fired).map((x) => x.id)).toEqual(expect.arrayContaining(['major.3', 'major.escalated']));
    expect(c.grade?.deadlines.find((d) => d.step === 'resolution')?.due).toBe(sh('2026-11-12T17:30:00'));
    const outbox = core.context.store.read.prepare("SELECT payload FROM outbox WHERE entity = 'complaint_escalation'").all() as { payload: string }[];
    expect(outbox.map((o) => JSON.parse(o.payload) as { complaintId: string }).filter((p) => p.complaintId === c.id)).toHaveLength(1);
  });

  it('told of the delay before the limit, a customer who agreed keeps it from escalating; one who did not escalates it on the timer', async () => {
    core = await openTestCore();
    const agreed = await act('zhangwei', await assigned('2026-11-23T09:00:00'), { type: 'log', entryType: 'delay_explained', text: '已说明需等待配件', customerAgreed: true });
    const refusedIt = await act('zhangwei', await assigned('2026-11-23T09:00:00', { customerName: '黄德明', customerPhone: '139 1111 2222' }), {
      type: 'log',
      entryType: 'delay_explained',
      text: '已说明需等待配件',
      customerAgreed: false,
    });
    expect(agreed.workflow.overdue.delayExplained).toMatchObject({ agreed: true });
    core.clock.set(new Date(sh('2026-11-26T17:30:00')));
    core.regrade();
    const reasons = async (id: string) => (await core.call('complaints.get', { id }, await core.signIn('zhaoli'))).workflow.escalations.map((e) => e.reasonCode);
    expect(await reasons(refusedIt.id)).toEqual([]); // at the limit, not yet past it
    core.clock.set(new Date(sh('2026-11-26T17:31:00')));
    core.regrade();
    expect(await reasons(agreed.id)).toEqual([]);
    expect(await reasons(refusedIt.id)).toEqual(['overdue_without_agreement']);
  });

  it('asks whether the customer agreed when a delay is explained, and only then', async () => {
    core = await openTestCore();
    const c = await assigned('2026-11-23T09:00:00');
    expect((await refused('zhangwei', c, { type: 'log', entryType: 'delay_explained', text: '已说明' })).issues?.[0]?.path).toBe('action.customerAgreed');
    expect((await refused('zhangwei', c, { type: 'log', entryType: 'progress', text: '进展', customerAgreed: true })).issues?.[0]?.path).toBe('action.customerAgreed');
  });
});
