import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CreditFile, CreditGrading } from '../../shared/api/credit';
import { ApiError } from '../../shared/api/errors';
import type { User } from '../../shared/api/users';
import { addDaysToDay, addYearsToDay } from '../../shared/credit/credit-dates';
import { gradeCustomer, type CreditQuantities } from '../../shared/credit/credit-grading';
import { CREDIT_CHAIN } from '../../shared/credit/credit-approval';
import { siteDayOf } from '../../shared/domain/opinion-book';
import { useNavigationStore } from '../../renderer/stores/navigation-store';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { fileOf, firm } from './customer-fixtures';
import { limei, renderSignedIn, wangjg } from './fixtures';

/**
 * 信用等级 on the customer file (seed002 客户管理制度3): the form computes each
 * criterion as it is typed and cites it, the chain's steps are offered to the
 * role that takes them only, a refusal from the core reads in Chinese, and the
 * review-due list marks the overdue.
 */

const SLOW = 30_000;
const chenzm: User = { ...limei, id: 'u-chenzm', login: 'chenzm', displayName: '陈志明', roles: ['leader_in_charge'] };
const zhouht: User = { ...limei, id: 'u-zhouht', login: 'zhouht', displayName: '周海涛', roles: ['general_manager'] };
const today = siteDayOf(new Date(), 'Asia/Shanghai');

const QUANTITIES: CreditQuantities = { cooperationSince: '2020-01-01', lastBreachOn: null, goodOperatingYears: 3, investigationItems: [1, 2, 3, 4, 5, 6, 7], monthsCounted: 12, paymentsTotal: 1_200_000, shipmentsTotal: 960_000, hadCreditSales: true, existingCreditLimit: null, mortgageValue: null };

function gradingOf(overrides: Partial<CreditGrading> = {}): CreditGrading {
  const { grade, ...outcome } = gradeCustomer(QUANTITIES, { A3: true, A5: true, A6: true }, '2026-11-23');
  return {
    id: 'g-1',
    customerId: firm.id,
    customerName: firm.name,
    packId: 'seed002-doc3-credit',
    packVersion: '1.0.0',
    gradedOn: '2026-11-23',
    quantities: QUANTITIES,
    judgements: ['A3', 'A5', 'A6'].map((id) => ({ id, byName: '刘强', at: '2026-11-23T02:00:00.000Z' })),
    ...outcome,
    grade,
    reason: '会同经办业务员张伟评定',
    proposedByName: '刘强',
    proposedAt: '2026-11-23T02:00:00.000Z',
    steps: [],
    status: 'proposed',
    reviewDueOn: null,
    ...overrides,
  };
}

const row = (form: HTMLElement, id: string) => within(form).getByTestId(`credit-criterion-${id}`);

describe('信用等级 on the customer file', () => {
  it('computes each criterion as it is typed, either side of 第十五条(1)\'s one year, cites it, and proposes what was entered', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(wangjg, {
      'customers.get': () => fileOf(firm),
      'credit.propose': () => gradingOf(),
    });
    useNavigationStore.getState().go({ page: 'customer-detail', id: firm.id });
    const section = await screen.findByTestId('credit-section');
    await within(section).findByText(/尚未评定/);
    await user.click(within(section).getByTestId('credit-new'));
    const form = within(section).getByTestId('credit-form');

    expect(row(form, 'A1').textContent).toContain('《客户信用管理制度》第十五条(1)');
    expect(row(form, 'C9').textContent).toContain('《客户信用管理制度》第十六条(9)');
    const since = within(form).getByTestId('credit-cooperationSince');
    await user.type(since, addYearsToDay(today, -1));
    expect(row(form, 'A1').dataset.holds).toBe('true');
    await user.clear(since);
    await user.type(since, addDaysToDay(addYearsToDay(today, -1), 1)); // one day short of a year
    expect(row(form, 'A1').dataset.holds).toBe('false');
    await user.clear(since);
    await user.type(since, '2020-01-01');

    await user.clear(within(form).getByTestId('credit-goodOperatingYears'));
    await user.type(within(form).getByTestId('credit-goodOperatingYears'), '2');
    expect(row(form, 'A4').dataset.holds).toBe('true');
    for (const item of [1, 2, 3, 4, 5, 6, 7]) await user.click(within(form).getByTestId(`credit-item-${item}`));
    for (const id of ['A3', 'A5', 'A6']) await user.click(within(form).getByTestId(`credit-tick-${id}`));
    await user.clear(within(form).getByTestId('credit-paymentsTotal'));
    await user.type(within(form).getByTestId('credit-paymentsTotal'), '1200000');
    await user.clear(within(form).getByTestId('credit-shipmentsTotal'));
    await user.type(within(form).getByTestId('credit-shipmentsTotal'), '960000');
    await user.click(within(form).getByTestId('credit-hadCreditSales'));
    const outcome = within(form).getByTestId('credit-outcome');
    expect(outcome.dataset.grade).toBe('A');
    expect(outcome.textContent).toContain('80,000 元，长期授信，回款/到货期限 30 天');

    // A C trigger ticked makes it C (第十六条), whatever the A criteria.
    await user.click(within(form).getByTestId('credit-tick-C7'));
    expect(within(form).getByTestId('credit-outcome').dataset.grade).toBe('C');
    await user.click(within(form).getByTestId('credit-tick-C7'));

    await user.click(within(form).getByTestId('credit-submit'));
    expect(form.textContent).toContain('请写明评定说明');
    expect(bridge.callsTo('credit.propose')).toHaveLength(0);
    await user.type(within(form).getByTestId('credit-reason'), '会同经办业务员张伟评定');
    await user.click(within(form).getByTestId('credit-submit'));
    await waitFor(() => expect(bridge.callsTo('credit.propose')).toHaveLength(1));
    expect(bridge.callsTo('credit.propose')[0]!.input).toEqual({ customerId: firm.id, quantities: { ...QUANTITIES, cooperationSince: '2020-01-01', goodOperatingYears: 2 }, holds: ['A3', 'A5', 'A6'], reason: '会同经办业务员张伟评定' });
  });

  it('offers the review to the leader in charge only, and shows the core\'s refusal in Chinese', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const file = { customerId: firm.id, current: null, limitInForce: null, adjustments: [], gradings: [gradingOf()] };
    const { bridge } = await renderSignedIn(chenzm, {
      'customers.get': () => fileOf(firm),
      'credit.file': () => file,
      'credit.decide': () => {
        throw ApiError.because('FORBIDDEN', 'credit.errors.reviewRole');
      },
    });
    useNavigationStore.getState().go({ page: 'customer-detail', id: firm.id });
    const entry = await screen.findByTestId('credit-grading-g-1');
    expect(entry.textContent).toContain('待审核：公司主管副总、财务总监审核');
    expect(entry.textContent).toContain('刘强 2026'); // who ticked the judgements
    const decision = within(entry).getByTestId('credit-decision-review');
    await user.click(within(decision).getByTestId('credit-review-reject'));
    expect(decision.textContent).toContain('不同意时请写明理由');
    expect(bridge.callsTo('credit.decide')).toHaveLength(0);
    await user.click(within(decision).getByTestId('credit-review-approve'));
    await within(decision).findByText(zhCN.credit.errors.reviewRole);
    expect(bridge.callsTo('credit.decide')[0]!.input).toEqual({ gradingId: 'g-1', step: 'review', decision: 'approved' });
  });

  it('the general manager sees a proposal awaiting review without a form, and approves a reviewed one', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const reviewed = gradingOf({ status: 'reviewed', steps: [{ step: 'review', decision: 'approved', reason: null, decidedByName: '陈志明', decidedAt: '2026-11-23T03:00:00.000Z' }] });
    let file = { customerId: firm.id, current: null as CreditGrading | null, limitInForce: null, adjustments: [], gradings: [gradingOf({ id: 'g-2' }), reviewed] };
    const { bridge } = await renderSignedIn(zhouht, {
      'customers.get': () => fileOf(firm),
      'credit.file': () => file,
      'credit.decide': () => {
        const approved = { ...reviewed, status: 'approved' as const, reviewDueOn: '2026-12-24', steps: [...reviewed.steps, { step: 'approve' as const, decision: 'approved' as const, reason: null, decidedByName: '周海涛', decidedAt: '2026-11-24T01:00:00.000Z' }] };
        file = { ...file, current: approved, gradings: [file.gradings[0]!, approved] };
        return approved;
      },
    });
    useNavigationStore.getState().go({ page: 'customer-detail', id: firm.id });
    const pending = await screen.findByTestId('credit-grading-g-2');
    expect(within(pending).queryByTestId('credit-decision-review')).toBeNull();
    const entry = screen.getByTestId('credit-grading-g-1');
    await user.click(within(entry).getByTestId('credit-approve-approve'));
    await waitFor(() => expect(screen.getByTestId('credit-current').textContent).toContain('A级（信用高）'));
    expect(screen.getByTestId('credit-current').textContent).toContain('2026年12月24日');
    expect(bridge.callsTo('credit.decide')[0]!.input).toMatchObject({ step: 'approve', decision: 'approved' });
    // The file's 往来记录 is read again, so the approval shows there too.
    await waitFor(() => expect(bridge.callsTo('customers.history')).toHaveLength(2));
  });

  it('has a Chinese and an English text for every step\'s refusal', () => {
    for (const rule of CREDIT_CHAIN) {
      const key = rule.refusal.split('.').pop() as keyof typeof zhCN.credit.errors;
      expect(zhCN.credit.errors[key], rule.refusal).toBeTruthy();
    }
  });

  it('lists the reviews due from the customer files, an ungraded credit customer (第四条) first as 未评级, the overdue marked', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    await renderSignedIn(wangjg, {
      'customers.flagged': () => [],
      'credit.reviewDue': () => [
        { customerId: 'k-0', customerName: '丙供应商', grade: null, creditLimit: 0, approvedOn: null, dueOn: null, overdue: false, pending: false },
        { customerId: 'k-1', customerName: '甲公司', grade: 'A', creditLimit: 80_000, approvedOn: '2026-06-10', dueOn: '2026-07-10', overdue: true, pending: false },
        { customerId: 'k-2', customerName: '乙公司', grade: 'C', creditLimit: 0, approvedOn: '2026-06-10', dueOn: '2026-09-10', overdue: false, pending: true },
      ],
    });
    await user.click(await screen.findByTestId('open-customers'));
    await user.click(await screen.findByTestId('credit-review-due-link'));
    const table = await screen.findByTestId('credit-due-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.dataset.overdue)).toEqual(['false', 'true', 'false']);
    expect(rows.map((r) => r.dataset.ungraded)).toEqual(['true', 'false', 'false']);
    expect(rows[0]!.textContent).toContain('丙供应商未评级不授信—应尽快评定');
    expect(rows[1]!.textContent).toContain('2026年7月10日 已过期');
    expect(rows[2]!.textContent).toContain('新的评定审批中');
  });

  it('shows the limit in force after an approved adjustment (第四十一条) with who proposed and approved it, from → to, and since when', { timeout: SLOW }, async () => {
    const approved = gradingOf({ status: 'approved', reviewDueOn: '2027-02-24' });
    const adjustment = { id: 'a-1', evaluationId: 'e-1', month: '2026-11', gradingId: 'g-1', fromLimit: 80_000, toLimit: 60_000, proposedByName: '刘强', proposedAt: '2026-12-01T02:00:00.000Z', approvedByName: '周海涛', approvedAt: '2026-12-05T07:00:00.000Z', effectiveOn: '2026-12-05' };
    let file: CreditFile = { customerId: firm.id, current: approved, limitInForce: { limit: 80_000, since: '2026-11-24', adjustmentId: null }, adjustments: [], gradings: [approved] };
    const first = await renderSignedIn(zhouht, { 'customers.get': () => fileOf(firm), 'credit.file': () => file });
    useNavigationStore.getState().go({ page: 'customer-detail', id: firm.id });
    expect((await screen.findByTestId('credit-current')).textContent).toContain('80,000 元');
    expect(screen.queryByTestId('credit-limit-in-force')).toBeNull(); // no adjustment: the grading's line says it all
    first.unmount();

    file = { ...file, limitInForce: { limit: 60_000, since: '2026-12-05', adjustmentId: 'a-1' }, adjustments: [adjustment] };
    await renderSignedIn(zhouht, { 'customers.get': () => fileOf(firm), 'credit.file': () => file });
    useNavigationStore.getState().go({ page: 'customer-detail', id: firm.id });
    expect((await screen.findByTestId('credit-limit-now')).textContent).toBe('现行额度：60,000 元（自 2026年12月5日 起）');
    const entry = screen.getByTestId('credit-adjustment-a-1').textContent!;
    for (const part of ['2026-11 执行评价表', '80,000 元 → 60,000 元', '刘强 于 2026-12-01 10:00 提议', '周海涛 于 2026-12-05 15:00 批准', '自 2026年12月5日 起执行']) expect(entry).toContain(part);
    expect(screen.getByTestId('credit-limit-in-force').textContent).toContain('第四十一条');
  });
});
