import { afterEach, describe, expect, it } from 'vitest';
import type { ComplaintDetail } from '../../shared/api/complaints';
import type { NotificationItem } from '../../shared/api/notifications';
import type { WorkflowActionInput } from '../../shared/api/workflow';
import { findPack } from '../../shared/rules/packs';
import { openSiteWithPack, userIdOf } from '../support/notification-site';
import type { TestCore } from '../support/temp-core';
import { siteFieldSamples } from '../support/record-field-samples';

let core: TestCore;
afterEach(() => core?.close());

const MINUTE = 60_000;
/** Shanghai wall-clock time as an ISO instant. */
const sh = (local: string) => new Date(`${local}+08:00`).toISOString();
const intake = { kind: 'complaint' as const, channel: 'phone' as const, customerName: '欧阳晓芸', customerPhone: '137 0000 4321', content: '理赔迟迟未到账，已向媒体反映。' };
async function openWithPack(pack?: string): Promise<TestCore> {
  return openSiteWithPack(pack);
}

async function userId(login: string): Promise<string> {
  return userIdOf(core, login);
}

async function create(input: Record<string, unknown> = {}): Promise<ComplaintDetail> {
  const session = await core.signIn('limei');
  const complaint = await core.call('complaints.create', { ...intake, recordFields: siteFieldSamples(core, 'intake'), ...input }, session);
  return core.call('complaints.get', { id: complaint.id }, session);
}

async function act(login: string, complaint: ComplaintDetail, action: WorkflowActionInput): Promise<ComplaintDetail> {
  return core.call('complaints.act', { id: complaint.id, version: complaint.version, action, recordFields: siteFieldSamples(core, action.type) }, await core.signIn(login));
}

async function inbox(login: string, show: 'open' | 'all' = 'open') {
  return core.call('notifications.inbox', { show }, await core.signIn(login));
}

/** The notifications of one complaint, by obligation, as `login` sees them. */
async function ofCase(complaintId: string, login = 'wangjg'): Promise<NotificationItem[]> {
  return core.call('notifications.forComplaint', { complaintId }, await core.signIn(login));
}

async function refusal(login: string, method: 'notifications.acknowledge' | 'notifications.confirmPhone' | 'notifications.recordWritten' | 'notifications.setSettings', input: unknown) {
  const response = await core.dispatch({ method, input, session: await core.signIn(login) });
  if (response.ok) throw new Error(`${method} should have been refused`);
  return response.error;
}

const outboxCount = () => (core.context.store.read.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;

describe('raising notifications from the workflow (insurance branch, 篇5)', () => {
  it('tells each named role of a major media complaint, with the source’s limits, once, each audited and queued', async () => {
    core = await openWithPack('insurance-branch-p5');
    const received = sh('2026-11-23T09:50:00'); // ten minutes before the clock
    const c = await create({ directLoss: 40_000, mediaInvolved: true, receivedAt: received });
    expect(c.classCode).toBe('major');
    const raised = await ofCase(c.id);
    expect(raised.map((n) => [n.obligation, n.recipients, n.dueAt])).toEqual([
      ['dispatch.responsible', ['handler'], sh('2026-11-23T10:10:00')], // 5.1: 20 minutes from receipt
      ['major.branch-head', ['general_manager'], sh('2026-11-23T10:10:00')],
      ['media.gm-legal', ['general_manager'], sh('2026-11-23T10:10:00')],
      ['major.service-centre', ['call_centre'], sh('2026-11-23T14:20:00')], // 4.5.4: half a working day of 08:30–17:30
    ]);
    expect(raised.every((n) => n.startsAt === received && n.level === 0 && n.acknowledgedAt === null)).toBe(true);
    expect(raised.find((n) => n.obligation === 'media.gm-legal')).toMatchObject({ confirmByPhone: true, source: 'seed003 篇5 5.1' });
    // The pack's note comes in both languages, for the page to show the one it is in (issue 20 item 5).
    const note = findPack('insurance-branch-p5')?.notifications.find((n) => n.id === 'media.gm-legal')?.choice;
    expect(note?.zh).toContain('法务室保留在文字中');
    expect(raised.find((n) => n.obligation === 'media.gm-legal')?.choice).toEqual(note);
    const db = core.context.store.read;
    expect(db.prepare("SELECT count(*) AS n FROM outbox WHERE entity = 'notification'").get()).toEqual({ n: 4 });
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'notifications.raise'").get()).toEqual({ n: 4 });

    // Each person sees what is theirs; the receiver, to whom nothing is addressed, sees nothing.
    expect((await inbox('zhangwei')).items.map((n) => n.obligation)).toEqual(['dispatch.responsible']);
    expect((await inbox('zhouht')).items.map((n) => n.obligation).sort()).toEqual(['major.branch-head', 'media.gm-legal']);
    expect((await inbox('zhaoli')).items.map((n) => n.obligation)).toEqual(['major.service-centre']);
    expect((await inbox('limei')).items).toEqual([]);
    expect(await core.call('notifications.summary', {}, await core.signIn('zhouht'))).toEqual({ unread: 2, overdue: 0 });

    // Another step on the case raises nothing twice.
    const before = outboxCount();
    await act('zhaoli', c, { type: 'log', entryType: 'note', text: '已联系客户' });
    expect(await ofCase(c.id)).toHaveLength(4);
    expect(outboxCount()).toBe(before + 2); // the log event and the complaint: no notification
  });

  it('files a closed major case with head office within 3 working days (4.5.5) and feeds back each answer the same working day (5.3)', async () => {
    core = await openWithPack('insurance-branch-p5');
    let c = await create({ directLoss: 40_000 });
    const zhangwei = await userId('zhangwei');
    c = await act('zhaoli', c, { type: 'accept', assigneeId: zhangwei });
    c = await act('zhangwei', c, { type: 'planSolution', resolverId: zhangwei, measures: '核赔', dueAt: sh('2026-11-23T16:00:00') });
    c = await act('zhangwei', c, { type: 'resolve', result: '已赔付', replyMethod: 'phone' });
    c = await act('zhaoli', c, { type: 'callBack', method: 'phone', resolutionAdequate: true, timeliness: 'satisfied', attitude: 'satisfied', result: 'satisfied' });
    expect(c.status).toBe('closed');
    const byObligation = Object.fromEntries((await ofCase(c.id)).map((n) => [n.obligation, n]));
    expect(byObligation['result.service-centre']).toMatchObject({ event: 'resolved', recipients: ['call_centre'], dueAt: sh('2026-11-23T17:30:00') });
    expect(byObligation['major.closed.head-office']).toMatchObject({ event: 'closed', recipients: ['head_office'], dueAt: sh('2026-11-26T17:30:00') });
    // Nobody at the site acknowledges for head office.
    const error = await refusal('wangjg', 'notifications.acknowledge', { id: byObligation['major.closed.head-office']!.id, version: 1 });
    expect(error).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'notifications.errors.notRecipient' } });
  });
});

describe('acknowledging', () => {
  it('is the recipient’s alone, once, at the version they saw; a refusal writes nothing', async () => {
    core = await openWithPack('insurance-branch-p5');
    const c = await create({ directLoss: 40_000 });
    const [mine] = (await inbox('zhangwei')).items;
    const before = outboxCount();
    expect(await refusal('limei', 'notifications.acknowledge', { id: mine!.id, version: mine!.version })).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'notifications.errors.notRecipient' } });
    expect(await refusal('zhangwei', 'notifications.acknowledge', { id: mine!.id, version: mine!.version + 1 })).toMatchObject({ code: 'CONFLICT', reason: { key: 'notifications.errors.stale' } });
    expect(outboxCount()).toBe(before);

    core.clock.advance(4 * MINUTE);
    const acknowledged = await core.call('notifications.acknowledge', { id: mine!.id, version: mine!.version }, await core.signIn('zhangwei'));
    expect(acknowledged).toMatchObject({ acknowledgedAt: sh('2026-11-23T10:04:00'), acknowledgedByName: '张伟', canAcknowledge: false, read: true, version: 2 });
    expect(outboxCount()).toBe(before + 1);
    const again = await refusal('zhangwei', 'notifications.acknowledge', { id: mine!.id, version: 2 });
    expect(again).toMatchObject({ code: 'CONFLICT', reason: { key: 'notifications.errors.alreadyAcknowledged', params: { at: { at: sh('2026-11-23T10:04:00') }, name: '张伟' } } });
    // Done for its recipient: off the to-do list, still in the full one.
    expect((await inbox('zhangwei')).items).toEqual([]);
    expect((await inbox('zhangwei', 'all')).items.map((n) => n.id)).toEqual([mine!.id]);
    expect((await ofCase(c.id)).find((n) => n.id === mine!.id)!.acknowledgedAt).not.toBeNull();
  });

  it('lists unread first, and a copy (抄送) is read, not acknowledged, and never escalates', async () => {
    core = await openWithPack(); // sichuan-group-p6, the demo site's
    const first = await create({ tickedCriteria: ['major.1'] });
    core.clock.advance(MINUTE);
    const second = await create({ tickedCriteria: ['major.1'] });
    const heads = await inbox('liuqiang');
    expect(heads.items.map((n) => [n.serial, n.concerns, n.canAcknowledge])).toEqual([
      [second.serial, 'copy', false],
      [first.serial, 'copy', false],
    ]);
    await core.call('notifications.markRead', { ids: [second.id, heads.items[0]!.id] }, await core.signIn('liuqiang'));
    expect((await inbox('liuqiang', 'all')).items.map((n) => [n.serial, n.read])).toEqual([
      [first.serial, false],
      [second.serial, true],
    ]);
    expect(await refusal('liuqiang', 'notifications.acknowledge', { id: heads.items[1]!.id, version: 1 })).toMatchObject({ code: 'FORBIDDEN' });
    core.clock.advance(30 * 24 * 60 * MINUTE);
    expect(core.escalateNotifications()).toBe(0);
  });
});

describe('the escalation timer, on the core’s clock', () => {
  it('escalates an unacknowledged notification at its limit up the site’s chain, not before, and not an acknowledged one', async () => {
    core = await openWithPack('insurance-branch-p5');
    const c = await create({ directLoss: 40_000, mediaInvolved: true });
    const gm = (await inbox('zhouht')).items.find((n) => n.obligation === 'major.branch-head')!;
    await core.call('notifications.acknowledge', { id: gm.id, version: gm.version }, await core.signIn('zhouht'));

    core.clock.advance(19 * MINUTE + 59_000);
    expect(core.escalateNotifications()).toBe(0);
    core.clock.advance(1000); // 20 minutes: the handlers' one is due
    expect(core.escalateNotifications()).toBe(1);
    const lead = (await inbox('wangjg')).items;
    expect(lead.map((n) => [n.obligation, n.level, n.event, n.recipients, n.dueAt])).toEqual([
      ['dispatch.responsible', 1, 'unacknowledged', ['station_lead'], sh('2026-11-23T10:40:00')],
    ]);
    const original = (await ofCase(c.id)).find((n) => n.obligation === 'dispatch.responsible' && n.level === 0)!;
    expect(original.escalatedAt).toBe(sh('2026-11-23T10:20:00'));
    expect(lead[0]!.escalationOf).toBe(original.id);
    // The media one (GM) was not acknowledged either, but the general manager is the top of the chain.
    expect((await ofCase(c.id)).filter((n) => n.obligation === 'media.gm-legal').map((n) => n.escalatedAt)).toEqual([null]);

    core.clock.advance(20 * MINUTE);
    expect(core.escalateNotifications()).toBe(1);
    expect((await inbox('liuqiang')).items.map((n) => [n.level, n.recipients])).toEqual([[2, ['unit_head']]]);
    expect(core.escalateNotifications()).toBe(0); // nothing due twice
    const audit = core.context.store.read.prepare("SELECT user_id FROM audit_log WHERE action = 'notifications.escalate'").all();
    expect(audit).toEqual([{ user_id: null }, { user_id: null }]);
  });

  it('uses the site’s minutes for 立即 and 及时, and a limit left empty never escalates', async () => {
    core = await openWithPack('food-maker-p1');
    const lead = await core.signIn('wangjg');
    const settings = await core.call('notifications.settings', {}, lead);
    expect(settings).toMatchObject({ immediatelyMinutes: 10, promptlyMinutes: 60, unstatedMinutes: 1440 });
    const receiverTries = await refusal('limei', 'notifications.setSettings', { ...settings, immediatelyMinutes: 5 });
    expect(receiverTries.code).toBe('FORBIDDEN');
    await core.call('notifications.setSettings', { ...settings, immediatelyMinutes: 5 }, lead);
    expect(await refusal('wangjg', 'notifications.setSettings', { ...settings, immediatelyMinutes: 7 })).toMatchObject({ code: 'CONFLICT', reason: { key: 'notifications.errors.settingsChanged' } });

    const c = await create();
    const [told] = await ofCase(c.id);
    // 篇1 7.1 “快速反映…报直属上级”: no number, so the site's “immediately”.
    expect(told).toMatchObject({ obligation: 'superior', recipients: ['unit_head'], limit: { term: 'immediately' }, dueAt: sh('2026-11-23T10:05:00') });

    const now = await core.call('notifications.settings', {}, lead);
    await core.call('notifications.setSettings', { ...now, immediatelyMinutes: null }, lead);
    const later = await create();
    const [untimed] = await ofCase(later.id);
    expect(untimed!.dueAt).toBeNull();
    core.clock.advance(7 * 24 * 60 * MINUTE);
    expect(core.escalateNotifications()).toBe(1); // the first one, timed at 5 minutes; never the untimed one
    expect((await ofCase(c.id)).map((n) => [n.level, n.recipients])).toEqual([
      [0, ['unit_head']],
      [1, ['leader_in_charge']],
    ]);
    expect((await ofCase(later.id)).map((n) => n.escalatedAt)).toEqual([null]);
  });

  it('stops at the top of the chain: a notification already to the general manager is left overdue, not escalated', async () => {
    core = await openWithPack('seed002-doc12-car-dealer');
    const c = await create({ tickedCriteria: ['major'] });
    const [told] = await ofCase(c.id);
    expect(told).toMatchObject({ recipients: ['unit_head', 'general_manager'], dueAt: sh('2026-11-23T10:10:00') });
    core.clock.advance(11 * MINUTE);
    expect(core.escalateNotifications()).toBe(0);
    expect((await ofCase(c.id)).map((n) => [n.overdue, n.escalatedAt])).toEqual([[true, null]]);
    expect(await core.call('notifications.summary', {}, await core.signIn('liuqiang'))).toEqual({ unread: 1, overdue: 1 });
  });
});

describe('phone confirmation and the written follow-up', () => {
  it('records the call 篇5 5.1 asks for, by a recipient or a dispatcher, within sensible times', async () => {
    core = await openWithPack('insurance-branch-p5');
    const c = await create({ directLoss: 1000, regulatorInvolved: true });
    const byObligation = Object.fromEntries((await ofCase(c.id)).map((n) => [n.obligation, n]));
    const call = byObligation['regulator.gm-legal']!;
    expect(call.canConfirmPhone).toBe(true); // the station lead dispatches cases
    const input = { id: call.id, version: call.version, calledAt: sh('2026-11-23T10:03:00'), reached: '法务室 王律师' };
    expect(await refusal('limei', 'notifications.confirmPhone', input)).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'notifications.errors.mayNotRecord' } });
    expect(await refusal('zhouht', 'notifications.confirmPhone', { ...input, calledAt: sh('2026-11-23T11:00:00') })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'calledAt', reason: { key: 'input.errors.inFuture' } }],
    });
    expect(await refusal('zhouht', 'notifications.confirmPhone', { ...input, id: byObligation['dispatch.responsible']!.id })).toMatchObject({ reason: { key: 'notifications.errors.noPhoneAsked' } });
    core.clock.advance(5 * MINUTE);
    const confirmed = await core.call('notifications.confirmPhone', { ...input, note: '已收到传真' }, await core.signIn('zhaoli'));
    expect(confirmed).toMatchObject({ phoneConfirmedAt: sh('2026-11-23T10:03:00'), phoneConfirmedByName: '赵丽', phoneReached: '法务室 王律师', phoneNote: '已收到传真', canConfirmPhone: false });
  });

  it('asks the property company’s written reports 24 h and 48 h after each escalation (seed002 客户管理制度8 具体内容6–7)', async () => {
    core = await openWithPack('seed002-doc8-property');
    let c = await create({ tickedCriteria: ['major.important'] });
    expect((await ofCase(c.id)).map((n) => [n.obligation, n.recipients, n.dueAt])).toEqual([['major.department', ['unit_head'], sh('2026-11-23T10:03:00')]]);
    core.clock.advance(2 * MINUTE);
    c = await act('wangjg', c, { type: 'escalate', reasonCode: 'beyond-management-office', note: '管理处无法解决' });
    const supervisor = (await ofCase(c.id)).find((n) => n.obligation === 'major.supervising-leader')!;
    expect(supervisor).toMatchObject({ recipients: ['leader_in_charge'], startsAt: sh('2026-11-23T10:02:00'), dueAt: sh('2026-11-23T10:07:00'), writtenDueAt: sh('2026-11-24T10:02:00') });
    c = await act('wangjg', c, { type: 'escalate', reasonCode: 'beyond-supervising-leader', note: '主管领导无法协调' });
    const board = (await ofCase(c.id)).find((n) => n.obligation === 'major.board')!;
    expect(board).toMatchObject({ recipients: ['general_manager'], dueAt: sh('2026-11-23T10:12:00'), writtenDueAt: sh('2026-11-25T10:02:00'), confirmByPhone: true });

    core.clock.advance(20 * 60 * MINUTE);
    const written = await core.call('notifications.recordWritten', { id: supervisor.id, version: supervisor.version, text: '水管爆裂，已抢修，损失评估中。' }, await core.signIn('wangjg'));
    expect(written).toMatchObject({ writtenAt: sh('2026-11-24T06:02:00'), writtenByName: '王建国', canRecordWritten: false });
    expect(await refusal('wangjg', 'notifications.recordWritten', { id: board.id, version: board.version, text: '报告', writtenAt: sh('2026-11-23T09:00:00') })).toMatchObject({
      issues: [{ path: 'writtenAt', reason: { key: 'notifications.errors.beforeStart' } }],
    });
    const dept = (await ofCase(c.id)).find((n) => n.obligation === 'major.department')!;
    expect(await refusal('wangjg', 'notifications.recordWritten', { id: dept.id, version: dept.version, text: '报告' })).toMatchObject({ reason: { key: 'notifications.errors.noWrittenAsked' } });
  });
});

describe('the demo site’s pack (篇6)', () => {
  it('tells the assignee alone at dispatch, and the call centre by phone within 3 minutes of an extension request', async () => {
    core = await openWithPack();
    const zhangwei = await userId('zhangwei');
    let c = await create();
    expect(await ofCase(c.id)).toEqual([]); // ordinary: nobody is copied
    c = await act('zhaoli', c, { type: 'accept', assigneeId: zhangwei });
    const [dispatch] = await ofCase(c.id);
    expect(dispatch).toMatchObject({ obligation: 'dispatch.handler', event: 'dispatched', recipients: ['assignee'], limit: { term: 'unstated' } });
    expect((await inbox('zhangwei')).items.map((n) => n.serial)).toContain(c.serial);
    c = await act('zhangwei', c, { type: 'planSolution', resolverId: zhangwei, measures: '更换阀门', dueAt: sh('2026-11-25T17:00:00') });
    core.clock.advance(MINUTE);
    c = await act('zhangwei', c, { type: 'requestExtension', extensionType: 'special_circumstance', reason: '需厂家配合', newDueAt: sh('2026-12-04T17:00:00') });
    const extension = (await ofCase(c.id)).filter((n) => n.event === 'extensionRequested');
    expect(extension.map((n) => [n.obligation, n.recipients, n.dueAt, n.confirmByPhone])).toEqual([
      ['extension.call-centre', ['call_centre'], sh('2026-11-23T10:04:00'), true],
      ['extension.vice-president', ['leader_in_charge'], sh('2026-11-24T10:01:00'), false],
    ]);
  });

  it('copies the unit heads when the clock alone makes an ordinary complaint major (第十三条 第二类(三)), from that moment', async () => {
    core = await openWithPack();
    const c = await create();
    expect(await ofCase(c.id)).toEqual([]);
    core.clock.set(new Date(sh('2026-11-26T17:31:00'))); // past 3 working days
    expect(core.regrade()).toBe(1);
    // Past its limit untold, the case is also escalated by 第三十一条, which the call centre is told of.
    expect((await ofCase(c.id)).map((n) => [n.obligation, n.copies, n.startsAt])).toEqual([
      ['major.copy-unit-heads', ['unit_head'], sh('2026-11-26T17:31:00')],
      ['escalated.call-centre', [], sh('2026-11-26T17:31:00')],
    ]);
    expect(core.context.store.read.prepare("SELECT user_id FROM audit_log WHERE action = 'notifications.raise'").all()).toEqual([{ user_id: null }, { user_id: null }]);
  });

  it('raises nothing for a complaint stored before notifications existed', async () => {
    core = await openWithPack();
    core.context.store.transaction((tx) => tx.prepare('UPDATE notification_settings SET first_complaint_rowid = 1000000').run());
    const c = await create({ tickedCriteria: ['major.1'] });
    expect(await ofCase(c.id)).toEqual([]);
  });
});

describe('timeliness for reports', () => {
  it('counts, over the period the obligations arose in, acknowledged within and past the limit, phone calls and written reports', async () => {
    core = await openWithPack('insurance-branch-p5');
    await create({ directLoss: 40_000, mediaInvolved: true }); // 4 raised: handler, GM ×2 (one with phone), call centre
    const items = Object.fromEntries((await ofCase((await inbox('zhangwei')).items[0]!.complaintId)).map((n) => [n.obligation, n]));
    core.clock.advance(10 * MINUTE);
    await core.call('notifications.acknowledge', { id: items['dispatch.responsible']!.id, version: 1 }, await core.signIn('zhangwei')); // within 20 min
    core.clock.advance(15 * MINUTE);
    await core.call('notifications.acknowledge', { id: items['major.branch-head']!.id, version: 1 }, await core.signIn('zhouht')); // at 25 min: late
    await core.call('notifications.confirmPhone', { id: items['media.gm-legal']!.id, version: 1, calledAt: sh('2026-11-23T10:05:00'), reached: '法务室' }, await core.signIn('zhouht'));
    core.escalateNotifications(); // media.gm-legal: the GM is the chain's top, so no escalation is made
    const stats = await core.call('notifications.timeliness', { from: sh('2026-11-23T00:00:00'), to: sh('2026-11-24T00:00:00') }, await core.signIn('wangjg'));
    expect(stats).toEqual({
      raised: 4,
      acknowledgeRequired: 4,
      withDue: 4,
      acknowledgedWithinLimit: 1,
      acknowledgedLate: 1,
      unacknowledged: 2,
      escalated: 0,
      phoneRequired: 1,
      phoneConfirmed: 1,
      writtenRequired: 0,
      writtenOnTime: 0,
    });
    const none = await core.call('notifications.timeliness', { from: sh('2026-11-24T00:00:00'), to: sh('2026-11-25T00:00:00') }, await core.signIn('wangjg'));
    expect(none.raised).toBe(0);
  });
});
