import { afterEach, describe, expect, it } from 'vitest';
import { creditCustomerCells } from '../../../electron/core/ledgers/credit-customer-cells';
import * as repo from '../../../electron/core/ledgers/ledgers-repository';
import type { ApiInput } from '../../../shared/api/contract';
import { CREDIT_CUSTOMER_FIELDS } from '../../../shared/reports/ledgers/fields';
import { A_GRADE_QUANTITIES, shanghai } from '../../support/credit-fixtures';
import { openTestCore, type TestCore } from '../../support/temp-core';

/**
 * 《预付、赊销客户汇总表》 (seed002 客户管理制度3 第二十九条) over gradings entered
 * through the real services. Expected rows, by hand (site time, Asia/Shanghai):
 * - 甲公司: A with credit sales, approved 2026-09-30: limit min(1 200 000, 960 000) / 12 = 80 000, long-term, 30 days; review monthly → 2026-10-30;
 * - 乙公司: B without a mortgage but with credit sales already (limit 0): listed as 已发生预付、赊销, not granted;
 * - 丙公司: C without credit sales: not a prepayment/credit customer, not listed;
 * - 丁公司: A, approved 2026-10-01, the day after September: not on September's sheet, on October's.
 */

let core: TestCore;
afterEach(() => core?.close());


async function graded(name: string, approvedAt: string, extra: Partial<ApiInput<'credit.propose'>> = {}) {
  core.clock.set(shanghai('2026-09-10T10:00:00'));
  const customer = await core.call('customers.create', { kind: 'organisation', name }, await core.signIn('wangjg'));
  core.context.store.transaction((tx) => tx.prepare("UPDATE customers SET scheme = 'seed002-doc3', customer_type = 'downstream_customer' WHERE id = ?").run(customer.id));
  const grading = await core.call('credit.propose', { customerId: customer.id, quantities: A_GRADE_QUANTITIES, holds: ['A3', 'A5', 'A6'], reason: '会同经办业务员评定', ...extra }, await core.signIn('liuqiang'));
  await core.call('credit.decide', { gradingId: grading.id, step: 'review', decision: 'approved' }, await core.signIn('chenzm'));
  core.clock.set(shanghai(approvedAt));
  await core.call('credit.decide', { gradingId: grading.id, step: 'approve', decision: 'approved' }, await core.signIn('zhouht'));
  return grading;
}

async function setUp() {
  core = await openTestCore();
  const a = await graded('甲公司', '2026-09-30T23:30:00');
  const b = await graded('乙公司', '2026-09-20T10:00:00', { holds: ['A3'] });
  await graded('丙公司', '2026-09-20T10:00:00', { holds: ['C7'], quantities: { ...A_GRADE_QUANTITIES, hadCreditSales: false } });
  const d = await graded('丁公司', '2026-10-01T00:10:00');
  core.clock.set(shanghai('2026-11-23T10:00:00'));
  return { a, b, d };
}

const sheet = async (input: ApiInput<'ledgers.sheet'>, login = 'wangjg') => core.call('ledgers.sheet', input, await core.signIn(login));

describe('《预付、赊销客户汇总表》 (第二十九条)', () => {
  it('lists the granted and the already-prepaying customers in force on the period\'s last day, by grade, with limit, term and review day', async () => {
    const { a, b, d } = await setUp();
    const september = await sheet({ ledgerId: 'credit.prepayment-credit-customers', period: '2026-09' });
    expect(september.rows.map((r) => r.key)).toEqual([a.id, b.id]);
    expect(september.rows[0]!.cells).toEqual({
      customer: '甲公司',
      type: { zh: '下游客户', en: 'Downstream customer' },
      grade: { zh: '信用A级（高）', en: 'Credit grade A (high)' },
      granted: true,
      'had-credit-sales': true,
      'credit-kind': { zh: '长期预付、赊销', en: 'Long-term' },
      limit: 80_000,
      existing: null,
      balance: null,
      term: 30,
      mortgage: null,
      'approved-on': '2026-09-30',
      'review-due': '2026-10-30',
    });
    expect(september.rows[1]!.cells).toMatchObject({ customer: '乙公司', grade: { zh: '信用B级（中）' }, granted: false, 'had-credit-sales': true, limit: 0, term: null });
    const october = await sheet({ ledgerId: 'credit.prepayment-credit-customers', period: '2026-10' });
    expect(october.rows.map((r) => r.key)).toEqual([d.id, a.id, b.id]); // by grade, then name: 丁 before 甲
  });

  it('is the whole site\'s: a unit\'s sheet is empty; a receiver may not read it', async () => {
    await setUp();
    const unit = await sheet({ ledgerId: 'credit.prepayment-credit-customers', period: '2026-10', unit: '阳42井站' });
    expect(unit.rows).toEqual([]);
    expect((await sheet({ ledgerId: 'credit.prepayment-credit-customers', period: '2026-10' })).rows).toHaveLength(3);
    const receiver = await core.dispatch({ method: 'ledgers.sheet', input: { ledgerId: 'credit.prepayment-credit-customers', period: '2026-10' }, session: await core.signIn('limei') });
    expect(receiver.ok ? null : receiver.error.code).toBe('FORBIDDEN');
  });

  it('builds every field of its catalogue', async () => {
    await setUp();
    const rows = repo.creditGradingsInForceOn(core.context.store.read, '2026-10-31');
    expect(Object.keys(creditCustomerCells(rows[0]!).cells).sort()).toEqual(Object.keys(CREDIT_CUSTOMER_FIELDS).sort());
  });
});
