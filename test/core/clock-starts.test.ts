import { afterEach, describe, expect, it } from 'vitest';
import type { ComplaintDetail } from '../../shared/api/complaints';
import type { WorkflowActionInput } from '../../shared/api/workflow';
import { siteFieldSamples } from '../support/record-field-samples';
import { openTestCore, type TestCore } from '../support/temp-core';

let core: TestCore;
afterEach(() => core?.close());

const intake = { kind: 'complaint' as const, channel: 'phone' as const, customerName: '郑秀兰', customerPhone: '138 0000 1234', content: '小区地下车库进水，电梯停运。' };
const MINUTE = 60_000;
/** The fake clock starts at Monday 2026-11-23 10:00 Shanghai. */
const start = new Date('2026-11-23T02:00:00Z').getTime();
const iso = (minutes: number) => new Date(start + minutes * MINUTE).toISOString();

function usePack(id: string) {
  core.context.store.transaction((tx) => tx.prepare('UPDATE site SET rule_pack = ?').run(id));
}

async function file(input: Record<string, unknown> = {}): Promise<ComplaintDetail> {
  const session = await core.signIn('limei');
  const created = await core.call('complaints.create', { ...intake, recordFields: siteFieldSamples(core, 'intake'), ...input }, session);
  return core.call('complaints.get', { id: created.id }, session);
}

async function at(minutes: number, id: string): Promise<ComplaintDetail> {
  core.clock.set(new Date(start + minutes * MINUTE));
  return core.call('complaints.get', { id }, await core.signIn('limei'));
}

const step = (c: ComplaintDetail, code: string) => c.grade!.deadlines.find((d) => d.step === code)!;

async function notified(id: string, party: string, minutes: number, whom = '王站长', way: 'phone' | 'in_person' | 'written' = 'phone') {
  return core.dispatch({ method: 'complaints.recordNotified', session: await core.signIn('limei'), input: { id, party, whom, way, notifiedAt: iso(minutes) } });
}

describe('the property company’s chain counted 接报后 (seed002 客户管理制度8 具体内容6–7)', () => {
  it('starts the 5 minutes and the 24-hour written report when the office head was told, the 10 minutes and 48 hours when the supervising leader was', async () => {
    core = await openTestCore();
    usePack('seed002-doc8-property');
    let c = await file({ tickedCriteria: ['major.emergency-repair'] });
    expect(c.grade).toMatchObject({ packVersion: '1.3.0', classCode: 'major' });
    // 具体内容6's 3 minutes to tell the department still run from receipt.
    expect(step(c, 'escalation.dept')).toMatchObject({ due: iso(3), clockStartedAt: iso(0), clockBasis: { kind: 'from' } });
    // Until the office head is told, the 5 minutes wait for it: never overdue, however long it takes.
    expect(step(c, 'escalation.supervisor')).toMatchObject({ due: null, clockStartedAt: null, clockBasis: { kind: 'notified', party: 'station_lead', whom: null, way: null } });
    expect((await at(60, c.id)).grade!.overdue).not.toContain('escalation.supervisor');

    expect((await notified(c.id, 'station_lead', 60, '王站长', 'phone')).ok).toBe(true);
    c = await at(65, c.id);
    expect(step(c, 'escalation.supervisor')).toMatchObject({ due: iso(65), clockStartedAt: iso(60), clockBasis: { kind: 'notified', party: 'station_lead', whom: '王站长', way: 'phone' } });
    expect(step(c, 'escalation.supervisor.written')).toMatchObject({ due: iso(60 + 24 * 60) });
    expect(c.grade!.overdue).not.toContain('escalation.supervisor'); // at the 5th minute: in time
    expect((await at(66, c.id)).grade!.overdue).toContain('escalation.supervisor'); // one minute after: late
    expect((await at(60 + 24 * 60, c.id)).grade!.overdue).not.toContain('escalation.supervisor.written');
    expect((await at(60 + 24 * 60 + 1, c.id)).grade!.overdue).toContain('escalation.supervisor.written');

    // 具体内容7: the supervising leader's 10 minutes wait for the leader to be told.
    expect(step(c, 'escalation.board')).toMatchObject({ due: null, clockBasis: { kind: 'notified', party: 'leader_in_charge' } });
    core.clock.set(new Date(start + 70 * MINUTE));
    expect((await notified(c.id, 'leader_in_charge', 70, '李总', 'in_person')).ok).toBe(true);
    expect(step(await at(80, c.id), 'escalation.board')).toMatchObject({ due: iso(80), overdue: false, clockBasis: { whom: '李总', way: 'in_person' } });
    expect((await at(81, c.id)).grade!.overdue).toContain('escalation.board');
    expect(step(c, 'escalation.board.written').due).toBeNull();
    expect(step(await at(81, c.id), 'escalation.board.written')).toMatchObject({ due: iso(70 + 48 * 60) });
    expect((await at(70 + 48 * 60, c.id)).grade!.overdue).not.toContain('escalation.board.written');
    expect((await at(70 + 48 * 60 + 1, c.id)).grade!.overdue).toContain('escalation.board.written');
  });

  it('audits and queues a notification, counts from the earliest one, and refuses a party no clock names or a time before receipt', async () => {
    core = await openTestCore();
    usePack('seed002-doc8-property');
    const c = await file({ tickedCriteria: ['major.important'] });
    const queued = () => core.context.store.read.prepare("SELECT count(*) AS n FROM outbox WHERE entity = 'complaint_notified'").get() as { n: number };
    const audited = () => core.context.store.read.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'complaints.recordNotified'").get() as { n: number };
    core.clock.set(new Date(start + 10 * MINUTE));
    expect((await notified(c.id, 'station_lead', 8)).ok).toBe(true);
    expect((await notified(c.id, 'station_lead', 4, '王站长', 'written')).ok).toBe(true); // a late entry of an earlier call
    expect(queued().n).toBe(2);
    expect(audited().n).toBe(2);
    expect(step(await at(10, c.id), 'escalation.supervisor')).toMatchObject({ clockStartedAt: iso(4), due: iso(9), clockBasis: { way: 'written' } });

    const unknown = await notified(c.id, 'general_manager', 5);
    expect(unknown.ok ? null : [unknown.error.code, unknown.error.reason?.key, unknown.error.issues?.[0]?.path]).toEqual(['VALIDATION', 'clocks.errors.unknownParty', 'party']);
    const early = await notified(c.id, 'station_lead', -1);
    expect(early.ok ? null : [early.error.reason?.key, early.error.issues?.[0]?.path]).toEqual(['clocks.errors.beforeReceived', 'notifiedAt']);
    expect(queued().n).toBe(2);
  });

  it('keeps 1.0.0, where the chain ran from receipt, for a complaint graded by it', async () => {
    core = await openTestCore();
    usePack('seed002-doc8-property');
    const c = await file({ tickedCriteria: ['major.important'] });
    core.context.store.transaction((tx) => tx.prepare("UPDATE complaints SET rule_pack_version = '1.0.0' WHERE id = ?").run(c.id));
    const old = await at(0, c.id);
    expect(old.grade).toMatchObject({ packVersion: '1.0.0' });
    expect(step(old, 'escalation.supervisor')).toMatchObject({ due: iso(5), clockBasis: { kind: 'from' } });
  });
});

describe('the winery head on site 10 minutes after being told (seed001 S10 三.3(1)、(2))', () => {
  it.each([['minor', []], ['general', ['general.amount-scope']]])('for a %s complaint, waits for the head to be told, then gives 10 minutes', async (classCode, ticked) => {
    core = await openTestCore();
    usePack('seed001-s10-winery');
    let c = await file({ tickedCriteria: ticked });
    expect(c.grade).toMatchObject({ packVersion: '1.2.0', classCode });
    expect(step(c, 'escalation.deptHead')).toMatchObject({ due: iso(10) }); // the report itself: 10 minutes from receipt
    expect(step(c, 'arrival')).toMatchObject({ due: null, clockBasis: { kind: 'notified', party: 'unit_head' } });
    core.clock.set(new Date(start + 8 * MINUTE));
    expect((await notified(c.id, 'unit_head', 8, '刘经理')).ok).toBe(true);
    c = await at(18, c.id);
    expect(step(c, 'arrival')).toMatchObject({ due: iso(18), overdue: false, clockStartedAt: iso(8) });
    expect((await at(19, c.id)).grade!.overdue).toContain('arrival');
  });
});

describe('the testing station’s ten days to appeal from the report’s day (seed002 客户管理制度6 1.1)', () => {
  const appeal = (registeredAt: string, testReportReceivedOn?: string) => {
    core.clock.set(new Date(registeredAt));
    return file({ tickedCriteria: ['monitoring-data.test-result'], ...(testReportReceivedOn ? { packFacts: { testReportReceivedOn } } : {}) });
  };

  it('counts from the date entered, the report’s day not counted: registered at 23:59 of the 10th day it is in time, at 00:01 of the 11th it is late', async () => {
    core = await openTestCore();
    usePack('seed002-doc6-testing-station');
    const inTime = await appeal('2026-11-23T23:59:00+08:00', '2026-11-13');
    expect(inTime.grade).toMatchObject({ packVersion: '1.5.0' });
    expect(step(inTime, 'entry')).toMatchObject({ due: '2026-11-23T16:00:00.000Z', done: true, overdue: false, clockStartedAt: '2026-11-12T16:00:00.000Z', clockBasis: { kind: 'document', fact: 'testReportReceivedOn', date: '2026-11-13' } });
    const late = await appeal('2026-11-24T00:01:00+08:00', '2026-11-13');
    expect(step(late, 'entry')).toMatchObject({ due: '2026-11-23T16:00:00.000Z', done: true, overdue: true });
    // Without the date, the window waits for it and is never late.
    const undated = await appeal('2026-11-24T00:02:00+08:00');
    expect(step(undated, 'entry')).toMatchObject({ due: null, overdue: false, clockBasis: { kind: 'document', date: null } });
  });
});

describe('the 8D clock stopped while a test is awaited (seed004 §J 4.3.4)', () => {
  it('stops the 24-hour containment clock for the paused time and runs on once resumed: due one minute after, not at, the moved limit', async () => {
    core = await openTestCore();
    usePack('seed004-j-domestic-sales-8d');
    const users = await core.call('users.colleagues', {}, await core.signIn('wangjg'));
    const zhangwei = users.find((u) => u.displayName === '张伟')!.id;
    const act = async (login: string, c: ComplaintDetail, action: WorkflowActionInput) => core.call('complaints.act', { id: c.id, version: c.version, action }, await core.signIn(login));
    let c = await file({ tickedCriteria: ['serious.functional'] });
    expect(step(c, 'containment')).toMatchObject({ due: iso(24 * 60), clockStartedAt: iso(0) });
    c = await act('zhaoli', c, { type: 'accept', assigneeId: zhangwei });
    core.clock.set(new Date(start + 60 * MINUTE));
    c = await act('zhangwei', c, { type: 'pause', reason: 'waiting_for_test', note: '送检样件，等待盐雾试验结果' });
    // While paused, the limit moves on with the clock: never overdue.
    expect((await at(30 * 60, c.id)).grade!.overdue).not.toContain('containment');
    c = await at(3 * 60, c.id);
    c = await act('zhangwei', c, { type: 'resume', note: '检测结果已出' });
    const moved = 24 * 60 + 2 * 60; // two hours stood still
    expect(step(c, 'containment')).toMatchObject({ due: iso(moved), pausedMinutes: 120 });
    expect((await at(moved, c.id)).grade!.overdue).not.toContain('containment');
    expect((await at(moved + 1, c.id)).grade!.overdue).toContain('containment');
  });
});

describe('an extension only with the customer’s consent (seed004 §P 五 3: 取得客户认同后，可以延长处理限期)', () => {
  it('refuses a request without the consent’s time and way, saying so, and accepts it with them', async () => {
    core = await openTestCore();
    usePack('seed004-p-generic');
    const users = await core.call('users.colleagues', {}, await core.signIn('wangjg'));
    const zhangwei = users.find((u) => u.displayName === '张伟')!.id;
    let c = await file();
    expect(c.grade).toMatchObject({ packVersion: '1.3.0' });
    c = await core.call('complaints.act', { id: c.id, version: c.version, action: { type: 'accept', assigneeId: zhangwei } }, await core.signIn('zhaoli'));
    const session = await core.signIn('zhangwei');
    const base = { type: 'requestExtension' as const, extensionType: 'special_circumstance' as const, reason: '需厂家配合检测', newDueAt: '2026-12-04T09:00:00.000Z' };
    const request = (action: WorkflowActionInput) => core.dispatch({ method: 'complaints.act', session, input: { id: c.id, version: c.version, action } });
    const none = await request(base);
    expect(none.ok ? null : [none.error.code, none.error.reason?.key, none.error.issues?.[0]?.path]).toEqual(['VALIDATION', 'clocks.errors.consentRequired', 'action.customerConsentAt']);
    const noWay = await request({ ...base, customerConsentAt: iso(0) });
    expect(noWay.ok ? null : noWay.error.reason?.key).toBe('workflow.errors.consentMethodRequired');
    const agreed = await request({ ...base, customerConsentAt: iso(0), consentMethod: 'phone' });
    expect(agreed.ok).toBe(true);
    const row = core.context.store.read.prepare('SELECT customer_consent_at AS at, consent_method AS way, status FROM complaint_extensions WHERE complaint_id = ?').get(c.id);
    expect(row).toEqual({ at: iso(0), way: 'phone', status: 'pending' });
  });
});
