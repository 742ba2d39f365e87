import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PersonHistory } from '../../shared/api/sanction-ledger';
import { wangjg } from './fixtures';
import { openRecords, recordsOf } from './case-records-helpers';

/** Issue 23 item 5: the counts the sources state in words, from the store, beside the article the decider is choosing. */
const history: PersonHistory = {
  personId: 'u-zhangwei',
  personName: '张伟',
  on: '2026-03-01',
  validComplaints: [
    { complaintId: 'c-0', serial: 'YY42-20250601-0001', receivedAt: '2025-06-01T02:00:00.000Z' },
    { complaintId: 'c-1', serial: 'YY42-20260301-0001', receivedAt: '2026-03-01T02:00:00.000Z' },
  ],
  entries: [
    {
      id: 'e-1',
      complaintId: 'c-0',
      serial: 'YY42-20250601-0001',
      personId: 'u-zhangwei',
      personName: '张伟',
      unit: '阳42井站',
      target: 'person',
      articleCode: 'p6.41',
      articleLabel: { zh: '违反处理原则', en: 'Principles' },
      source: 'seed003 篇6 第四十一条',
      measure: 'fine',
      amount: 600,
      points: 0,
      deductionRole: null,
      note: null,
      reverses: null,
      reversedBy: null,
      decidedByName: '王建国',
      decidedOn: '2025-06-02',
      recordedAt: '2025-06-02T02:00:00.000Z',
    },
  ],
  articleCounts: [{ articleCode: 'p6.41', count: 1, lastOn: '2025-06-02' }],
  customerComplaints: 3,
};

describe('登记奖惩 shows the person’s record', () => {
  it('asks the core for the chosen person on this case and shows the counts next to the article', async () => {
    const user = userEvent.setup();
    const { bridge } = await openRecords(recordsOf(), wangjg, { 'sanctionLedger.history': () => history });
    await user.click(screen.getByTestId('sanction-add'));
    expect(screen.queryByTestId('person-history')).toBeNull();
    await user.selectOptions(screen.getByTestId('act-personId'), 'u-zhangwei');
    await user.selectOptions(screen.getByTestId('act-articleCode'), 'p6.41');
    const note = await screen.findByTestId('person-history');
    expect(bridge.callsTo('sanctionLedger.history')[0]!.input).toEqual({ complaintId: 'c-1', personId: 'u-zhangwei' });
    expect(screen.getByTestId('history-valid').textContent).toBe('有效投诉（被投诉人）：2 次（YY42-20250601-0001、YY42-20260301-0001）');
    expect(screen.getByTestId('history-entries').textContent).toBe('此前罚款与扣分：1 笔，共 600.00 元、0 分');
    expect(screen.getByTestId('history-articles').textContent).toContain('第四十一条 × 1');
    await waitFor(() => expect(note.querySelector('[data-same-article="true"]')).not.toBeNull());
    expect(screen.getByTestId('history-customer').textContent).toBe('该客户12个月内投诉：3 次');
  });

  it('第四十条 offers to fine the person’s department the same amount, and sends it; other articles do not offer it', async () => {
    const user = userEvent.setup();
    const { bridge } = await openRecords(recordsOf(), wangjg, { 'sanctionLedger.history': () => history, 'caseRecords.addSanction': () => recordsOf() });
    await user.click(screen.getByTestId('sanction-add'));
    await user.selectOptions(screen.getByTestId('act-personId'), 'u-zhangwei');
    await user.selectOptions(screen.getByTestId('act-articleCode'), 'p6.41');
    await user.selectOptions(screen.getByTestId('act-measure'), 'fine');
    expect(screen.queryByTestId('act-chargeUnit')).toBeNull();
    await user.selectOptions(screen.getByTestId('act-articleCode'), 'p6.40');
    const unit = await screen.findByTestId('act-chargeUnit');
    expect(unit.parentElement!.textContent).toContain('同时按同一金额处罚所属部门（维修班）');
    await user.click(unit);
    await user.type(screen.getByTestId('act-amount'), '1500');
    await user.click(screen.getByTestId('record-submit'));
    await waitFor(() => expect(bridge.callsTo('caseRecords.addSanction')).toHaveLength(1));
    expect(bridge.callsTo('caseRecords.addSanction')[0]!.input).toMatchObject({ articleCode: 'p6.40', amount: 1500, chargeUnit: '维修班' });
  });
});
