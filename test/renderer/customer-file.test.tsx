import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CustomerFile } from '../../shared/api/customers';
import { ApiError } from '../../shared/api/errors';
import { useNavigationStore } from '../../renderer/stores/navigation-store';
import { fileOf, firm, zhou } from './customer-fixtures';
import { descriptionOf, detailOf, limei, renderSignedIn, sampleComplaint, wangjg } from './fixtures';

const SLOW = 20_000;

describe('the 投诉苗头 flag beside a complaint', () => {
  it('shows the flag and its reason in the complaint facts, and the customer name opens the file with its history', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const complaint = { ...sampleComplaint, customerId: zhou.id };
    await renderSignedIn(undefined, {
      'complaints.get': () => ({ ...detailOf(complaint), customer: zhou }),
      'customers.get': () => fileOf(zhou),
    });
    useNavigationStore.getState().go({ page: 'complaint-detail', id: complaint.id });
    const customer = await screen.findByTestId('detail-customer');
    expect(within(customer).getByTestId('customer-sign').textContent).toContain('投诉苗头连续三晚来电，扬言打电台《行风热线》');
    await user.click(within(customer).getByTestId('customer-link'));

    const page = await screen.findByTestId('customer-file');
    await within(page).findByTestId('customer-facts');
    expect(page.textContent).toContain('客户档案：周桂芳');
    expect(page.textContent).toContain('外部客户');
    expect(page.textContent).toContain('签约客户');
    // The complaints nav stays active on the customer file.
    expect(screen.getByTestId('nav-complaints').getAttribute('aria-current')).toBe('page');
    const history = within(page).getByTestId('customer-complaints');
    const rows = within(history).getAllByRole('button').map((b) => b.textContent ?? '');
    expect(rows[0]).toContain('YY42-20260302-0001');
    expect(rows[0]).toContain(`再次投诉，原投诉 ${sampleComplaint.serial}`);
    expect(rows[1]).toContain(sampleComplaint.serial);
    expect(page.textContent).toContain('投诉记录（2）');
    expect(within(page).getByTestId('follow-up-owner').textContent).toBe('赵丽');
  });

  it('shows no flag for a complaint without a customer file', async () => {
    await renderSignedIn(undefined, { 'complaints.get': () => detailOf(sampleComplaint) });
    useNavigationStore.getState().go({ page: 'complaint-detail', id: sampleComplaint.id });
    const customer = await screen.findByTestId('detail-customer');
    expect(customer.textContent).toBe('周桂芳 ');
    expect(within(customer).queryByTestId('customer-link')).toBeNull();
  });
});

describe('客户档案', () => {
  it('lists the flagged customers and finds files by name or phone from the complaints page', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, {
      'customers.flagged': () => [zhou],
      'customers.search': (input: { query: string }) => (input.query === '建材' ? [firm] : []),
    });
    await user.click(await screen.findByTestId('open-customers'));
    const flagged = await screen.findByTestId('flagged-customers');
    expect(flagged.textContent).toContain('周桂芳');
    expect(within(flagged).getByTestId('customer-sign')).toBeTruthy();
    await user.type(screen.getByTestId('customer-search'), '建材');
    const matches = await screen.findByTestId('customer-matches');
    expect(matches.textContent).toContain('四川某建材有限公司');
    expect(matches.textContent).toContain('采购部 李经理');
    expect(bridge.callsTo('customers.search').at(-1)?.input).toEqual({ query: '建材' });
  });

  it('a station lead flags a customer with a reason and a follow-up owner; errors come in Chinese first', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    let file: CustomerFile = fileOf({ ...firm, sign: null });
    const { bridge } = await renderSignedIn(wangjg, {
      'customers.get': () => file,
      'customers.flag': (input: { sign: { reason: string; followUpOwnerId: string } }) => {
        file = { ...file, version: file.version + 1, sign: { ...input.sign, flaggedAt: '2026-03-03T02:00:00.000Z', flaggedById: wangjg.id, flaggedByName: '王建国', followUpOwnerName: '赵丽' } };
        return file;
      },
    });
    useNavigationStore.getState().go({ page: 'customer-detail', id: firm.id });
    const form = await screen.findByTestId('customer-flag-form');
    await user.click(within(form).getByTestId('customer-flag'));
    expect(descriptionOf(screen.getByTestId('flag-reason'))).toContain('请写明投诉苗头（至少4个字）');
    expect(descriptionOf(screen.getByTestId('act-followUpOwner'))).toContain('请选择跟进人');
    expect(bridge.callsTo('customers.flag')).toHaveLength(0);

    await user.type(screen.getByTestId('flag-reason'), '合同压力问题第三次来函，要求减价结算');
    await waitFor(() => expect(within(screen.getByTestId('act-followUpOwner')).getAllByRole('option').length).toBeGreaterThan(1));
    await user.selectOptions(screen.getByTestId('act-followUpOwner'), 'u-zhaoli');
    await user.click(screen.getByTestId('customer-flag'));
    await waitFor(() => expect(bridge.callsTo('customers.flag')).toHaveLength(1));
    expect(bridge.callsTo('customers.flag')[0]?.input).toEqual({ id: firm.id, version: 2, sign: { reason: '合同压力问题第三次来函，要求减价结算', followUpOwnerId: 'u-zhaoli' } });
    const panel = await screen.findByTestId('customer-sign-panel');
    await waitFor(() => expect(within(panel).getByTestId('customer-sign').textContent).toContain('合同压力问题第三次来函'));
    expect(within(panel).getByTestId('follow-up-owner').textContent).toBe('赵丽');
  });

  it('a receiver sees the file and the flag but may neither edit nor flag; a stale edit by the lead is refused with a reason', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const view = await renderSignedIn(limei, { 'customers.get': () => fileOf(firm) });
    useNavigationStore.getState().go({ page: 'customer-detail', id: firm.id });
    await screen.findByTestId('customer-facts');
    expect(screen.queryByTestId('customer-edit')).toBeNull();
    expect(screen.queryByTestId('customer-flag-form')).toBeNull();
    expect(screen.getByTestId('customer-sign-panel').textContent).toContain('未标记投诉苗头');
    view.unmount();

    await renderSignedIn(wangjg, {
      'customers.get': () => fileOf(firm),
      'customers.update': () => {
        throw new ApiError('CONFLICT', '该客户档案已被他人更新，请刷新后再修改 / the customer file changed since you opened it; reload and try again');
      },
    });
    useNavigationStore.getState().go({ page: 'customer-detail', id: firm.id });
    await user.click(await screen.findByTestId('customer-edit'));
    await user.clear(screen.getByTestId('edit-name'));
    await user.click(screen.getByTestId('customer-save'));
    expect(descriptionOf(screen.getByTestId('edit-name'))).toBe('请填写客户名称');
    await user.type(screen.getByTestId('edit-name'), '四川某建材股份公司');
    await user.click(screen.getByTestId('customer-save'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('该客户档案已被他人更新'));
  });

  it('creates a file from 客户档案 (kind and name first, in Chinese) and opens it', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const created = fileOf({ ...firm, id: 'k-new', name: '泸州某酒业公司', contactPerson: null, complaintCount: 0 }, { complaints: [] });
    const { bridge } = await renderSignedIn(undefined, { 'customers.flagged': () => [], 'customers.create': () => created, 'customers.get': () => created });
    useNavigationStore.getState().go({ page: 'customers' });
    await user.click(await screen.findByTestId('customer-new'));
    await user.click(screen.getByTestId('customer-save'));
    expect(descriptionOf(screen.getByTestId('edit-kind-organisation'))).toBe('请选择单位或个人');
    expect(descriptionOf(screen.getByTestId('edit-name'))).toBe('请填写客户名称');
    expect(bridge.callsTo('customers.create')).toHaveLength(0);

    await user.click(screen.getByTestId('edit-kind-organisation'));
    await user.type(screen.getByTestId('edit-name'), '泸州某酒业公司');
    await user.selectOptions(screen.getByTestId('edit-group'), 'partner');
    await user.click(screen.getByTestId('customer-save'));
    await screen.findByTestId('customer-facts');
    expect(bridge.callsTo('customers.create')[0]?.input).toMatchObject({ kind: 'organisation', name: '泸州某酒业公司', group: 'partner' });
    expect(screen.getByTestId('customer-file').textContent).toContain('客户档案：泸州某酒业公司');
  });
});
