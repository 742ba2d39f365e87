import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../shared/api/contract';
import { PATHS, type EnrolCodeResponse } from '../../shared/sync/protocol';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { A_GRADE_QUANTITIES, shanghai } from '../support/credit-fixtures';
import { countRows, openTestCore, type TestCore } from '../support/temp-core';

/**
 * Credit grading in the core (seed002 客户管理制度3 第十九条): the chain of
 * proposal (部门负责人/站长), review (分管领导) and approval (总经理), each step by
 * another role refused with the step's own reason; the grade decided by the
 * pack from what was entered; append-only history; the review-due list.
 */

let core: TestCore;
let server: ServerProcess | undefined;
afterEach(async () => {
  core?.close();
  await server?.stop();
  server = undefined;
});


async function customer(name = '四川某建材有限公司') {
  return core.call('customers.create', { kind: 'organisation', name }, await core.signIn('wangjg'));
}

async function propose(customerId: string, extra: Partial<ApiInput<'credit.propose'>> = {}, login = 'liuqiang') {
  return core.call('credit.propose', { customerId, quantities: A_GRADE_QUANTITIES, holds: ['A3', 'A5', 'A6'], reason: '会同经办业务员张伟、信用控制主管评定', ...extra }, await core.signIn(login));
}

async function refusal<M extends 'credit.propose' | 'credit.decide'>(method: M, input: ApiInput<M>, login: string) {
  const session = await core.signIn(login);
  const before = countRows(core);
  const response = await core.dispatch({ method, input, session });
  if (response.ok) throw new Error(`expected ${method} by ${login} to be refused`);
  expect(countRows(core)).toEqual(before);
  return response.error;
}

const count = (table: string) => (core.context.store.read.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('credit grading (seed002 客户管理制度3 第十九条)', () => {
  it('proposes, reviews and approves along the chain; the grade takes effect on approval', async () => {
    core = await openTestCore();
    core.clock.set(shanghai('2026-11-23T10:00:00'));
    const c = await customer();
    const proposed = await propose(c.id);
    expect(proposed).toMatchObject({ grade: 'A', status: 'proposed', packId: 'seed002-doc3-credit', packVersion: '1.0.0', gradedOn: '2026-11-23', creditLimit: 80_000, creditKind: 'long_term', termDays: 30, reviewMonths: 1 });
    expect(proposed.judgements.map((j) => [j.id, j.byName])).toEqual([['A3', '刘强'], ['A5', '刘强'], ['A6', '刘强']]);
    expect((await core.call('credit.file', { customerId: c.id }, await core.signIn('wangjg'))).current).toBeNull();

    const reviewed = await core.call('credit.decide', { gradingId: proposed.id, step: 'review', decision: 'approved' }, await core.signIn('chenzm'));
    expect(reviewed.status).toBe('reviewed');
    core.clock.set(shanghai('2026-11-24T09:00:00'));
    const approved = await core.call('credit.decide', { gradingId: proposed.id, step: 'approve', decision: 'approved' }, await core.signIn('zhouht'));
    expect(approved).toMatchObject({ status: 'approved', reviewDueOn: '2026-12-24' });
    expect(approved.steps.map((s) => [s.step, s.decidedByName])).toEqual([['review', '陈志明'], ['approve', '周海涛']]);

    const file = await core.call('credit.file', { customerId: c.id }, await core.signIn('wangjg'));
    expect(file.current?.id).toBe(proposed.id);
    // One outbox row per version of the grading: proposed, reviewed, approved (head office keeps the latest).
    const outbox = core.context.store.read.prepare("SELECT entity_version FROM outbox WHERE entity = 'credit_grading' ORDER BY entity_version").all();
    expect(outbox).toEqual([{ entity_version: 1 }, { entity_version: 2 }, { entity_version: 3 }]);
  });

  it('refuses each step by a role the source does not name, saying who may, and keeps nothing', async () => {
    core = await openTestCore();
    const c = await customer();
    expect((await refusal('credit.propose', { customerId: c.id, quantities: A_GRADE_QUANTITIES, holds: [], reason: '试' }, 'limei')).reason).toEqual({ key: 'credit.errors.proposeRole' });
    const proposed = await propose(c.id, {}, 'wangjg');
    const review = { gradingId: proposed.id, step: 'review' as const, decision: 'approved' as const };
    expect((await refusal('credit.decide', review, 'zhouht')).reason).toEqual({ key: 'credit.errors.reviewRole' });
    expect((await refusal('credit.decide', review, 'wangjg')).reason).toEqual({ key: 'credit.errors.reviewRole' });
    // Approval before review is out of order, even for the general manager.
    expect((await refusal('credit.decide', { ...review, step: 'approve' }, 'zhouht')).reason).toEqual({ key: 'credit.errors.approveNotDue' });
    await core.call('credit.decide', review, await core.signIn('chenzm'));
    const approve = { ...review, step: 'approve' as const };
    const byLeader = await refusal('credit.decide', approve, 'chenzm');
    expect([byLeader.code, byLeader.reason]).toEqual(['FORBIDDEN', { key: 'credit.errors.approveRole' }]);
    expect((await refusal('credit.decide', review, 'chenzm')).reason).toEqual({ key: 'credit.errors.reviewNotDue' });
  });

  it('a rejection needs a reason and ends the grading; the grade in force stays', async () => {
    core = await openTestCore();
    const c = await customer();
    const first = await propose(c.id);
    await core.call('credit.decide', { gradingId: first.id, step: 'review', decision: 'approved' }, await core.signIn('chenzm'));
    await core.call('credit.decide', { gradingId: first.id, step: 'approve', decision: 'approved' }, await core.signIn('zhouht'));
    core.clock.advance(60_000);
    const second = await propose(c.id, { quantities: { ...A_GRADE_QUANTITIES, lastBreachOn: '2026-10-01' } });
    expect(second.grade).toBe('C');
    expect((await refusal('credit.decide', { gradingId: second.id, step: 'review', decision: 'rejected' }, 'chenzm')).reason).toEqual({ key: 'credit.errors.rejectReason' });
    const rejected = await core.call('credit.decide', { gradingId: second.id, step: 'review', decision: 'rejected', reason: '欠款已结清，资料待核实' }, await core.signIn('chenzm'));
    expect(rejected.status).toBe('rejected');
    const file = await core.call('credit.file', { customerId: c.id }, await core.signIn('liuqiang'));
    expect(file.current).toMatchObject({ id: first.id, grade: 'A' });
    expect(file.gradings.map((g) => [g.grade, g.status])).toEqual([['C', 'rejected'], ['A', 'approved']]);
  });

  it('keeps gradings and their steps append-only', async () => {
    core = await openTestCore();
    const proposed = await propose((await customer()).id);
    const db = core.context.store.read;
    expect(() => db.prepare("UPDATE credit_gradings SET grade = 'C' WHERE id = ?").run(proposed.id)).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM credit_gradings WHERE id = ?').run(proposed.id)).toThrow(/append-only/);
    await core.call('credit.decide', { gradingId: proposed.id, step: 'review', decision: 'approved' }, await core.signIn('chenzm'));
    expect(() => db.prepare("UPDATE credit_grading_steps SET decision = 'rejected'").run()).toThrow(/append-only/);
    expect(count('credit_grading_steps')).toBe(1);
  });

  it('第十二条、第三十八条: lists approved customers by the day their review falls due, overdue first, with any grading under way', async () => {
    core = await openTestCore();
    core.clock.set(shanghai('2026-06-10T10:00:00'));
    const approve = async (id: string) => {
      await core.call('credit.decide', { gradingId: id, step: 'review', decision: 'approved' }, await core.signIn('chenzm'));
      await core.call('credit.decide', { gradingId: id, step: 'approve', decision: 'approved' }, await core.signIn('zhouht'));
    };
    const withCredit = await customer('甲公司'); // A with a limit: monthly
    await approve((await propose(withCredit.id)).id);
    const noCredit = await customer('乙公司'); // C: quarterly
    await approve((await propose(noCredit.id, { holds: ['C7'] })).id);
    await customer('丙公司'); // never graded: not on the list
    core.clock.set(shanghai('2026-08-01T10:00:00'));
    await propose(noCredit.id);
    const due = await core.call('credit.reviewDue', {}, await core.signIn('zhouht'));
    expect(due.map((d) => [d.customerName, d.grade, d.dueOn, d.overdue, d.pending])).toEqual([
      ['甲公司', 'A', '2026-07-10', true, false],
      ['乙公司', 'C', '2026-09-10', false, true],
    ]);
    const receiver = await core.dispatch({ method: 'credit.reviewDue', input: {}, session: await core.signIn('limei') });
    expect(receiver.ok).toBe(false);
  });

  it('第四条: a credit customer (upstream supplier or downstream customer) with no approved grading heads the list as 未评级', async () => {
    core = await openTestCore();
    core.clock.set(shanghai('2026-06-10T10:00:00'));
    const asCreditType = (id: string, type: string) =>
      core.context.store.transaction((tx) => tx.prepare("UPDATE customers SET scheme = 'seed002-doc3', customer_type = ? WHERE id = ?").run(type, id));
    const approve = async (id: string) => {
      await core.call('credit.decide', { gradingId: id, step: 'review', decision: 'approved' }, await core.signIn('chenzm'));
      await core.call('credit.decide', { gradingId: id, step: 'approve', decision: 'approved' }, await core.signIn('zhouht'));
    };
    const graded = await customer('甲公司');
    asCreditType(graded.id, 'downstream_customer');
    await approve((await propose(graded.id)).id); // graded: leaves the ungraded part
    const supplier = await customer('乙供应商');
    asCreditType(supplier.id, 'upstream_supplier'); // never graded
    const underWay = await customer('丙公司');
    asCreditType(underWay.id, 'downstream_customer');
    await propose(underWay.id); // proposed, not approved yet: still 未评级, under way
    const refused = await customer('丁公司');
    asCreditType(refused.id, 'downstream_customer');
    const rejected = await propose(refused.id);
    await core.call('credit.decide', { gradingId: rejected.id, step: 'review', decision: 'rejected', reason: '资料不实' }, await core.signIn('chenzm'));
    await customer('戊公司'); // no credit type, no grading: not listed
    const duplicate = await customer('乙供应商（重复）');
    asCreditType(duplicate.id, 'upstream_supplier');
    const lead = await core.signIn('wangjg');
    const [keep, dup] = [await core.call('customers.get', { id: supplier.id }, lead), await core.call('customers.get', { id: duplicate.id }, lead)];
    await core.call('customers.merge', { keepId: supplier.id, keepVersion: keep.version, duplicateId: duplicate.id, duplicateVersion: dup.version, reason: '同一供应商' }, lead); // merged away: not listed
    const due = await core.call('credit.reviewDue', {}, await core.signIn('wangjg'));
    expect(due.map((d) => [d.customerName, d.grade, d.dueOn, d.pending])).toEqual([
      ['丙公司', null, null, true],
      ['丁公司', null, null, false],
      ['乙供应商', null, null, false],
      ['甲公司', 'A', '2026-07-10', false],
    ]);
  });

  it('reaches head office through the outbox: the latest version of each grading, with its steps and the pack that decided it', async () => {
    server = await startServerProcess();
    const { enrolCode, siteId } = await server.admin<EnrolCodeResponse>('POST', PATHS.adminSites, { code: 'YY42', name: '阳42井站' });
    core = await openTestCore();
    const lead = await core.signIn('wangjg');
    await core.call('sync.enrol', { serverUrl: server.url, code: enrolCode, deviceName: '站长电脑' }, lead);
    const proposed = await propose((await customer()).id);
    await core.call('credit.decide', { gradingId: proposed.id, step: 'review', decision: 'approved' }, await core.signIn('chenzm'));
    await core.call('sync.runNow', {}, lead);
    const head = new Database(path.join(server.dataDir, 'head-office.sqlite'), { readonly: true });
    try {
      const rows = head
        .prepare("SELECT e.payload FROM site_records r JOIN received_entries e ON e.site_id = r.site_id AND e.entry_id = r.entry_id WHERE r.site_id = ? AND r.entity = 'credit_grading'")
        .all(siteId) as { payload: string }[];
      expect(rows).toHaveLength(1);
      const payload = JSON.parse(rows[0]!.payload) as Record<string, unknown>;
      expect(payload).toMatchObject({ id: proposed.id, grade: 'A', status: 'reviewed', packId: 'seed002-doc3-credit', packVersion: '1.0.0' });
      expect(payload).not.toHaveProperty('customerName'); // the name travels with the customer file
    } finally {
      head.close();
    }
  });
});
