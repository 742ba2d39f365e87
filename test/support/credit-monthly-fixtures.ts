import type { ApiInput } from '../../shared/api/contract';
import { A_GRADE_QUANTITIES, shanghai } from './credit-fixtures';
import type { TestCore } from './temp-core';

/**
 * The monthly credit records' fixtures (seed002 客户管理制度3 第六章): a customer
 * graded A with a limit of 80 000 along the whole chain (approved at
 * `approvedAt`, 2026-10-20 by default), and November figures at that limit.
 */
export async function gradedCustomer(core: TestCore, name = '甲公司', approvedAt = '2026-10-20T09:00:00'): Promise<string> {
  core.clock.set(shanghai(approvedAt));
  const customer = await core.call('customers.create', { kind: 'organisation', name }, await core.signIn('wangjg'));
  await regrade(core, customer.id);
  return customer.id;
}

/** A new A grading of the customer, proposed, reviewed and approved at the clock's time. */
export async function regrade(core: TestCore, customerId: string): Promise<void> {
  const grading = await core.call('credit.propose', { customerId, quantities: A_GRADE_QUANTITIES, holds: ['A3', 'A5', 'A6'], reason: '评定' }, await core.signIn('liuqiang'));
  await core.call('credit.decide', { gradingId: grading.id, step: 'review', decision: 'approved' }, await core.signIn('chenzm'));
  await core.call('credit.decide', { gradingId: grading.id, step: 'approve', decision: 'approved' }, await core.signIn('zhouht'));
}

export const figures = (customerId: string, change: Partial<ApiInput<'credit.enterFigures'>> = {}): ApiInput<'credit.enterFigures'> => ({
  customerId,
  month: '2026-11',
  asOf: '2026-11-30',
  balance: 80_000,
  shipments: 60_000,
  payments: 50_000,
  overdueAmount: 12_000,
  earliestDueOn: '2026-11-10',
  ...change,
});
