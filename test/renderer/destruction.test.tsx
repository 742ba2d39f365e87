import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DestructionBatch, ExpiredCustomer } from '../../shared/api/privacy-destruction';
import { RETENTION_RULES } from '../../shared/privacy/retention';
import { limei, renderSignedIn, wangjg } from './fixtures';

/* Issue 19 §4: 设置 → 个人信息销毁 for the station lead: propose the expired, approve with a reason, print the record. */

const expired: ExpiredCustomer[] = [
  { customerId: 'k-qian', name: '钱多多', lastActivityAt: '2022-10-01T02:00:00.000Z', expiredAt: '2025-10-01T02:00:00.000Z' },
  { customerId: 'k-sun', name: '孙小妹', lastActivityAt: '2022-09-01T02:00:00.000Z', expiredAt: '2025-09-01T02:00:00.000Z' },
];
const proposed: DestructionBatch = { id: 'b-1', status: 'proposed', proposedBy: '刘强', proposedAt: '2026-11-23T02:00:00.000Z', customerCount: 1, approvedBy: null, approvedAt: null, reason: null, erasedCounts: null, place: '阳42井站（YY42） pc-1' };
const destroyed: DestructionBatch = { ...proposed, status: 'destroyed', approvedBy: '王建国', approvedAt: '2026-11-23T03:00:00.000Z', reason: '保存期满', erasedCounts: { customerFile: 1, complaint: 2 } };

describe('个人信息销毁', () => {
  it('proposes the customers ticked, and approves a batch with the reason typed', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(wangjg, {
      'users.list': () => [wangjg, limei],
      'privacy.accessLog': () => [],
      'privacy.expiredCustomers': () => expired,
      'privacy.destructionBatches': () => [proposed],
      'privacy.proposeDestruction': () => proposed,
      'privacy.approveDestruction': () => destroyed,
    });
    await user.click(screen.getByTestId('nav-settings'));
    const panel = await screen.findByTestId('destruction');
    const boxes = await within(panel).findAllByTestId('destruction-choose');
    expect((within(panel).getByTestId('destruction-propose') as HTMLButtonElement).disabled).toBe(true);
    await user.click(boxes[1]!);
    await user.click(within(panel).getByTestId('destruction-propose'));
    await waitFor(() => expect(bridge.callsTo('privacy.proposeDestruction')).toHaveLength(1));
    expect(bridge.callsTo('privacy.proposeDestruction')[0]?.input).toEqual({ customerIds: ['k-sun'] });

    const batch = within(panel).getByTestId('destruction-batch');
    expect(batch.textContent).toContain('待站长批准');
    expect(batch.textContent).toContain('刘强');
    await user.type(within(batch).getByTestId('destruction-reason'), '保存期满');
    await user.click(within(batch).getByTestId('destruction-approve'));
    await waitFor(() => expect(bridge.callsTo('privacy.approveDestruction')).toHaveLength(1));
    expect(bridge.callsTo('privacy.approveDestruction')[0]?.input).toEqual({ batchId: 'b-1', reason: '保存期满' });
  });

  it('shows a destroyed batch as a record to print: who proposed, who approved, why, how many of each type', async () => {
    await renderSignedIn(wangjg, { 'users.list': () => [wangjg], 'privacy.accessLog': () => [], 'privacy.destructionBatches': () => [destroyed] });
    await userEvent.setup().click(screen.getByTestId('nav-settings'));
    const batch = await within(await screen.findByTestId('destruction')).findByTestId('destruction-batch');
    expect(batch.textContent).toContain('已销毁');
    expect(batch.textContent).toContain('王建国');
    expect(batch.textContent).toContain('保存期满');
    expect(batch.textContent).toContain('客户档案 1、投诉 2');
    expect(within(batch).queryByTestId('destruction-approve')).toBeNull();

    let printed = 0;
    const print = window.print;
    window.print = () => void printed++;
    try {
      await userEvent.setup().click(within(batch).getByTestId('destruction-print'));
      const sheet = await screen.findByTestId('destruction-print-sheet');
      await waitFor(() => expect(printed).toBe(1));
      expect(sheet.parentElement?.classList.contains('page')).toBe(true);
      for (const text of ['个人信息销毁记录', 'b-1', '刘强', '王建国', '保存期满', '第二十六条', '客户档案 1、投诉 2', '监销人签字']) expect(sheet.textContent).toContain(text);
    } finally {
      window.print = print;
    }
  });

  it('shows each retention period with its source and choice, and saves the years the lead types', async () => {
    const user = userEvent.setup();
    const shipped = RETENTION_RULES.map((rule) => ({ ...rule, shippedYears: rule.years }));
    const { bridge } = await renderSignedIn(wangjg, {
      'users.list': () => [wangjg],
      'privacy.accessLog': () => [],
      'privacy.retention': () => shipped,
      'privacy.setRetention': (input: { recordType: string; years: number }) => shipped.map((r) => (r.recordType === input.recordType ? { ...r, years: input.years } : r)),
    });
    await user.click(screen.getByTestId('nav-settings'));
    const rows = await within(await screen.findByTestId('retention-rules')).findAllByTestId('retention-rule');
    expect(rows).toHaveLength(4);
    expect(rows[1]!.textContent).toContain('投诉办结');
    expect(rows[1]!.textContent).toContain('邮政行业寄递服务用户个人信息安全管理规定》第二十六条');
    expect(rows[1]!.textContent).toContain('未给出年限');
    const expiredCalls = bridge.callsTo('privacy.expiredCustomers').length;
    const years = within(rows[1]!).getByTestId('retention-years');
    await user.clear(years);
    await user.type(years, '5');
    await user.click(within(rows[1]!).getByTestId('retention-save'));
    await waitFor(() => expect(bridge.callsTo('privacy.setRetention')[0]?.input).toEqual({ recordType: 'complaint', years: 5 }));
    await waitFor(() => expect(bridge.callsTo('privacy.expiredCustomers').length).toBe(expiredCalls + 1));
  });

  it('is not shown to a receiver', async () => {
    const { bridge } = await renderSignedIn(limei);
    await userEvent.setup().click(screen.getByTestId('nav-settings'));
    expect(screen.queryByTestId('destruction')).toBeNull();
    expect(bridge.callsTo('privacy.expiredCustomers')).toHaveLength(0);
  });
});
