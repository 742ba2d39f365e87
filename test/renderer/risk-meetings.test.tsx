import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MeetingMonth, RiskMeeting } from '../../shared/api/risk-meetings';
import { ApiError } from '../../shared/api/errors';
import { useNavigationStore } from '../../renderer/stores/navigation-store';
import { limei, renderSignedIn, wangjg } from './fixtures';

/*
 * seed000 第二篇 三、: the 风险分析会议 page shows what 三(二) owes this month (held, not yet, overdue), records a meeting
 * only with every field (the core's refusal in Chinese), offers recording to those who may, and prints a record on A4.
 */

const SLOW = 20_000;
const HELD: RiskMeeting = {
  id: 'm1',
  kinds: ['dynamicAnalysis'],
  heldOn: '2026-12-05',
  attendees: ['王建国', '刘强'],
  customers: [{ customerId: 'c1', customerName: '绍兴某纺织有限公司' }],
  conclusions: '压缩授信敞口，追加房产抵押',
  recordedByName: '王建国',
  recordedAt: '2026-12-05T08:00:00.000Z',
};
const DECEMBER: MeetingMonth = {
  month: '2026-12',
  dueOn: '2026-12-31',
  today: '2027-01-02',
  warningCustomers: [{ customerId: 'c1', customerName: '绍兴某纺织有限公司' }],
  plan: [
    { kind: 'dynamicAnalysis', required: true, held: true },
    { kind: 'warningAnalysis', required: true, held: false },
  ],
  meetings: [HELD],
  discussable: [{ customerId: 'c1', customerName: '绍兴某纺织有限公司' }],
};

async function openPage(user = wangjg, overrides: Record<string, (input: any) => unknown> = {}) {
  const rendered = await renderSignedIn(user, { 'customers.flagged': () => [], 'riskMeetings.month': () => DECEMBER, ...overrides });
  useNavigationStore.getState().go({ page: 'customers' });
  await userEvent.setup().click(await screen.findByTestId('risk-meetings-link')); // from 客户档案
  return { ...rendered, page: await screen.findByTestId('risk-meetings') };
}

describe('风险分析会议 (第二篇 三、)', () => {
  it('shows the month owed: one kind held, the other overdue after the due day, with the source and the choices', { timeout: SLOW }, async () => {
    const { page } = await openPage();
    const plan = await within(page).findByTestId('meeting-plan');
    expect(plan.textContent).toContain('月初第二类（预警）客户：绍兴某纺织有限公司');
    expect(within(plan).getByTestId('meeting-plan-dynamicAnalysis').dataset.state).toBe('planHeld');
    expect(within(plan).getByTestId('meeting-plan-warningAnalysis').textContent).toBe('预警客户情况分析会：已逾期');
    expect(within(page).getByTestId('meeting-rules').textContent).toContain('各经办机构要按月组织召开动态分析会');
    expect(within(page).getByTestId('meeting-m1').textContent).toContain('王建国、刘强');
  });

  it('records a meeting only with every field, sends what was entered, and shows the core refusal', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    let refuse = true;
    const { page, bridge } = await openPage(wangjg, {
      'riskMeetings.record': () => {
        if (refuse) throw ApiError.because('VALIDATION', 'riskMeetings.errors.customerNotAtRisk', { name: '绍兴某纺织有限公司' }, 'customerIds');
        return HELD;
      },
    });
    await user.click(await within(page).findByTestId('meeting-new'));
    const form = await screen.findByTestId('meeting-form');
    await user.click(within(form).getByTestId('meeting-save'));
    for (const text of ['请选择会议类别。', '请至少填写两名参会人员。', '请选择讨论的客户。', '请填写结论。']) expect(form.textContent).toContain(text);
    expect(bridge.callsTo('riskMeetings.record')).toHaveLength(0);
    await user.click(within(form).getByTestId('meeting-kind-warningAnalysis'));
    await user.type(within(form).getByTestId('meeting-attendees'), '王建国{Enter}刘强');
    await user.click(within(form).getByTestId('meeting-customer-c1'));
    await user.type(within(form).getByTestId('meeting-conclusions'), '追加抵押');
    await user.click(within(form).getByTestId('meeting-save'));
    expect(await within(form).findByText(/绍兴某纺织有限公司 在会议当日不在第一类或第二类/)).toBeTruthy();
    const sent = bridge.callsTo('riskMeetings.record')[0]!.input as { kinds: string[]; attendees: string[]; customerIds: string[]; conclusions: string; heldOn: string };
    expect([sent.kinds, sent.attendees, sent.customerIds, sent.conclusions]).toEqual([['warningAnalysis'], ['王建国', '刘强'], ['c1'], '追加抵押']);
    expect(sent.heldOn).toBe('2027-01-02');
    refuse = false;
    await user.click(within(form).getByTestId('meeting-save'));
    await waitFor(() => expect(screen.queryByTestId('meeting-form')).toBeNull());
  });

  it('offers no recording to a receiver, and prints a record on A4', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { page } = await openPage(limei);
    await within(page).findByTestId('meeting-plan');
    expect(within(page).queryByTestId('meeting-new')).toBeNull();
    await user.click(within(page).getByTestId('meeting-print-m1'));
    const sheet = await screen.findByTestId('meeting-print-sheet');
    for (const text of ['风险分析会议记录', '动态分析会', '三(二)', '王建国、刘强', '绍兴某纺织有限公司', '压缩授信敞口']) expect(sheet.textContent).toContain(text);
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});
