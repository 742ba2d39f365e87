import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../shared/api/contract';
import { countRows, openTestCore, type TestCore } from '../support/temp-core';

/**
 * Merging duplicate customer files (issue 19 §1: "duplicates merged by a
 * person with an audit entry"): the duplicate's complaints and follow-ups move
 * to the kept file, the duplicate leaves the search and points at the kept one,
 * every change is audited and queued for head office; wrong requests change nothing.
 */

let core: TestCore;
afterEach(() => core?.close());

const read = <T>(sql: string, ...params: unknown[]) => core.context.store.read.prepare(sql).all(...params) as T[];

async function newCustomer(name: string, phone: string) {
  return core.call('customers.create', { kind: 'individual', name, phone }, await core.signIn('wangjg'));
}

async function complaintFor(customerId: string, content: string) {
  return core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '蒲永明', customerPhone: '13924681357', customerId, content }, await core.signIn('limei'));
}

async function refusal(input: ApiInput<'customers.merge'>, login = 'wangjg') {
  const session = await core.signIn(login);
  const before = countRows(core);
  const response = await core.dispatch({ method: 'customers.merge', input, session });
  if (response.ok) throw new Error('the merge should have been refused');
  expect(countRows(core)).toEqual(before);
  return response.error;
}

/** What a credit grading proposal needs (as in credit.test.ts); here only to give a file an append-only decision. */
const CREDIT_QUANTITIES = {
  cooperationSince: '2021-05-01',
  lastBreachOn: null,
  goodOperatingYears: 3,
  investigationItems: [1, 2, 3, 4, 5, 6, 7],
  monthsCounted: 12,
  paymentsTotal: 1_200_000,
  shipmentsTotal: 960_000,
  hadCreditSales: true,
  existingCreditLimit: null,
  mortgageValue: null,
};

/** Two files for one person: the second typed at intake with the phone written differently. */
async function twoFiles() {
  const keep = await newCustomer('蒲永明', '139 2468 1357');
  const duplicate = await newCustomer('蒲永明（蒲师傅）', '13924681357');
  await complaintFor(keep.id, '罐车夜间鸣笛。');
  const moved = await complaintFor(duplicate.id, '今晚罐车又来了。');
  const session = await core.signIn('wangjg');
  const lead = read<{ id: string }>("SELECT id FROM users WHERE login = 'wangjg'")[0]!.id;
  const flagged = await core.call('customers.flag', { id: duplicate.id, version: duplicate.version, sign: { reason: '一周内第二次来电，情绪激动', followUpOwnerId: lead } }, session);
  await core.call('customers.addFollowUp', { id: duplicate.id, method: 'phone', note: '已电话安抚' }, session);
  return { keep: await core.call('customers.get', { id: keep.id }, session), duplicate: await core.call('customers.get', { id: flagged.id }, session), moved };
}

describe('merging duplicate customer files', () => {
  it('moves the complaints and follow-ups, takes the duplicate out of the search, and audits and syncs every change', async () => {
    core = await openTestCore();
    const { keep, duplicate, moved } = await twoFiles();
    const session = await core.signIn('wangjg');
    const merged = await core.call('customers.merge', { keepId: keep.id, keepVersion: keep.version, duplicateId: duplicate.id, duplicateVersion: duplicate.version, reason: '同一客户，电话写法不同' }, session);

    expect(merged.complaints.map((c) => c.content).sort()).toEqual(['今晚罐车又来了。', '罐车夜间鸣笛。']);
    expect(merged.complaintCount).toBe(2);
    expect(merged.followUps.map((f) => f.note)).toEqual(['已电话安抚']);
    expect(merged.mergedFrom).toEqual([{ id: duplicate.id, name: '蒲永明（蒲师傅）', at: expect.any(String), reason: '同一客户，电话写法不同' }]);
    expect(merged.version).toBe(keep.version + 1);

    const gone = await core.call('customers.get', { id: duplicate.id }, session);
    expect(gone.mergedInto).toMatchObject({ id: keep.id, name: '蒲永明', reason: '同一客户，电话写法不同' });
    expect(gone.complaints).toEqual([]);
    // Intake's lookup by phone finds one file now.
    expect((await core.call('customers.search', { query: '13924681357', limit: 10 }, session)).map((c) => c.id)).toEqual([keep.id]);
    expect((await core.call('customers.search', { query: '蒲师傅', limit: 10 }, session))).toEqual([]);
    expect((await core.call('customers.flagged', {}, session)).map((c) => c.id)).not.toContain(duplicate.id);

    const complaint = await core.call('complaints.get', { id: moved.id }, session);
    expect(complaint.customerId).toBe(keep.id);
    expect(complaint.version).toBe(moved.version + 1);

    const audits = read<{ entity: string; entity_id: string; action: string }>("SELECT entity, entity_id, action FROM audit_log WHERE action LIKE 'customers.merge%' ORDER BY seq");
    expect(audits).toEqual([
      { entity: 'complaint', entity_id: moved.id, action: 'customers.merge' },
      { entity: 'customer', entity_id: duplicate.id, action: 'customers.merge' },
      { entity: 'customer', entity_id: keep.id, action: 'customers.mergeKeep' },
    ]);
    const outbox = read<{ entity: string; entity_id: string; payload: string }>("SELECT entity, entity_id, payload FROM outbox WHERE entity IN ('customer', 'complaint') ORDER BY rowid DESC LIMIT 3");
    const payloads = Object.fromEntries(outbox.map((row) => [row.entity_id, JSON.parse(row.payload) as Record<string, unknown>]));
    expect(payloads[duplicate.id]).toMatchObject({ mergedInto: { id: keep.id } });
    expect(payloads[moved.id]).toMatchObject({ customerId: keep.id });
    expect(payloads[keep.id]).toMatchObject({ id: keep.id, mergedInto: null });
  });

  it('refuses a merged file any further change, and a second merge of it', async () => {
    core = await openTestCore();
    const { keep, duplicate } = await twoFiles();
    const session = await core.signIn('wangjg');
    await core.call('customers.merge', { keepId: keep.id, keepVersion: keep.version, duplicateId: duplicate.id, duplicateVersion: duplicate.version, reason: '同一客户，电话写法不同' }, session);
    const gone = await core.call('customers.get', { id: duplicate.id }, session);
    const edit = await core.dispatch({ method: 'customers.update', input: { id: gone.id, version: gone.version, kind: 'individual', name: '改名' }, session });
    expect(edit.ok ? null : edit.error.reason).toEqual({ key: 'customerErrors.merged', params: { name: '蒲永明' } });
    const kept = await core.call('customers.get', { id: keep.id }, session);
    const again = await refusal({ keepId: keep.id, keepVersion: kept.version, duplicateId: gone.id, duplicateVersion: gone.version, reason: '再合并一次' });
    expect(again.reason?.key).toBe('customerErrors.merged');
  });

  it('refuses a file merged into itself, a stale version, a duplicate with credit or risk decisions, and a receiver', async () => {
    core = await openTestCore();
    const { keep, duplicate } = await twoFiles();
    const request = { keepId: keep.id, keepVersion: keep.version, duplicateId: duplicate.id, duplicateVersion: duplicate.version, reason: '同一客户，电话写法不同' };
    expect((await refusal({ ...request, duplicateId: keep.id, duplicateVersion: keep.version })).reason?.key).toBe('customerErrors.mergeSelf');
    expect((await refusal({ ...request, duplicateVersion: duplicate.version - 1 })).code).toBe('CONFLICT');
    expect((await refusal(request, 'limei')).code).toBe('FORBIDDEN');
    expect((await refusal({ ...request, reason: '同' })).code).toBe('VALIDATION');

    const graded = await newCustomer('四川某建材有限公司', '0830-1234567');
    await core.call('credit.propose', { customerId: graded.id, quantities: CREDIT_QUANTITIES, holds: ['A3', 'A5', 'A6'], reason: '会同经办业务员张伟、信用控制主管评定' }, await core.signIn('liuqiang'));
    const decisions = read<{ n: number }>('SELECT (SELECT count(*) FROM risk_class_proposals WHERE customer_id = ?) + (SELECT count(*) FROM credit_gradings WHERE customer_id = ?) AS n', graded.id, graded.id)[0]!.n;
    expect(decisions, 'the test needs a decision on the duplicate').toBeGreaterThan(0);
    const fresh = await core.call('customers.get', { id: graded.id }, await core.signIn('wangjg'));
    const refused = await refusal({ ...request, duplicateId: graded.id, duplicateVersion: fresh.version });
    expect(refused.reason).toEqual({ key: 'customerErrors.mergeDecisions', params: { name: '四川某建材有限公司' } });
  });
});
