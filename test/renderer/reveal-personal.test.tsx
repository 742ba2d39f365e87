import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { useNavigationStore } from '../../renderer/stores/navigation-store';
import { fileOf, zhou } from './customer-fixtures';
import type { OpinionEntry } from '../../shared/api/opinion-book';
import { detailOf, limei, renderSignedIn, sampleComplaint, wangjg } from './fixtures';

/* Issue 19 §4: 查看完整号码 beside a masked phone, with a reason, for those who may; the masked value only for the others. */

const masked = { ...zhou, phone: '138****5678', address: '泸州市江阳区****' };

async function openFile(user = wangjg, reveal = () => ({ kind: 'customer' as const, id: zhou.id, fields: [{ field: 'phone' as const, value: '13812345678' }, { field: 'address' as const, value: '泸州市江阳区酒城大道1号' }] })) {
  const rendered = await renderSignedIn(user, { 'customers.get': () => fileOf(masked), 'privacy.reveal': reveal });
  useNavigationStore.getState().go({ page: 'customer-detail', id: zhou.id });
  return { ...rendered, facts: await screen.findByTestId('customer-facts') };
}

describe('查看完整号码', () => {
  it('asks a station lead for the reason, sends it, and shows the full number and address', async () => {
    const user = userEvent.setup();
    const { bridge, facts } = await openFile();
    expect(facts.textContent).toContain('138****5678');
    await user.click(within(facts).getByTestId(`reveal-customer-${zhou.id}`));
    // No reason: refused in place, nothing sent.
    await user.click(screen.getByTestId('reveal-submit'));
    expect(screen.getByTestId(`reveal-form-customer-${zhou.id}`).textContent).toContain('请填写查看原因');
    expect(bridge.callsTo('privacy.reveal')).toHaveLength(0);

    await user.type(screen.getByTestId('reveal-reason'), '回访客户核实扣款');
    await user.click(screen.getByTestId('reveal-submit'));
    const shown = await screen.findByTestId(`revealed-customer-${zhou.id}`);
    expect(shown.textContent).toContain('电话：13812345678');
    expect(shown.textContent).toContain('地址：泸州市江阳区酒城大道1号');
    expect(bridge.callsTo('privacy.reveal')[0]?.input).toEqual({ kind: 'customer', id: zhou.id, reason: '回访客户核实扣款' });
  });

  it('shows the core’s refusal in the form', async () => {
    const user = userEvent.setup();
    const { facts } = await openFile(wangjg, () => {
      throw ApiError.because('VALIDATION', 'privacy.errors.reasonRequired', undefined, 'reason');
    });
    await user.click(within(facts).getByTestId(`reveal-customer-${zhou.id}`));
    await user.type(screen.getByTestId('reveal-reason'), '  x');
    await user.click(screen.getByTestId('reveal-submit'));
    await waitFor(() => expect(screen.getByTestId(`reveal-form-customer-${zhou.id}`).textContent).toContain('请填写查看原因'));
  });

  it('shows a receiver the masked value and no button', async () => {
    const { facts } = await openFile(limei);
    expect(facts.textContent).toContain('138****5678');
    expect(within(facts).queryByTestId(`reveal-customer-${zhou.id}`)).toBeNull();
  });

  it('offers it beside an opinion-book entry’s masked contact, for the entry', async () => {
    const user = userEvent.setup();
    const entry: OpinionEntry = {
      id: 'e-1',
      entryNo: 7,
      entryDate: '2026-11-23',
      entryType: 'complaint',
      content: '排队太久。',
      customerName: '孙女士',
      contact: '139****5678',
      recordedAt: '2026-11-23T01:00:00.000Z',
      recordedByName: '李梅',
      reviewedAt: null,
      reviewedByName: null,
      handlingOpinion: null,
      signedAt: null,
      signedByName: null,
      customerRepliedAt: null,
      complaint: null,
      version: 1,
    };
    const { bridge } = await renderSignedIn(wangjg, {
      'opinionBook.overview': () => ({ today: '2026-11-23', checkedToday: true, todayChecks: [], lastCheck: null, unanswered: [entry], recent: [] }),
      'privacy.reveal': () => ({ kind: 'opinionEntry' as const, id: 'e-1', fields: [{ field: 'contact' as const, value: '139 1234 5678' }] }),
    });
    await user.click(screen.getByTestId('open-opinion-book'));
    await user.click(await screen.findByTestId('reveal-opinionEntry-e-1'));
    await user.type(screen.getByTestId('reveal-reason'), '回复客户');
    await user.click(screen.getByTestId('reveal-submit'));
    expect((await screen.findByTestId('revealed-opinionEntry-e-1')).textContent).toContain('联系方式：139 1234 5678');
    expect(bridge.callsTo('privacy.reveal')[0]?.input).toEqual({ kind: 'opinionEntry', id: 'e-1', reason: '回复客户' });
  });

  it('leaves the printed register masked, even after the number was shown on screen', async () => {
    const user = userEvent.setup();
    const complaint = { ...sampleComplaint, customerPhone: '138 **** 1122' };
    await renderSignedIn(wangjg, {
      'complaints.get': () => detailOf(complaint),
      'privacy.reveal': () => ({ kind: 'complaint' as const, id: complaint.id, fields: [{ field: 'customerPhone' as const, value: '138 0830 1122' }] }),
    });
    useNavigationStore.getState().go({ page: 'complaint-detail', id: complaint.id });
    await user.click(await screen.findByTestId(`reveal-complaint-${complaint.id}`));
    await user.type(screen.getByTestId('reveal-reason'), '回访');
    await user.click(screen.getByTestId('reveal-submit'));
    expect((await screen.findByTestId(`revealed-complaint-${complaint.id}`)).textContent).toContain('138 0830 1122');
    const sheet = screen.getByTestId('complaint-register-print').textContent!;
    expect(sheet).toContain('138 **** 1122');
    expect(sheet).not.toContain('138 0830 1122');
  });
});
