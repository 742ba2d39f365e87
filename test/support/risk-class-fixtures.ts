import type { TestCore } from './temp-core';

/** Facts that indicate class 2 (seed000 第二篇 一(二)1: 逾期 ≥ 1 day). */
export const OVERDUE = { fiveLevel: 'normal', warning: 'none', overdueDays: 3, interestArrears: 0, advances: 0 } as const;

/** A customer put in class 2 through the whole procedure (二(一)–二(三)) at the test clock's time (2026-11-23 in Shanghai by default). */
export async function classTwoCustomer(core: TestCore, name = '绍兴某纺织有限公司') {
  const lead = await core.signIn('wangjg');
  const customer = await core.call('customers.create', { kind: 'organisation', name }, lead);
  const proposed = await core.call('riskClasses.propose', { customerId: customer.id, toClass: 'class2', facts: OVERDUE, judgements: [], reason: '贷后检查发现' }, lead);
  await core.call('riskClasses.review', { proposalId: proposed.id, note: '同意' }, await core.signIn('liuqiang'));
  await core.call('riskClasses.decide', { proposalId: proposed.id, approve: true, note: '通过' }, await core.signIn('chenzm'));
  return { lead, customer };
}
