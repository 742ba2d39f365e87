import { afterEach, describe, expect, it } from 'vitest';
import type { ComplaintDetail } from '../../shared/api/complaints';
import type { WorkflowActionInput } from '../../shared/api/workflow';
import { siteFieldSamples } from '../support/record-field-samples';
import { openTestCore, type TestCore } from '../support/temp-core';

let core: TestCore;
afterEach(() => core?.close());

const intake = {
  kind: 'complaint' as const,
  channel: 'phone' as const,
  customerName: '欧阳晓芸',
  customerPhone: '137 0000 4321',
  content: '罐车夜间经过村道，蝴蝶阀无人处理。',
};

/** Shanghai wall-clock time as an ISO instant. */
const sh = (local: string) => new Date(`${local}+08:00`).toISOString();

async function userId(login: string): Promise<string> {
  const users = await core.call('users.colleagues', {}, await core.signIn('wangjg'));
  const colleague = users.find((u) => u.displayName === { zhangwei: '张伟', zhaoli: '赵丽', limei: '李梅', wangjg: '王建国', chenzm: '陈志明', liuqiang: '刘强' }[login]);
  return colleague!.id;
}

async function act(login: string, complaint: ComplaintDetail, action: WorkflowActionInput): Promise<ComplaintDetail> {
  return core.call('complaints.act', { id: complaint.id, version: complaint.version, action, recordFields: siteFieldSamples(core, action.type) }, await core.signIn(login));
}

async function refused(login: string, complaint: ComplaintDetail, action: WorkflowActionInput) {
  const response = await core.dispatch({ method: 'complaints.act', session: await core.signIn(login), input: { id: complaint.id, version: complaint.version, action } });
  if (response.ok) throw new Error(`expected ${action.type} to be refused`);
  return response.error;
}

async function created(input: Record<string, unknown> = {}, login = 'limei'): Promise<ComplaintDetail> {
  const session = await core.signIn(login);
  const complaint = await core.call('complaints.create', { ...intake, recordFields: siteFieldSamples(core, 'intake'), ...input }, session);
  return core.call('complaints.get', { id: complaint.id }, session);
}

describe('the 篇6 closed loop', () => {
  it('goes from registration through assignment, solution, extension, resolution and a dissatisfied then satisfied call-back to closed', async () => {
    core = await openTestCore(); // Monday 2026-11-23 10:00 Shanghai
    const zhangwei = await userId('zhangwei');
    // The demo records went round the loop too: count only what this case adds to the sync queue.
    const queued = () =>
      Object.fromEntries(
        (core.context.store.read.prepare('SELECT entity, count(*) AS n FROM outbox GROUP BY entity').all() as { entity: string; n: number }[]).map((e) => [e.entity, e.n]),
      ) as Record<string, number>;
    const queuedBefore = queued();
    let c = await created();
    expect(c.status).toBe('registered');
    expect(c.workflow.actions).toEqual(['log']); // the first receiver may log contact, not assign

    c = await core.call('complaints.get', { id: c.id }, await core.signIn('zhaoli'));
    expect(c.workflow.actions).toEqual(expect.arrayContaining(['accept', 'markInvalid', 'log', 'escalate']));
    core.clock.advance(3 * 60_000);
    c = await act('zhaoli', c, { type: 'accept', assigneeId: zhangwei });
    expect(c).toMatchObject({ status: 'assigned', assigneeName: '张伟', unit: '阳42井站' });
    expect(c.workflow.validity).toBe('valid');
    expect(c.grade?.deadlines.find((d) => d.step === 'response')).toMatchObject({ done: true, overdue: false });

    // The resolver's time limit may not go beyond the rule's 3 working days without an approved extension.
    const tooLate = await refused('zhangwei', c, { type: 'planSolution', resolverId: zhangwei, measures: '调整罐车通行时间', dueAt: sh('2026-11-30T12:00:00') });
    expect(tooLate).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'action.dueAt' }] });
    const missing = await core.dispatch({
      method: 'complaints.act',
      session: await core.signIn('zhangwei'),
      input: { id: c.id, version: c.version, action: { type: 'planSolution', resolverId: zhangwei, measures: ' ', dueAt: sh('2026-11-25T12:00:00') } },
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    c = await act('zhangwei', c, { type: 'planSolution', resolverId: zhangwei, measures: '调整罐车通行时间，维修水管', dueAt: sh('2026-11-25T12:00:00') });
    expect(c.status).toBe('in_progress');
    expect(c.workflow.solution).toMatchObject({ resolverName: '张伟', dueAt: sh('2026-11-25T12:00:00') });

    // Extension: the handler asks, the 分管副总裁 (leader_in_charge in the 篇6 pack) approves; the handler cannot.
    c = await act('zhangwei', c, { type: 'requestExtension', extensionType: 'special_circumstance', reason: '需协调村委会', newDueAt: sh('2026-12-02T17:00:00') });
    expect(c.workflow.extensions).toMatchObject([{ status: 'pending', requestedByName: '张伟' }]);
    expect(c.workflow.actions).not.toContain('decideExtension');
    expect(await refused('zhangwei', c, { type: 'decideExtension', extensionId: c.workflow.extensions[0]!.id, approve: true })).toMatchObject({ code: 'FORBIDDEN' });
    const leaderView = await core.call('complaints.get', { id: c.id }, await core.signIn('chenzm'));
    expect(leaderView.workflow.actions).toContain('decideExtension');
    c = await act('chenzm', leaderView, { type: 'decideExtension', extensionId: c.workflow.extensions[0]!.id, approve: true, note: '同意' });
    expect(c.workflow.extensions[0]).toMatchObject({ status: 'approved', decidedByName: '陈志明' });
    expect(c.grade?.deadlines.find((d) => d.step === 'resolution')).toMatchObject({ due: sh('2026-12-02T17:00:00'), agreed: true });

    c = await act('zhangwei', c, { type: 'log', entryType: 'customer_contacted', text: '已电话联系客户说明进展' });
    c = await act('zhangwei', c, { type: 'resolve', result: '罐车改为白天通行，水管已修复', replyMethod: 'phone' });
    expect(c.status).toBe('resolved');
    expect(c.grade?.deadlines.find((d) => d.step === 'callBack')?.due).toBe(new Date(core.clock.now().getTime() + 48 * 3_600_000).toISOString());

    // Dissatisfied at call-back: escalated by itself and back to handling (篇6 第三十条).
    c = await act('zhaoli', c, { type: 'callBack', method: 'phone', resolutionAdequate: false, timeliness: 'satisfied', attitude: 'satisfied', result: 'dissatisfied', otherOpinions: '夜间仍有车辆' });
    expect(c.status).toBe('in_progress');
    expect(c.resolvedAt).toBeNull();
    expect(c.workflow.escalations).toMatchObject([{ reasonCode: 'callback_dissatisfied', byName: null }]);
    expect(c.workflow.callBacks).toMatchObject([{ satisfied: false, byName: '赵丽' }]);
    const escalated = await core.call('complaints.list', { list: 'escalated' }, await core.signIn('zhaoli'));
    // The demo's cases left past their limit were escalated by 第三十一条 at start; this one for the call-back.
    expect(escalated.items.map((i) => i.id)).toContain(c.id);

    c = await act('zhangwei', c, { type: 'resolve', result: '增设限行时段标志', replyMethod: 'in_person' });
    c = await act('zhaoli', c, { type: 'callBack', method: 'on_site', resolutionAdequate: true, timeliness: 'basically_satisfied', attitude: 'satisfied', result: 'satisfied' });
    expect(c.status).toBe('closed');
    expect(c.closedAt).not.toBeNull();
    expect(c.workflow.actions).toEqual([]);
    expect(c.dueAt).toBeNull();
    expect(c.workflow.events.map((e) => e.action)).toEqual(['create', 'accept', 'planSolution', 'requestExtension', 'decideExtension', 'log', 'resolve', 'callBack', 'resolve', 'callBack']);
    expect(c.workflow.events.at(-1)).toMatchObject({ byName: '赵丽', fromStatus: 'resolved', toStatus: 'closed' });

    // Every record went to the sync queue with the case.
    const queuedAfter = queued();
    const added = (entity: string) => (queuedAfter[entity] ?? 0) - (queuedBefore[entity] ?? 0);
    expect(['complaint_call_back', 'complaint_escalation', 'complaint_extension', 'complaint_event'].map(added)).toEqual([2, 1, 2, 9]);
  });

  it('refuses impossible moves with a reason and changes nothing', async () => {
    core = await openTestCore();
    const c = await created();
    const before = core.context.store.read.prepare('SELECT count(*) AS n FROM outbox').get();
    expect(await refused('zhaoli', c, { type: 'callBack', method: 'phone', resolutionAdequate: true, timeliness: 'satisfied', attitude: 'satisfied', result: 'satisfied' })).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'workflow.errors.wrongState', params: { status: 'registered', action: 'callBack' } },
    });
    expect(await refused('zhaoli', c, { type: 'close' })).toMatchObject({ code: 'CONFLICT' }); // a complaint closes only through a call-back
    expect(await refused('limei', c, { type: 'accept', assigneeId: await userId('zhangwei') })).toMatchObject({ code: 'FORBIDDEN' });
    const accepted = await act('zhaoli', c, { type: 'accept', assigneeId: await userId('zhangwei') });
    expect(await refused('zhaoli', c, { type: 'log', entryType: 'note', text: '旧版本' })).toMatchObject({ code: 'CONFLICT', reason: { key: 'workflow.errors.stale' } });
    expect(await refused('limei', accepted, { type: 'resolve', result: '已处理', replyMethod: 'phone' })).toMatchObject({ code: 'CONFLICT' });
    // An assigned case may be extended now (issue 17 §1.1), but only the pack's approver decides.
    expect(await refused('wangjg', accepted, { type: 'decideExtension', extensionId: 'x', approve: true })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'workflow.errors.notAllowed', params: { action: 'decideExtension' } },
    });
    expect((core.context.store.read.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n).toBeGreaterThan((before as { n: number }).n);
  });

  it('keeps the person complained about out of handling and approval (recusal)', async () => {
    core = await openTestCore();
    const zhangwei = await userId('zhangwei');
    const zhaoli = await userId('zhaoli');
    const c = await created({ subjectUserId: zhaoli });
    expect(c.subjectUserName).toBe('赵丽');
    expect(await refused('zhaoli', c, { type: 'accept', assigneeId: zhangwei })).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'workflow.errors.recusal' } });
    expect((await core.call('complaints.get', { id: c.id }, await core.signIn('zhaoli'))).workflow.actions).toEqual([]);
    expect(await refused('wangjg', c, { type: 'accept', assigneeId: zhaoli })).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'action.assigneeId' }] });
    const accepted = await act('wangjg', c, { type: 'accept', assigneeId: zhangwei });
    expect(await refused('zhangwei', accepted, { type: 'planSolution', resolverId: zhaoli, measures: '由被投诉人处理', dueAt: sh('2026-11-24T12:00:00') })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'action.resolverId' }],
    });
  });

  it('rules a complaint invalid with one of the pack’s reasons, explained to the customer', async () => {
    core = await openTestCore();
    const c = await created();
    expect(await refused('zhaoli', c, { type: 'markInvalid', reasonCode: 'made_up', explanation: '说明' })).toMatchObject({ code: 'VALIDATION' });
    expect(c.workflow.invalidReasons.map((r) => r.code)).toEqual(['unclear', 'contrary_to_facts', 'beyond_commitment', 'unlawful']);
    const invalid = await act('zhaoli', c, { type: 'markInvalid', reasonCode: 'beyond_commitment', explanation: '已向客户说明超出服务承诺范围' });
    expect(invalid).toMatchObject({ status: 'invalid', dueAt: null, workflow: { validity: 'invalid', invalidReason: 'beyond_commitment' } });
    const open = await core.call('complaints.list', { list: 'open' }, await core.signIn('zhaoli'));
    expect(open.items.map((i) => i.id)).not.toContain(c.id);
  });

  it('escalates by hand with a reason of the pack', async () => {
    core = await openTestCore();
    const c = await created();
    const escalated = await act('zhaoli', c, { type: 'escalate', reasonCode: 'repeat_staff_attitude', note: '客户第三次反映同一员工态度' });
    expect(escalated.escalationCount).toBe(1);
    expect(escalated.workflow.escalations).toMatchObject([{ reasonCode: 'repeat_staff_attitude', byName: '赵丽' }]);
  });
});

describe('the short loop and other paths', () => {
  it('an inquiry is answered and closed by its first receiver, with no call-back', async () => {
    core = await openTestCore();
    let c = await created({ kind: 'inquiry', content: '请问加气站营业时间？' });
    expect(c.workflow.actions).toEqual(expect.arrayContaining(['resolve', 'log']));
    c = await act('limei', c, { type: 'resolve', result: '每日7:00–22:00', replyMethod: 'phone' });
    expect(c.workflow.actions).toContain('close');
    expect(c.workflow.actions).not.toContain('callBack');
    c = await act('limei', c, { type: 'close' });
    expect(c).toMatchObject({ status: 'closed' });
    const awaiting = await core.call('complaints.list', { list: 'awaitingCallBack' }, await core.signIn('zhaoli'));
    expect(awaiting.items.map((i) => i.id)).not.toContain(c.id);
  });

  it('the outlet head reports a case beyond the outlet’s authority to head office, and the reply resolves it', async () => {
    core = await openTestCore();
    let c = await created();
    c = await act('wangjg', c, { type: 'accept', assigneeId: await userId('zhangwei') });
    expect(await refused('zhangwei', c, { type: 'refer', reason: '超出网点权限' })).toMatchObject({ code: 'FORBIDDEN' });
    c = await act('wangjg', c, { type: 'refer', reason: '涉及赔偿金额超出网点权限，报总行规范服务管理部门' });
    expect(c.status).toBe('referred');
    c = await act('zhangwei', c, { type: 'log', entryType: 'feedback', text: '总行答复：同意赔偿' });
    c = await act('zhangwei', c, { type: 'resolve', result: '按总行答复赔偿并致歉', replyMethod: 'in_person' });
    expect(c.status).toBe('resolved');
  });

  it('links a repeat of the same matter to the first complaint and escalates the first (篇6 第三十条)', async () => {
    core = await openTestCore();
    const first = await created({ problemCode: '夜间噪声' });
    const similar = await core.call('complaints.similar', { customerPhone: '13700004321', problemCode: '夜间噪声' }, await core.signIn('limei'));
    expect(similar.map((s) => [s.id, s.kinds])).toEqual([[first.id, ['same_matter']]]);
    const repeat = await created({ repeatOfId: first.id, problemCode: '夜间噪声', content: '又来投诉：噪声仍未解决' });
    expect(repeat.repeatOf).toEqual({ id: first.id, serial: first.serial });
    const original = await core.call('complaints.get', { id: first.id }, await core.signIn('zhaoli'));
    expect(original).toMatchObject({ repeatCount: 1, escalationCount: 1, version: 2 });
    expect(original.workflow.escalations).toMatchObject([{ reasonCode: 'repeat_same_matter', note: expect.stringContaining(repeat.serial) }]);
  });

  it('a log entry completes a named step of the pack so its deadline counts as met', async () => {
    core = await openTestCore();
    // The property company's pack (seed002 doc 8) asks the department for a delay response within 2 hours of dispatch.
    const pack = core.context.store.read.prepare("SELECT rule_pack FROM site").get() as { rule_pack: string };
    core.context.store.transaction((tx) => tx.prepare("UPDATE site SET rule_pack = 'seed002-doc8-property'").run());
    let c = await created();
    c = await act('zhaoli', c, { type: 'accept', assigneeId: await userId('zhangwei') });
    expect(c.workflow.openSteps.map((s) => s.step)).toContain('response.delay');
    expect(c.workflow.openSteps.map((s) => s.step)).not.toContain('dispatch'); // met by the workflow itself
    expect(await refused('zhangwei', c, { type: 'log', entryType: 'note', text: '到场', completesStep: 'nonexistent' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'action.completesStep' }],
    });
    c = await act('zhangwei', c, { type: 'log', entryType: 'progress', text: '已回应客户中心：需更换配件，明日完成', completesStep: 'response.delay' });
    expect(c.grade?.deadlines.find((d) => d.step === 'response.delay')).toMatchObject({ done: true, overdue: false });
    expect(c.workflow.openSteps.map((s) => s.step)).not.toContain('response.delay');
    expect(pack.rule_pack).toBe('sichuan-group-p6');
  });
});

describe('work lists and search', () => {
  it('lists my cases, due soon, overdue and awaiting call-back (majors first)', async () => {
    core = await openTestCore();
    const zhangwei = await userId('zhangwei');
    const ordinary = await act('zhaoli', await created(), { type: 'accept', assigneeId: zhangwei });
    const major = await act('zhaoli', await created({ tickedCriteria: ['major.1'], customerName: '刘大' }), { type: 'accept', assigneeId: zhangwei });
    await created({ customerName: '未分派' });
    const handler = await core.signIn('zhangwei');
    const mine = await core.call('complaints.list', { list: 'mine' }, handler);
    const ours = new Set([ordinary.id, major.id]);
    expect(mine.items.filter((i) => ours.has(i.id)).map((i) => i.id).sort()).toEqual([...ours].sort());
    expect(mine.items.every((i) => i.assigneeName === '张伟')).toBe(true);
    expect(mine.items.every((i) => !('grade' in i) && i.dueAt !== null)).toBe(true);

    for (const c of [ordinary, major]) {
      const planned = await act('zhangwei', c, { type: 'planSolution', resolverId: zhangwei, measures: '处理', dueAt: sh('2026-11-24T12:00:00') });
      await act('zhangwei', planned, { type: 'resolve', result: '已处理', replyMethod: 'phone' });
    }
    const awaiting = await core.call('complaints.list', { list: 'awaitingCallBack' }, handler);
    expect(awaiting.items.map((i) => i.id).filter((id) => ours.has(id))).toEqual([major.id, ordinary.id]);
    // By unit: a case takes its handler's unit at assignment.
    const byUnit = await core.call('complaints.list', { list: 'all', unit: '阳42井站', limit: 200 }, handler);
    expect(byUnit.items.map((i) => i.id)).toEqual(expect.arrayContaining([ordinary.id, major.id]));
    expect(byUnit.items.every((i) => i.unit === '阳42井站')).toBe(true);
    expect((await core.call('complaints.list', { list: 'all', unit: '别的单位' }, handler)).items).toEqual([]);
    expect(awaiting.items[0]!.classCode).toBe('major');

    // The unassigned one's first deadlines are minutes away; after 10 minutes its entry/response steps are met or overdue.
    const dueSoon = await core.call('complaints.list', { list: 'dueSoon' }, handler);
    expect(dueSoon.items.map((i) => i.customerName)).toContain('未分派');
    core.clock.advance(10 * 60_000);
    const overdue = await core.call('complaints.list', { list: 'overdue', limit: 200 }, handler);
    expect(overdue.items.map((i) => i.customerName)).toContain('未分派');
    expect(overdue.items.filter((i) => ours.has(i.id)), 'responded, planned and resolved in time').toEqual([]);
    expect(overdue.items.map((i) => i.dueAt), 'most overdue first').toEqual(overdue.items.map((i) => i.dueAt).sort());
  });

  it('finds records by two Chinese characters, one character, phone digits and serial, newest first, page by page', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const leak = await created({ content: '罗汉松倒伏' });
    const noise = await created({ content: '鹦鹉噪声', customerName: '诸葛小明', customerPhone: '139-1234-5678' });
    for (let i = 0; i < 5; i++) await created({ content: `第${i}次松倒报修` });
    const search = (query: string, after?: string) => core.call('complaints.list', { query, limit: 3, ...(after ? { after } : {}) }, session);

    expect((await search('鹦鹉')).items.map((i) => i.id)).toEqual([noise.id]);
    expect((await search('葛小明')).items.map((i) => i.id)).toEqual([noise.id]);
    expect((await search('12345678')).items.map((i) => i.id)).toEqual([noise.id]);
    expect((await search(noise.serial)).items.map((i) => i.id)).toEqual([noise.id]);
    expect((await search('鹉')).items.map((i) => i.id)).toContain(noise.id);
    expect((await search('鹦松')).items).toEqual([]); // not a substring anywhere
    expect((await search('罗汉 松倒')).items.map((i) => i.id)).toEqual([leak.id]); // every word must match

    const first = await search('松倒');
    expect(first.total).toBe(6);
    const ids = [...first.items.map((i) => i.id)];
    let after = first.nextCursor;
    while (after) {
      const page = await search('松倒', after);
      expect(page.total).toBeNull();
      ids.push(...page.items.map((i) => i.id));
      after = page.nextCursor;
    }
    expect(ids).toHaveLength(6);
    expect(ids.at(-1)).toBe(leak.id); // newest first
    expect((await search('。，')).items).toEqual([]);
  });

  it('counts a list only up to the cap', async () => {
    core = await openTestCore();
    const db = core.context.store.read;
    await created();
    // 600 copies straight into the table: the cap is about counting, not about intake.
    core.context.store.transaction((tx) => tx.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)
      INSERT INTO complaints (id, serial, kind, channel, status, customer_name, customer_phone, content, remedy, first_receiver_id, received_at, entered_at, created_by, updated_at, version)
      SELECT 'copy-' || i, 'COPY-' || i, kind, channel, status, customer_name, customer_phone, content, remedy, first_receiver_id, received_at, entered_at, created_by, updated_at, 1
      FROM complaints, n WHERE complaints.customer_name = '欧阳晓芸'`));
    expect((db.prepare('SELECT count(*) AS n FROM complaints').get() as { n: number }).n).toBeGreaterThan(600);
    const page = await core.call('complaints.list', {}, await core.signIn('limei'));
    expect(page).toMatchObject({ total: 500, totalCapped: true });
  });
});

describe('drafts', () => {
  it('keeps one draft per user and form until the record is saved', async () => {
    core = await openTestCore();
    const limei = await core.signIn('limei');
    expect(await core.call('drafts.get', { form: 'complaint-new' }, limei)).toBeNull();
    await core.call('drafts.save', { form: 'complaint-new', data: { customerName: '周' } }, limei);
    await core.call('drafts.save', { form: 'complaint-new', data: { customerName: '周桂芳' } }, limei);
    expect(await core.call('drafts.get', { form: 'complaint-new' }, limei)).toMatchObject({ data: { customerName: '周桂芳' } });
    expect(await core.call('drafts.get', { form: 'complaint-new' }, await core.signIn('zhangwei'))).toBeNull();
    await core.call('complaints.create', intake, limei);
    expect(await core.call('drafts.get', { form: 'complaint-new' }, limei)).toBeNull();
  });
});

describe('pausing the clock (seed004 §J 4.3)', () => {
  it('stops pausable deadlines while a test is awaited and moves them on by the paused time', async () => {
    core = await openTestCore(); // Monday 2026-11-23 10:00 Shanghai
    core.context.store.transaction((tx) => tx.prepare("UPDATE site SET rule_pack = 'seed004-j-domestic-sales-8d'").run());
    const zhangwei = await userId('zhangwei');
    let c = await created({ tickedCriteria: ['serious.functional'] });
    const containmentDue = () => new Date(c.grade!.deadlines.find((d) => d.step === 'containment')!.due!).getTime();
    expect(c.grade?.classCode).toBe('serious');
    const dueBefore = containmentDue();
    c = await act('zhaoli', c, { type: 'accept', assigneeId: zhangwei });
    expect(c.workflow.actions).toContain('pause');
    expect(c.workflow.actions).not.toContain('resume');

    const missingNote = await refused('zhangwei', c, { type: 'pause', reason: 'waiting_for_test', note: ' ' } as WorkflowActionInput);
    expect(missingNote.code).toBe('VALIDATION');
    core.clock.advance(60 * 60_000);
    c = await act('zhangwei', c, { type: 'pause', reason: 'waiting_for_test', note: '送检样件，等待盐雾试验结果' });
    expect(c.workflow.pauses).toEqual([{ from: core.clock.now().toISOString(), to: null, reason: 'waiting_for_test' }]);
    expect(c.workflow.actions).toContain('resume');
    expect(c.workflow.actions).not.toContain('pause');
    expect((await refused('zhangwei', c, { type: 'pause', reason: 'waiting_for_sample', note: '再次暂停' })).code).toBe('CONFLICT');

    core.clock.advance(5 * 60 * 60_000); // five hours waiting for the test
    c = await act('zhangwei', c, { type: 'resume', note: '检测结果已出' });
    expect(c.workflow.pauses[0]!.to).toBe(core.clock.now().toISOString());
    expect(containmentDue() - dueBefore).toBe(5 * 60 * 60_000);
    expect(c.grade!.deadlines.find((d) => d.step === 'containment')!.pausedMinutes).toBe(300);
    expect(c.workflow.events.map((e) => e.action)).toEqual(['create', 'accept', 'pause', 'resume']);
    expect((await refused('zhangwei', c, { type: 'resume' })).reason?.key).toBe('workflow.errors.notPaused');
  });

  it('is not offered, and is refused, where the site’s rules have no deadline that may pause', async () => {
    core = await openTestCore();
    const zhangwei = await userId('zhangwei');
    let c = await created();
    c = await act('zhaoli', c, { type: 'accept', assigneeId: zhangwei });
    expect(c.workflow.actions).not.toContain('pause');
    expect((await refused('zhangwei', c, { type: 'pause', reason: 'waiting_for_test', note: '等待检测' })).reason?.key).toBe('workflow.errors.noPausableDeadline');
  });
});
