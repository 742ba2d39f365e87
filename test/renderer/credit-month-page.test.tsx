import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CreditEvaluation, CreditMonth } from '../../shared/api/credit-monthly';
import { ApiError } from '../../shared/api/errors';
import type { User } from '../../shared/api/users';
import { isOverLimit } from '../../shared/credit/credit-monthly';
import { limei, renderSignedIn, wangjg } from './fixtures';

/**
 * 授信月度检查 (seed002 客户管理制度3 第三十九条、第四十条): finance's figures with
 * over-limit and overdue days computed as typed, the core's refusal under its
 * field, the sales manager's check warning on a raised limit, the report's
 * declaration, and the A4 form blank and filled.
 */

const SLOW = 30_000;
const liuqiang: User = { ...limei, id: 'u-liuqiang', login: 'liuqiang', displayName: '刘强', roles: ['unit_head'] };

const EVALUATION: CreditEvaluation = {
  id: 'e1',
  customerId: 'c1',
  customerName: '甲公司',
  month: '2026-11',
  gradingId: 'g1',
  creditLimit: 80_000,
  asOf: '2026-11-30',
  balance: 80_000,
  shipments: 60_000,
  payments: 50_000,
  overdueAmount: 0,
  earliestDueOn: null,
  overdueDays: 0,
  overLimit: false,
  filled: { byId: 'u-wangjg', byName: '王建国', at: '2026-12-01T02:00:00.000Z' },
  version: 1,
  check: null,
  decision: null,
};

const monthOf = (evaluation: CreditEvaluation | null, extra: Partial<CreditMonth> = {}): CreditMonth => ({
  month: '2026-11',
  dueOn: '2026-11-30',
  today: '2026-12-01',
  rows: [{ customerId: 'c1', customerName: '甲公司', required: true, evaluation }],
  report: null,
  reportRequired: true,
  ...extra,
});

async function openMonth(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByTestId('open-customers'));
  await user.click(await screen.findByTestId('credit-review-due-link'));
  await user.click(await screen.findByTestId('credit-monthly-link'));
  const input = await screen.findByTestId('credit-month-input');
  await user.clear(input);
  await user.type(input, '2026-11');
  await user.click(screen.getByTestId('credit-month-show'));
  return screen.findByTestId('evaluation-table');
}

describe('《客户授信额度执行评价表》 page (第四十条)', () => {
  it('finance corrects the figures: over the limit at limit + 1, computed as typed; the core refusal shows under its field', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    let held = EVALUATION;
    const { bridge } = await renderSignedIn(wangjg, {
      'customers.flagged': () => [],
      'credit.month': () => monthOf(held),
      'credit.enterFigures': (input: { balance: number; overdueAmount: number }) => {
        if (input.overdueAmount > input.balance) throw ApiError.because('VALIDATION', 'creditMonthly.errors.overdueAboveBalance', undefined, 'overdueAmount');
        held = { ...held, balance: input.balance, overLimit: isOverLimit(input.balance, held.creditLimit), version: 2 };
        return held;
      },
    });
    const table = await openMonth(user);
    const row = within(table).getByTestId('evaluation-row-c1');
    expect(row.getAttribute('data-over-limit')).toBe('false');
    expect(within(row).getByTestId('evaluation-over-limit').textContent).toBe('未超限');
    await user.click(within(row).getByTestId('evaluation-fill'));
    const form = await screen.findByTestId('evaluation-form');
    expect(within(form).getByTestId('evaluation-preview').textContent).toContain('按额度 80,000 元：未超限');
    const balance = within(form).getByTestId('evaluation-balance');
    await user.clear(balance);
    await user.type(balance, '80001');
    expect(within(form).getByTestId('evaluation-preview').textContent).toContain('超限');
    expect(within(form).getByTestId('evaluation-preview').textContent).not.toContain('未超限');
    const overdue = within(form).getByTestId('evaluation-overdueAmount');
    await user.clear(overdue);
    await user.type(overdue, '90000');
    await user.type(within(form).getByTestId('evaluation-earliestDueOn'), '2026-11-10');
    expect(within(form).getByTestId('evaluation-preview').textContent).toContain('逾期 20 天');
    await user.click(within(form).getByTestId('evaluation-save'));
    expect(await within(form).findByText('逾期金额不能大于余额。')).toBeTruthy();
    await user.clear(overdue);
    await user.type(overdue, '0');
    await user.clear(within(form).getByTestId('evaluation-earliestDueOn'));
    await user.click(within(form).getByTestId('evaluation-save'));
    const saved = await screen.findByTestId('evaluation-row-c1');
    expect(saved.getAttribute('data-over-limit')).toBe('true');
    expect(bridge.callsTo('credit.enterFigures').at(-1)!.input).toEqual({ customerId: 'c1', month: '2026-11', asOf: '2026-11-30', balance: 80_001, shipments: 60_000, payments: 50_000, overdueAmount: 0, earliestDueOn: null });
  });

  it('the sales manager checks with an opinion; a raised limit is flagged (第四十二条)', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(liuqiang, {
      'customers.flagged': () => [],
      'credit.month': () => monthOf(EVALUATION),
      'credit.checkEvaluation': () => ({ ...EVALUATION, check: { byName: '刘强', at: '2026-12-01T03:00:00.000Z', figuresAgree: true, opinion: '正常', proposedLimit: 90_000, raises: true } }),
    });
    const table = await openMonth(user);
    expect(within(table).queryByTestId('evaluation-fill')).toBeNull();
    await user.click(within(table).getByTestId('evaluation-check'));
    const form = await screen.findByTestId('evaluation-check-form');
    await user.click(within(form).getByTestId('evaluation-check-save'));
    expect(await within(form).findByText('请写评价意见。')).toBeTruthy();
    await user.click(within(form).getByTestId('evaluation-agree'));
    await user.type(within(form).getByTestId('evaluation-opinion'), '正常');
    await user.type(within(form).getByTestId('evaluation-proposedLimit'), '80000');
    expect(within(form).queryByTestId('evaluation-raises')).toBeNull();
    await user.type(within(form).getByTestId('evaluation-proposedLimit'), '1');
    expect(within(form).getByTestId('evaluation-raises')).toBeTruthy();
    await user.click(within(form).getByTestId('evaluation-check-save'));
    expect(bridge.callsTo('credit.checkEvaluation')[0]!.input).toEqual({ evaluationId: 'e1', figuresAgree: true, opinion: '正常', proposedLimit: 800_001 });
  });

  it('核对 is disabled, with the reason, for whoever entered the figures (第四十条); offered when another did', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const byFinance: CreditEvaluation = { ...EVALUATION, id: 'e2', customerId: 'c2', customerName: '乙公司', filled: { ...EVALUATION.filled, byId: 'u-other', byName: '财务' } };
    const rows = [monthOf(EVALUATION).rows[0]!, { customerId: 'c2', customerName: '乙公司', required: true, evaluation: byFinance }];
    await renderSignedIn(wangjg, { 'customers.flagged': () => [], 'credit.month': () => monthOf(null, { rows }) });
    const table = await openMonth(user);
    const own = within(table).getByTestId('evaluation-row-c1');
    const button = within(own).getByTestId<HTMLButtonElement>('evaluation-check');
    expect(button.disabled).toBe(true);
    expect(within(own).getByTestId('evaluation-check-own').textContent).toContain('须由另一人核对');
    expect(button.getAttribute('aria-describedby')).toBe(within(own).getByTestId('evaluation-check-own').id);
    const other = within(table).getByTestId('evaluation-row-c2');
    expect(within(other).getByTestId<HTMLButtonElement>('evaluation-check').disabled).toBe(false);
    expect(within(other).queryByTestId('evaluation-check-own')).toBeNull();
  });

  it('the supervisor files the report only with the declaration; overdue after the due day (第三十九条)', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(liuqiang, { 'customers.flagged': () => [], 'credit.month': () => monthOf(null), 'credit.fileReport': () => ({}) });
    await openMonth(user);
    const panel = screen.getByTestId('supervisor-report');
    expect(within(panel).getByTestId('supervisor-report-status').textContent).toContain('已逾期');
    await user.type(within(panel).getByTestId('supervisor-report-text'), '经营正常');
    await user.click(within(panel).getByTestId('supervisor-report-submit'));
    expect(await within(panel).findByText('请确认真实性声明。')).toBeTruthy();
    expect(bridge.callsTo('credit.fileReport')).toHaveLength(0);
    await user.click(within(panel).getByTestId('supervisor-report-declared'));
    await user.click(within(panel).getByTestId('supervisor-report-submit'));
    expect(bridge.callsTo('credit.fileReport')[0]!.input).toEqual({ month: '2026-11', text: '经营正常', declared: true });
  });

  it('prints the form blank (rows to fill by hand) and filled (the month, computed columns)', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await renderSignedIn(wangjg, { 'customers.flagged': () => [], 'credit.month': () => monthOf({ ...EVALUATION, balance: 80_001, overLimit: true, overdueAmount: 1000, earliestDueOn: '2026-11-10', overdueDays: 20 }) });
    await openMonth(user);
    await user.click(screen.getByTestId('evaluation-print-blank'));
    let sheet = await screen.findByTestId('evaluation-print-sheet');
    expect(within(sheet).getAllByTestId('evaluation-print-blank-row')).toHaveLength(10);
    expect(within(sheet).queryByTestId('evaluation-print-row')).toBeNull();
    expect(sheet.textContent).toContain('客户授信额度执行评价表');
    expect(sheet.textContent).toContain('第四十条');
    await user.click(screen.getByTestId('evaluation-print-filled'));
    sheet = await screen.findByTestId('evaluation-print-sheet');
    const cells = [...within(sheet).getByTestId('evaluation-print-row').querySelectorAll('td')].map((c) => c.textContent);
    expect(cells.slice(0, 8)).toEqual(['甲公司', '80,000', '80,001', '60,000', '50,000', '1,000', '20', '超限']);
    expect(sheet.textContent).toContain('王建国');
    expect(print).toHaveBeenCalledTimes(2);
    print.mockRestore();
  });
});
