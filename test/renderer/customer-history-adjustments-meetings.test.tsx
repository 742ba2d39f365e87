import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerHistoryEntry } from '../../shared/api/customer-history';
import { i18n } from '../../renderer/i18n/i18n';
import { useNavigationStore } from '../../renderer/stores/navigation-store';
import { fileOf, zhou } from './customer-fixtures';
import { renderSignedIn, wangjg } from './fixtures';

const SLOW = 20_000;

/** Issue 19: the limit adjustments of 第四十一条 and the risk meetings of 第二篇 三、 as sentences of the customer's history. */
const ENTRIES: CustomerHistoryEntry[] = [
  { type: 'riskMeeting', at: '2026-12-08T02:00:00.000Z', byName: '王建国', heldOn: '2026-12-07', kinds: ['dynamicAnalysis', 'warningAnalysis'], conclusions: '压缩授信敞口；***追加抵押' },
  { type: 'limitAdjustmentDecided', at: '2026-12-06T07:00:00.000Z', byName: '周海涛', month: '2026-11', fromLimit: 60_000, toLimit: 90_000, decision: 'rejected', reason: '回款未改善', effectiveOn: null },
  { type: 'limitAdjustmentDecided', at: '2026-12-05T07:00:00.000Z', byName: '周海涛', month: '2026-11', fromLimit: 80_000, toLimit: 60_000, decision: 'approved', reason: null, effectiveOn: '2026-12-05' },
  { type: 'limitAdjustmentProposed', at: '2026-12-01T02:01:00.000Z', byName: '刘强', month: '2026-11', fromLimit: 80_000, toLimit: 60_000 },
];

async function lines(): Promise<string[]> {
  await renderSignedIn(wangjg, { 'customers.get': () => fileOf(zhou), 'customers.history': () => ({ entries: ENTRIES, page: 1, total: ENTRIES.length, hasMore: false }) });
  useNavigationStore.getState().go({ page: 'customer-detail', id: zhou.id });
  const section = await screen.findByTestId('customer-history');
  await waitFor(() => expect(within(section).getAllByTestId('customer-history-entry')).toHaveLength(ENTRIES.length));
  return within(section)
    .getAllByTestId('customer-history-entry')
    .map((li) => li.textContent ?? '');
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-09T02:00:00.000Z'));
});
afterEach(async () => {
  vi.useRealTimers();
  await i18n.changeLanguage('zh-CN');
});

describe('往来记录: limit adjustments and risk meetings', () => {
  it('writes each in Chinese: amounts before and after, who, the day in force, the refusal reason, the meeting’s day, kinds and conclusions', { timeout: SLOW }, async () => {
    await i18n.changeLanguage('zh-CN');
    expect(await lines()).toEqual([
      '12月8日 10:00 王建国 登记风险分析会议：2026年12月7日召开动态分析会、预警客户情况分析会；结论：压缩授信敞口；***追加抵押',
      '12月6日 15:00 周海涛 不同意调整授信额度：2026年11月评价表，60,000 元 → 90,000 元；理由：回款未改善',
      '12月5日 15:00 周海涛 批准调整授信额度：2026年11月评价表，80,000 元 → 60,000 元，自2026年12月5日起执行',
      '12月1日 10:01 刘强 核对评价表时提出调整授信额度：2026年11月评价表，80,000 元 → 60,000 元',
    ]);
  });

  it('writes each in English', { timeout: SLOW }, async () => {
    await i18n.changeLanguage('en');
    const text = await lines();
    expect(text[0]).toBe('8 Dec, 10:00 王建国 recorded a risk meeting: held on 7 Dec 2026 (Dynamic analysis meeting, Warning-customer analysis meeting); conclusions: 压缩授信敞口；***追加抵押');
    expect(text[2]).toBe('5 Dec, 15:00 周海涛 approved the credit-limit adjustment: evaluation of November 2026, 80,000 → 60,000 yuan, in force from 5 Dec 2026');
  });
});
