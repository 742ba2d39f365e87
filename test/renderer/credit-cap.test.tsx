import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CreditCap } from '../../shared/api/credit';
import { ApiError } from '../../shared/api/errors';
import type { User } from '../../shared/api/users';
import { reasonText } from '../../renderer/lib/error-text';
import { limei, renderSignedIn, wangjg } from './fixtures';

/**
 * 授信总额控制 on 信用复查到期 (seed002 客户管理制度3 第二十四条2①): the total in
 * force against the cap; the station lead enters the cap and its 1 January;
 * others see it without a form; the core's refusal names the cap and the total.
 */

const SLOW = 30_000;
const zhouht: User = { ...limei, id: 'u-zhouht', login: 'zhouht', displayName: '周海涛', roles: ['general_manager'] };
const UNSET: CreditCap = { totalCap: null, baseDay: null, setByName: null, setAt: null, totalInForce: 160_000 };

async function openDueList(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByTestId('open-customers'));
  await user.click(await screen.findByTestId('credit-review-due-link'));
  return screen.findByTestId('credit-cap');
}

describe('授信总额控制 (第二十四条2①)', () => {
  it('the station lead enters the cap and its 1 January; over the cap it says so', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(wangjg, {
      'customers.flagged': () => [],
      'credit.cap': () => UNSET,
      'credit.setCap': (input: { totalCap: number | null; baseDay: string | null }) => ({ ...UNSET, ...input, setByName: '王建国', setAt: '2026-11-23T02:00:00.000Z' }),
    });
    const panel = await openDueList(user);
    expect(within(panel).getByTestId('credit-cap-limit').textContent).toContain('未设上限（不检查）');
    expect(within(panel).getByTestId('credit-cap-total').textContent).toBe('160,000');
    expect(panel.textContent).toContain('第二十四条');
    await user.type(within(panel).getByTestId('credit-cap-amount'), '150000');
    await user.type(within(panel).getByTestId('credit-cap-year'), '2026');
    await user.click(within(panel).getByTestId('credit-cap-save'));
    await within(panel).findByText('已保存。');
    expect(bridge.callsTo('credit.setCap')[0]!.input).toEqual({ totalCap: 150_000, baseDay: '2026-01-01' });
    expect(within(panel).getByTestId('credit-cap-limit').textContent).toContain('150,000');
    expect(within(panel).getByTestId('credit-cap-limit').textContent).toContain('2026年1月1日');
    expect(panel.textContent).toContain('现行总额已超过上限');
  });

  it('clearing the amount removes the cap', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(wangjg, {
      'customers.flagged': () => [],
      'credit.cap': () => ({ ...UNSET, totalCap: 200_000, baseDay: '2026-01-01' }),
      'credit.setCap': () => UNSET,
    });
    const panel = await openDueList(user);
    await user.clear(within(panel).getByTestId('credit-cap-amount'));
    await user.click(within(panel).getByTestId('credit-cap-save'));
    await within(panel).findByText('已保存。');
    expect(bridge.callsTo('credit.setCap')[0]!.input).toEqual({ totalCap: null, baseDay: null });
  });

  it('the general manager sees the cap without a form', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    await renderSignedIn(zhouht, { 'customers.flagged': () => [], 'credit.cap': () => ({ ...UNSET, totalCap: 200_000, baseDay: '2026-01-01' }) });
    const panel = await openDueList(user);
    expect(within(panel).getByTestId('credit-cap-limit').textContent).toContain('200,000');
    expect(within(panel).queryByTestId('credit-cap-form')).toBeNull();
  });

  it('the refusal of an approval over the cap reads with the cap and the total', () => {
    const refusal = ApiError.because('CONFLICT', 'credit.errors.totalCapExceeded', { cap: 150_000, total: 160_000 });
    expect(reasonText(refusal.reason!, refusal.message)).toBe('审批后授信总额将为 160000 元，超过授信总额上限 150000 元（第二十四条2①），不能审批。');
  });
});
