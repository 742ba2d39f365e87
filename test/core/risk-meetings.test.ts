import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../shared/api/contract';
import { shanghai } from '../support/credit-fixtures';
import { insertMeeting } from '../../electron/core/risk-classes/meetings-repository';
import { classTwoCustomer } from '../support/risk-class-fixtures';
import { countRows, openTestCore, type TestCore } from '../support/temp-core';

/*
 * seed000 第二篇 三、: the meetings a site holds about its class 1 and 2 customers. 三(二) "各经办机构要按月组织召开
 * 动态分析会" and 三(二)2(4) "每月组织召开预警客户情况分析会" are owed in each month whose first day finds a class 2
 * customer (the class month is not), done by one meeting of the kind held within it; records are append-only,
 * audited and sent to head office. 绍兴某纺织 is put in class 2 on 2026-11-23 (the test clock's day).
 */

let core: TestCore;
afterEach(() => core?.close());

async function classTwo(): Promise<string> {
  core = await openTestCore();
  return (await classTwoCustomer(core)).customer.id;
}

const meeting = (customerId: string, change: Partial<ApiInput<'riskMeetings.record'>> = {}): ApiInput<'riskMeetings.record'> => ({
  kinds: ['dynamicAnalysis', 'warningAnalysis'],
  heldOn: '2026-11-23',
  attendees: ['王建国', '刘强', '主办客户经理张伟'],
  customerIds: [customerId],
  conclusions: '压缩授信敞口，追加房产抵押，每周走访一次。',
  ...change,
});

const meetingRows = () => (core.context.store.read.prepare('SELECT count(*) AS n FROM risk_meetings').get() as { n: number }).n;

/** The refusal of recording `input` as `login`, checking that nothing was written (counted after signing in). */
async function refused(input: unknown, login = 'wangjg') {
  const session = await core.signIn(login);
  const before = { ...countRows(core), meetings: meetingRows() };
  const response = await core.dispatch({ method: 'riskMeetings.record', input, session });
  expect({ ...countRows(core), meetings: meetingRows() }).toEqual(before);
  return response.ok ? null : response.error;
}

describe('the meetings of 第二篇 三、', () => {
  it('records a meeting once: audited, sent to head office without customer names, never changed', async () => {
    const customerId = await classTwo();
    const recorded = await core.call('riskMeetings.record', meeting(customerId), await core.signIn('liuqiang'));
    expect(recorded).toMatchObject({ heldOn: '2026-11-23', kinds: ['dynamicAnalysis', 'warningAnalysis'], attendees: ['王建国', '刘强', '主办客户经理张伟'], customers: [{ customerId, customerName: '绍兴某纺织有限公司' }], recordedByName: '刘强' });
    const sent = core.context.store.read.prepare("SELECT payload FROM outbox WHERE entity = 'risk_meeting'").all() as { payload: string }[];
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!.payload)).toMatchObject({ id: recorded.id, customers: [{ customerId }], conclusions: recorded.conclusions });
    expect(sent[0]!.payload).not.toContain('绍兴某纺织');
    expect((core.context.store.read.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'riskMeetings.record'").get() as { n: number }).n).toBe(1);
    expect(() => core.context.store.read.prepare("UPDATE risk_meetings SET conclusions = 'x'").run()).toThrow(/append-only/);
    expect(() => core.context.store.read.prepare('DELETE FROM risk_meetings').run()).toThrow(/append-only/);
  });

  it('keeps the lists in child tables (issue 22 §3): attendees and customers in the order entered, append-only, customers by foreign key', async () => {
    const customerId = await classTwo();
    const recorded = await core.call('riskMeetings.record', meeting(customerId, { kinds: ['warningAnalysis', 'dynamicAnalysis'], attendees: ['刘强', '王建国'] }), await core.signIn('liuqiang'));
    const read = core.context.store.read;
    const rows = (table: string, columns: string) => read.prepare(`SELECT ${columns} FROM ${table} WHERE meeting_id = ? ORDER BY ${columns}`).raw().all(recorded.id);
    expect(rows('risk_meeting_kinds', 'kind')).toEqual([['dynamicAnalysis'], ['warningAnalysis']]);
    expect(rows('risk_meeting_attendees', 'position, name')).toEqual([[0, '刘强'], [1, '王建国']]);
    expect(rows('risk_meeting_customers', 'position, customer_id')).toEqual([[0, customerId]]);
    // Kinds are a set, read in the rules' order; attendees keep the order entered.
    expect(recorded).toMatchObject({ kinds: ['dynamicAnalysis', 'warningAnalysis'], attendees: ['刘强', '王建国'] });
    expect(read.prepare('SELECT * FROM risk_meetings').columns().map((c) => c.name)).not.toContain('customer_ids');
    for (const table of ['risk_meeting_kinds', 'risk_meeting_attendees', 'risk_meeting_customers']) {
      expect(() => read.prepare(`UPDATE ${table} SET meeting_id = meeting_id`).run()).toThrow(/append-only/);
      expect(() => read.prepare(`DELETE FROM ${table}`).run()).toThrow(/append-only/);
    }
    // Past the service's check, the foreign key still refuses a customer not on the store, and the transaction writes nothing.
    const user = (read.prepare("SELECT id FROM users WHERE login = 'liuqiang'").get() as { id: string }).id;
    const row = { id: 'meeting-2', held_on: '2026-11-23', conclusions: '跟进', recorded_by: user, recorded_at: '2026-11-23T03:00:00.000Z' };
    const lists = { kinds: ['dynamicAnalysis'], attendees: ['刘强', '王建国'], customerIds: [customerId, 'no-such-customer'] };
    const tablesRows = () => ['risk_meetings', 'risk_meeting_kinds', 'risk_meeting_attendees', 'risk_meeting_customers'].map((table) => read.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
    const before = tablesRows();
    expect(() => core.context.store.transaction((tx) => insertMeeting(tx, row, lists))).toThrow(/FOREIGN KEY/);
    expect(tablesRows()).toEqual(before);
    expect(before).toEqual([1, 2, 2, 1]);
  });

  it('refuses, writing nothing: a role that may not, a day to come, a customer not in class 1 or 2 that day, too few attendees, no conclusions', async () => {
    const customerId = await classTwo();
    const normal = await core.call('customers.create', { kind: 'organisation', name: '正常客户' }, await core.signIn('wangjg'));
    expect(await refused(meeting(customerId), 'limei')).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'riskMeetings.errors.recordRole', params: { whoZh: expect.stringContaining('站长') } } });
    expect(await refused(meeting(customerId, { heldOn: '2026-11-24' }))).toMatchObject({ code: 'VALIDATION', reason: { key: 'riskMeetings.errors.heldInFuture' } });
    // The class was decided on 2026-11-23: the day before, the customer was not yet in class 2.
    expect(await refused(meeting(customerId, { heldOn: '2026-11-22' }))).toMatchObject({ code: 'VALIDATION', reason: { key: 'riskMeetings.errors.customerNotAtRisk', params: { name: '绍兴某纺织有限公司' } } });
    expect(await refused(meeting(customerId, { customerIds: [customerId, normal.id] }))).toMatchObject({ reason: { key: 'riskMeetings.errors.customerNotAtRisk', params: { name: '正常客户' } } });
    expect(await refused(meeting(customerId, { customerIds: ['no-such-customer'] }))).toMatchObject({ reason: { key: 'riskMeetings.errors.customerNotFound' } });
    expect((await refused(meeting(customerId, { attendees: ['王建国'] })))?.code).toBe('VALIDATION');
    expect((await refused(meeting(customerId, { conclusions: '  ' })))?.code).toBe('VALIDATION');
    expect((await refused(meeting(customerId, { kinds: [] })))?.code).toBe('VALIDATION');
    expect(meetingRows()).toBe(0);
  });

  it('owes both monthly meetings from the month after the class day, done by a meeting of each kind within the month (计划与完成)', async () => {
    const customerId = await classTwo();
    const cadence = async (key: string, today: string) => {
      core.clock.set(shanghai(today));
      const out = await core.call('reports.cadence', { period: { kind: 'month', key } }, await core.signIn('wangjg'));
      return Object.fromEntries(out.schedules.filter((s) => s.id.startsWith('risk-meeting-')).map((s) => [s.id, s.occurrences.map((o) => [o.dueBy, o.required, o.done, o.status])]));
    };
    // November: the class came on the 23rd, so the month is not owed.
    expect(await cadence('2026-11', '2026-11-30T10:00:00')).toEqual({});
    const november = await core.call('riskMeetings.month', { month: '2026-11' }, await core.signIn('wangjg'));
    expect([november.warningCustomers, november.plan.map((p) => p.required)]).toEqual([[], [false, false]]);
    expect(await cadence('2026-12', '2026-12-05T10:00:00')).toEqual({ 'risk-meeting-dynamicAnalysis': [['2026-12-31', 1, 0, 'open']], 'risk-meeting-warningAnalysis': [['2026-12-31', 1, 0, 'open']] });
    await core.call('riskMeetings.record', meeting(customerId, { kinds: ['dynamicAnalysis'], heldOn: '2026-12-05' }), await core.signIn('wangjg'));
    const december = await core.call('riskMeetings.month', { month: '2026-12' }, await core.signIn('wangjg'));
    expect(december).toMatchObject({ dueOn: '2026-12-31', warningCustomers: [{ customerId }], plan: [{ kind: 'dynamicAnalysis', required: true, held: true }, { kind: 'warningAnalysis', required: true, held: false }] });
    expect(december.meetings.map((m) => m.heldOn)).toEqual(['2026-12-05']);
    expect(await cadence('2026-12', '2027-01-01T10:00:00')).toEqual({ 'risk-meeting-dynamicAnalysis': [['2026-12-31', 1, 1, 'done']], 'risk-meeting-warningAnalysis': [['2026-12-31', 1, 0, 'missed']] });
  });
});
