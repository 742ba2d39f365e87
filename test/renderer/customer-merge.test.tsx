import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { useNavigationStore } from '../../renderer/stores/navigation-store';
import { fileOf, zhou } from './customer-fixtures';
import { limei, renderSignedIn, wangjg } from './fixtures';

const SLOW = 20_000;
const duplicate = { ...zhou, id: 'k-zhou-2', name: '周桂芳（周阿姨）', sign: null, complaintCount: 1 };

describe('合并重复档案 on the customer file', () => {
  it('finds the duplicate, asks for a reason and a confirmation, sends both versions, and shows the merged file', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    let merged = false;
    const { bridge } = await renderSignedIn(wangjg, {
      'customers.get': (input: { id: string }) =>
        input.id === duplicate.id
          ? fileOf(duplicate, { version: 3, mergedInto: merged ? { id: zhou.id, name: zhou.name, at: '2026-03-05T02:00:00.000Z', reason: '同一客户，电话写法不同' } : null })
          : fileOf(zhou),
      'customers.search': () => [zhou, duplicate],
      'customers.merge': () => {
        merged = true;
        return fileOf(zhou, { version: 3, mergedFrom: [{ id: duplicate.id, name: duplicate.name, at: '2026-03-05T02:00:00.000Z', reason: '同一客户，电话写法不同' }] });
      },
    });
    useNavigationStore.getState().go({ page: 'customer-detail', id: zhou.id });
    await user.click(await screen.findByTestId('customer-merge-open'));
    const panel = screen.getByTestId('customer-merge');
    await user.type(within(panel).getByTestId('customer-merge-query'), '周桂芳');
    await user.click(within(panel).getByTestId('customer-merge-search'));
    // The file itself is not offered as its own duplicate.
    const candidates = await within(panel).findAllByTestId('customer-merge-candidate');
    expect(candidates).toHaveLength(1);
    expect(within(panel).getByTestId('customer-merge-candidates').textContent).toContain('周桂芳（周阿姨）');
    await user.click(candidates[0]!);
    const submit = within(panel).getByTestId('customer-merge-submit') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    await user.type(within(panel).getByTestId('customer-merge-reason'), '同一客户，电话写法不同');
    await user.click(submit);

    const dialog = await screen.findByTestId('confirm-dialog');
    expect(dialog.textContent).toContain('“周桂芳（周阿姨）”的 1 条记录和全部跟进将并入“周桂芳”');
    expect(bridge.callsTo('customers.merge')).toHaveLength(0);
    await user.click(within(dialog).getByTestId('confirm-dialog-confirm'));

    await waitFor(() => expect(bridge.callsTo('customers.merge')).toHaveLength(1));
    expect(bridge.callsTo('customers.merge')[0]?.input).toEqual({ keepId: zhou.id, keepVersion: 2, duplicateId: duplicate.id, duplicateVersion: 3, reason: '同一客户，电话写法不同' });
    const mergedFrom = await screen.findByTestId('customer-merged-from');
    expect(mergedFrom.textContent).toContain('已并入的重复档案（1）');
    expect(mergedFrom.textContent).toContain('周桂芳（周阿姨）');

    // The duplicate's own page says where its record went, offers no edit, and leads to the kept file.
    useNavigationStore.getState().go({ page: 'customer-detail', id: duplicate.id });
    const notice = await screen.findByTestId('customer-merged-into');
    expect(notice.textContent).toContain('该档案已合并到“周桂芳”（原因：同一客户，电话写法不同），不能再修改。');
    expect(screen.queryByTestId('customer-edit')).toBeNull();
    expect(screen.queryByTestId('customer-merge-open')).toBeNull();
    await user.click(within(notice).getByTestId('customer-merged-open'));
    await waitFor(() => expect(useNavigationStore.getState().route).toEqual({ page: 'customer-detail', id: zhou.id }));
  });

  it('shows the core’s refusal in words and keeps the panel open', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    await renderSignedIn(wangjg, {
      'customers.get': (input: { id: string }) => fileOf(input.id === duplicate.id ? duplicate : zhou),
      'customers.search': () => [duplicate],
      'customers.merge': () => {
        throw ApiError.because('CONFLICT', 'customerErrors.mergeDecisions', { name: duplicate.name });
      },
    });
    useNavigationStore.getState().go({ page: 'customer-detail', id: zhou.id });
    await user.click(await screen.findByTestId('customer-merge-open'));
    const panel = screen.getByTestId('customer-merge');
    await user.type(within(panel).getByTestId('customer-merge-query'), '周');
    await user.click(within(panel).getByTestId('customer-merge-search'));
    await user.click(await within(panel).findByTestId('customer-merge-candidate'));
    await user.type(within(panel).getByTestId('customer-merge-reason'), '同一客户，电话写法不同');
    await user.click(within(panel).getByTestId('customer-merge-submit'));
    await user.click(within(await screen.findByTestId('confirm-dialog')).getByTestId('confirm-dialog-confirm'));
    expect((await within(panel).findByRole('alert')).textContent).toContain('“周桂芳（周阿姨）”已有信用评定或风险分类记录');
  });

  it('is not offered to a receiver', { timeout: SLOW }, async () => {
    await renderSignedIn(limei, { 'customers.get': () => fileOf(zhou) });
    useNavigationStore.getState().go({ page: 'customer-detail', id: zhou.id });
    await screen.findByTestId('customer-facts');
    expect(screen.queryByTestId('customer-merge-open')).toBeNull();
  });
});
