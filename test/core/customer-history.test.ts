import { afterEach, describe, expect, it } from 'vitest';
import type { ComplaintDetail } from '../../shared/api/complaints';
import { CUSTOMER_HISTORY_PAGE_SIZE, type CustomerHistoryEntry } from '../../shared/api/customer-history';
import type { WorkflowActionInput } from '../../shared/api/workflow';
import { openTestCore, type TestCore } from '../support/temp-core';

/*
 * 客户往来记录 (issue 19 §1: "the existing file gains the history of every complaint, call-back, visit,
 * assessment and class change linked to it"): customers.history gathers each kind from its feature,
 * newest first, a page at a time.
 */

let core: TestCore;
afterEach(() => core?.close());

/** Shanghai wall-clock time as a Date. */
const sh = (local: string) => new Date(`${local}+08:00`);

const NAMES: Record<string, string> = { zhangwei: '张伟', zhaoli: '赵丽', wangjg: '王建国' };

async function userId(login: string): Promise<string> {
  const users = await core.call('users.colleagues', {}, await core.signIn('wangjg'));
  return users.find((u) => u.displayName === NAMES[login])!.id;
}

async function newCustomer(name = '欧阳晓芸', kind: 'individual' | 'organisation' = 'individual') {
  return core.call('customers.create', { kind, name, phone: '137 0000 4321' }, await core.signIn('wangjg'));
}

async function complaintOf(customerId: string, content = '罐车夜间经过村道，蝴蝶阀无人处理。'): Promise<ComplaintDetail> {
  const session = await core.signIn('limei');
  const created = await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '欧阳晓芸', customerPhone: '137 0000 4321', customerId, content }, session);
  return core.call('complaints.get', { id: created.id }, session);
}

async function act(login: string, c: ComplaintDetail, action: WorkflowActionInput): Promise<ComplaintDetail> {
  core.clock.advance(60_000);
  return core.call('complaints.act', { id: c.id, version: c.version, action }, await core.signIn(login));
}

async function history(customerId: string, page = 1, login = 'limei') {
  return core.call('customers.history', { id: customerId, page }, await core.signIn(login));
}

/** What the UI writes each entry from, without the moments: kind, who, and the facts of its sentence. */
const gist = (e: CustomerHistoryEntry) => {
  switch (e.type) {
    case 'complaintReceived':
      return [e.type, e.byName, e.complaint.serial];
    case 'complaintClosed':
      return [e.type, e.byName, e.complaint.serial, e.outcome];
    case 'callBack':
      return [e.type, e.byName, e.complaint.serial, e.satisfied];
    case 'classOverridden':
      return [e.type, e.byName, e.complaint.serial, e.fromClass, e.toClass, e.override];
    case 'followUp':
      return [e.type, e.byName, e.note];
    case 'creditProposed':
      return [e.type, e.byName, e.grade];
    case 'creditStep':
      return [e.type, e.byName, e.step, e.decision];
    case 'riskClassChanged':
      return [e.type, e.byName, e.fromClass, e.toClass];
    case 'riskClassRefused':
      return [e.type, e.byName, e.fromClass, e.toClass, e.note];
    case 'limitAdjustmentProposed':
      return [e.type, e.byName, e.fromLimit, e.toLimit];
    case 'limitAdjustmentDecided':
      return [e.type, e.byName, e.fromLimit, e.toLimit, e.decision];
    case 'riskMeeting':
      return [e.type, e.byName, e.heldOn, e.kinds];
    case 'merged':
      return [e.type, e.byName, e.name, e.reason];
  }
};

describe('customers.history (客户往来记录)', () => {
  it('tells a complaint from intake through a dissatisfied and a satisfied call-back to closing, the consequence above its cause', async () => {
    core = await openTestCore();
    const customer = await newCustomer();
    let c = await complaintOf(customer.id);
    const zhangwei = await userId('zhangwei');
    c = await act('zhaoli', c, { type: 'accept', assigneeId: zhangwei });
    c = await act('zhangwei', c, { type: 'planSolution', resolverId: zhangwei, measures: '调整罐车通行时间', dueAt: sh('2026-11-25T12:00:00').toISOString() });
    c = await act('zhangwei', c, { type: 'resolve', result: '罐车改为白天通行', replyMethod: 'phone' });
    c = await act('zhaoli', c, { type: 'callBack', method: 'phone', resolutionAdequate: false, timeliness: 'satisfied', attitude: 'satisfied', result: 'dissatisfied', otherOpinions: '夜间仍有车辆' });
    c = await act('zhangwei', c, { type: 'resolve', result: '夜间禁行已落实', replyMethod: 'phone' });
    c = await act('zhaoli', c, { type: 'callBack', method: 'on_site', resolutionAdequate: true, timeliness: 'satisfied', attitude: 'basically_satisfied', result: 'satisfied' });
    expect(c.status).toBe('closed');

    const { entries, total, hasMore } = await history(customer.id);
    expect(entries.map(gist)).toEqual([
      ['complaintClosed', '赵丽', c.serial, 'closed'],
      ['callBack', '赵丽', c.serial, true],
      ['callBack', '赵丽', c.serial, false],
      ['complaintReceived', '李梅', c.serial],
    ]);
    expect({ total, hasMore }).toEqual({ total: 4, hasMore: false });
    expect(entries[2]).toMatchObject({ method: 'phone', result: 'dissatisfied', otherOpinions: '夜间仍有车辆' });
    expect(entries[1]).toMatchObject({ method: 'on_site', attitude: 'basically_satisfied', otherOpinions: null });
    expect(entries[3]).toMatchObject({ complaint: { id: c.id, kind: 'complaint' }, classCode: c.classCode, content: '罐车夜间经过村道，蝴蝶阀无人处理。' });
    expect(entries.map((e) => e.at)).toEqual([...entries.map((e) => e.at)].sort().reverse());
  });

  it('tells each class a person set by hand and the clearing of it, with the reason, though the complaint keeps only the last', async () => {
    core = await openTestCore();
    const customer = await newCustomer();
    const c = await complaintOf(customer.id);
    const callCentre = await core.signIn('zhaoli');
    core.clock.advance(60_000);
    await core.call('complaints.overrideClass', { id: c.id, classCode: 'major', reason: '客户情绪激动，涉及安全' }, callCentre);
    core.clock.advance(60_000);
    await core.call('complaints.overrideClass', { id: c.id, classCode: null, reason: '经核实按规则定级' }, callCentre);
    const { entries } = await history(customer.id);
    expect(entries.map(gist)).toEqual([
      ['classOverridden', '赵丽', c.serial, 'major', c.classCode, false],
      ['classOverridden', '赵丽', c.serial, c.classCode, 'major', true],
      ['complaintReceived', '李梅', c.serial],
    ]);
    expect(entries[1]).toMatchObject({ reason: '客户情绪激动，涉及安全' });
    expect(entries[0]).toMatchObject({ reason: '经核实按规则定级' });
  });

  it('tells a complaint closed as invalid, and only the customer’s own complaints', async () => {
    core = await openTestCore();
    const customer = await newCustomer();
    const other = await newCustomer('蒲永明');
    await complaintOf(other.id, '别人的投诉。');
    const c = await complaintOf(customer.id);
    await act('zhaoli', c, { type: 'markInvalid', reasonCode: 'beyond_commitment', explanation: '已向客户说明超出服务承诺范围' });
    expect((await history(customer.id)).entries.map(gist)).toEqual([
      ['complaintClosed', '赵丽', c.serial, 'invalid'],
      ['complaintReceived', '李梅', c.serial],
    ]);
  });

  it('tells follow-ups, credit grading steps, risk-class changes and refused risk-class proposals, each with who took it', async () => {
    core = await openTestCore();
    core.clock.set(sh('2026-11-23T10:00:00'));
    const customer = await newCustomer('四川某建材有限公司', 'organisation');
    const lead = await core.signIn('wangjg');
    await core.call('customers.flag', { id: customer.id, version: 1, sign: { reason: '一周内第二次来电', followUpOwnerId: await userId('wangjg') } }, lead);
    core.clock.advance(60_000);
    await core.call('customers.addFollowUp', { id: customer.id, method: 'phone', note: '已电话安抚' }, lead);

    core.clock.advance(60_000);
    const quantities = { cooperationSince: '2021-05-01', lastBreachOn: null, goodOperatingYears: 3, investigationItems: [1, 2, 3, 4, 5, 6, 7], monthsCounted: 12, paymentsTotal: 1_200_000, shipmentsTotal: 960_000, hadCreditSales: true, existingCreditLimit: null, mortgageValue: null };
    const grading = await core.call('credit.propose', { customerId: customer.id, quantities, holds: ['A3', 'A5', 'A6'], reason: '会同经办业务员评定' }, await core.signIn('liuqiang'));
    core.clock.advance(60_000);
    await core.call('credit.decide', { gradingId: grading.id, step: 'review', decision: 'approved' }, await core.signIn('chenzm'));
    core.clock.advance(60_000);
    await core.call('credit.decide', { gradingId: grading.id, step: 'approve', decision: 'rejected', reason: '抵押物价值待核实' }, await core.signIn('zhouht'));

    core.clock.advance(60_000);
    const facts = { fiveLevel: 'normal', warning: 'none', overdueDays: 3, interestArrears: 0, advances: 0 } as const;
    // A first proposal is refused: the class stays, and the file tells the refusal.
    const refused = await core.call('riskClasses.propose', { customerId: customer.id, toClass: 'class2', facts, judgements: [{ judgement: 'litigation', reason: '听说企业涉诉' }], reason: '企业涉诉' }, lead);
    core.clock.advance(60_000);
    await core.call('riskClasses.review', { proposalId: refused.id, note: '材料不足' }, await core.signIn('liuqiang'));
    core.clock.advance(60_000);
    await core.call('riskClasses.decide', { proposalId: refused.id, approve: false, note: '涉诉未见传票' }, await core.signIn('chenzm'));
    core.clock.advance(60_000);
    const proposal = await core.call('riskClasses.propose', { customerId: customer.id, toClass: 'class2', facts, judgements: [{ judgement: 'litigation', reason: '法院传票已送达' }], reason: '贷款逾期三天，企业涉诉' }, lead);
    core.clock.advance(60_000);
    await core.call('riskClasses.review', { proposalId: proposal.id, note: '同意' }, await core.signIn('liuqiang'));
    core.clock.advance(60_000);
    await core.call('riskClasses.decide', { proposalId: proposal.id, approve: true, note: '信审会审议通过' }, await core.signIn('chenzm'));

    const { entries } = await history(customer.id);
    expect(entries.map(gist)).toEqual([
      ['riskClassChanged', '陈志明', 'normal', 'class2'],
      ['riskClassRefused', '陈志明', 'normal', 'class2', '涉诉未见传票'],
      ['creditStep', '周海涛', 'approve', 'rejected'],
      ['creditStep', '陈志明', 'review', 'approved'],
      ['creditProposed', '刘强', grading.grade],
      ['followUp', '王建国', '已电话安抚'],
    ]);
    expect(entries[0]).toMatchObject({ reason: '贷款逾期三天，企业涉诉' });
    expect(entries[1]).toMatchObject({ reason: '企业涉诉' });
    expect(entries[2]).toMatchObject({ grade: grading.grade, reason: '抵押物价值待核实' });
    expect(entries[4]).toMatchObject({ creditLimit: grading.creditLimit });
    expect(entries[5]).toMatchObject({ method: 'phone', at: sh('2026-11-23T10:01:00').toISOString() });
  });

  it('tells a merge, with the duplicate’s name, the reason and who merged, and the complaints it brought', async () => {
    core = await openTestCore();
    const keep = await newCustomer('蒲永明');
    const duplicate = await newCustomer('蒲永明（蒲师傅）');
    const moved = await complaintOf(duplicate.id, '今晚罐车又来了。');
    core.clock.advance(60_000);
    await core.call('customers.merge', { keepId: keep.id, keepVersion: 1, duplicateId: duplicate.id, duplicateVersion: 1, reason: '同一客户，电话写法不同' }, await core.signIn('wangjg'));
    expect((await history(keep.id)).entries.map(gist)).toEqual([
      ['merged', '王建国', '蒲永明（蒲师傅）', '同一客户，电话写法不同'],
      ['complaintReceived', '李梅', moved.serial],
    ]);
    expect((await history(duplicate.id)).entries).toEqual([]);
  });

  it('pages newest first, each entry once, saying whether more follow', async () => {
    core = await openTestCore();
    const customer = await newCustomer();
    const userOfLead = await userId('wangjg');
    const count = 2 * CUSTOMER_HISTORY_PAGE_SIZE + 5;
    // Hand-built follow-ups, one a minute: the history reads the stored rows, however they came.
    core.context.store.transaction((tx) => {
      const insert = tx.prepare('INSERT INTO customer_follow_ups (id, customer_id, at, by_user, method, note) VALUES (?, ?, ?, ?, NULL, ?)');
      for (let i = 0; i < count; i++) insert.run(`fu-${i}`, customer.id, new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(), userOfLead, `第${i + 1}次跟进`);
    });
    const pages = [await history(customer.id, 1), await history(customer.id, 2), await history(customer.id, 3), await history(customer.id, 4)];
    expect(pages.map((p) => [p.page, p.entries.length, p.total, p.hasMore])).toEqual([
      [1, CUSTOMER_HISTORY_PAGE_SIZE, count, true],
      [2, CUSTOMER_HISTORY_PAGE_SIZE, count, true],
      [3, 5, count, false],
      [4, 0, count, false],
    ]);
    const notes = pages.flatMap((p) => p.entries.map((e) => (e.type === 'followUp' ? e.note : e.type)));
    expect(notes).toEqual(Array.from({ length: count }, (_, i) => `第${count - i}次跟进`));
  });

  it('answers every role that may read customer files, and not-found for an unknown file', async () => {
    core = await openTestCore();
    const customer = await newCustomer();
    await complaintOf(customer.id);
    for (const login of ['limei', 'zhaoli', 'zhangwei', 'wangjg']) expect((await history(customer.id, 1, login)).total).toBe(1);
    const response = await core.dispatch({ method: 'customers.history', input: { id: 'no-such-customer', page: 1 }, session: await core.signIn('limei') });
    expect(response.ok ? 'answered' : response.error.code).toBe('NOT_FOUND');
  });
});
