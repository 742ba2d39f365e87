import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerHistory, CustomerHistoryEntry } from '../../shared/api/customer-history';
import { i18n } from '../../renderer/i18n/i18n';
import { useNavigationStore } from '../../renderer/stores/navigation-store';
import { fileOf, zhou } from './customer-fixtures';
import { renderSignedIn, wangjg } from './fixtures';

const SLOW = 20_000;
const complaint = { id: 'c-2', serial: 'YY42-20260302-0001', kind: 'complaint' as const };

/** One of each kind, newest first, as customers.history answers (moments in UTC; the page shows Shanghai time, as the date once a day has passed). */
const PAGE_ONE: CustomerHistoryEntry[] = [
  { type: 'merged', at: '2026-03-05T08:00:00.000Z', byName: '王建国', name: '周桂芳（周阿姨）', reason: '同一客户，电话写法不同' },
  { type: 'riskClassChanged', at: '2026-03-05T07:30:00.000Z', byName: '陈志明', fromClass: 'normal', toClass: 'class2', reason: '贷款逾期三天' },
  { type: 'riskClassRefused', at: '2026-03-05T07:10:00.000Z', byName: '陈志明', fromClass: 'normal', toClass: 'class2', reason: '企业涉诉', note: '涉诉未见传票' },
  { type: 'creditStep', at: '2026-03-05T07:00:00.000Z', byName: '周海涛', grade: 'A', step: 'approve', decision: 'rejected', reason: '抵押物价值待核实' },
  { type: 'creditProposed', at: '2026-03-05T06:50:00.000Z', byName: '刘强', grade: 'A', creditLimit: 80_000, reason: '会同业务员评定' },
  { type: 'classOverridden', at: '2026-03-05T06:45:00.000Z', byName: '赵丽', complaint, fromClass: 'ordinary', toClass: 'major', override: true, reason: '涉及安全' },
  { type: 'followUp', at: '2026-03-05T06:40:00.000Z', byName: '赵丽', method: 'phone', note: '已电话安抚' },
  { type: 'complaintClosed', at: '2026-03-05T06:30:00.000Z', byName: '王建国', complaint, outcome: 'closed' },
  { type: 'callBack', at: '2026-03-05T06:30:00.000Z', byName: '王建国', complaint, method: 'phone', satisfied: true, timeliness: 'satisfied', attitude: 'basically_satisfied', result: 'satisfied', otherOpinions: null },
];
const PAGE_TWO: CustomerHistoryEntry[] = [
  { type: 'complaintReceived', at: '2026-03-02T13:00:00.000Z', byName: '李梅', complaint, classCode: 'major', content: '罐车又在夜间经过村道。' },
];

function historyPages(input: { page: number }): CustomerHistory {
  return input.page === 1 ? { entries: PAGE_ONE, page: 1, total: 10, hasMore: true } : { entries: PAGE_TWO, page: 2, total: 10, hasMore: false };
}

async function openFile() {
  const rendered = await renderSignedIn(wangjg, { 'customers.get': () => fileOf(zhou), 'customers.history': historyPages });
  useNavigationStore.getState().go({ page: 'customer-detail', id: zhou.id });
  const section = await screen.findByTestId('customer-history');
  await waitFor(() => expect(within(section).getAllByTestId('customer-history-entry')).toHaveLength(PAGE_ONE.length));
  return { ...rendered, section };
}

const lines = (section: HTMLElement) => within(section).getAllByTestId('customer-history-entry').map((li) => li.textContent ?? '');

beforeEach(async () => {
  // Only the clock is fake (the moments read "3月5日 14:30" within the year); timers stay real for the UI.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-08T02:00:00.000Z'));
  await i18n.changeLanguage('zh-CN');
});
afterEach(() => vi.useRealTimers());

describe('往来记录 on the customer file', () => {
  it('writes each entry as a sentence with the Shanghai moment and who, newest first', { timeout: SLOW }, async () => {
    const { section } = await openFile();
    expect(within(section).getByRole('heading').textContent).toBe('往来记录（10）');
    expect(lines(section)).toEqual([
      '3月5日 16:00 王建国 将重复档案「周桂芳（周阿姨）」并入本档案：同一客户，电话写法不同',
      '3月5日 15:30 陈志明 调整风险分类：正常类（未分入三类） → 第二类（预警管理）；理由：贷款逾期三天',
      '3月5日 15:10 陈志明 不同意调整风险分类：正常类（未分入三类） → 第二类（预警管理）；提议理由：企业涉诉；审批意见：涉诉未见传票',
      '3月5日 15:00 周海涛 审批信用等级评定（A级（信用高））：不同意；理由：抵押物价值待核实',
      '3月5日 14:50 刘强 提出信用等级评定：A级（信用高），信用额度上限 80,000 元',
      '3月5日 14:45 赵丽 人工改定等级 YY42-20260302-0001：一般投诉 → 重大投诉；理由：涉及安全',
      '3月5日 14:40 赵丽 跟进（电话慰问）：已电话安抚',
      '3月5日 14:30 王建国 投诉结案 YY42-20260302-0001',
      '3月5日 14:30 王建国 回访 YY42-20260302-0001：满意（电话；及时性满意，态度基本满意，结果满意）',
    ]);
  });

  it('loads the next page with 更多, and a complaint’s serial opens the complaint', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const { bridge, section } = await openFile();
    await user.click(within(section).getByTestId('customer-history-more'));
    await waitFor(() => expect(lines(section)).toHaveLength(PAGE_ONE.length + PAGE_TWO.length));
    expect(lines(section).at(-1)).toBe('3月2日 21:00 李梅 受理投诉 YY42-20260302-0001：重大投诉；罐车又在夜间经过村道。');
    expect(within(section).queryByTestId('customer-history-more')).toBeNull();
    expect(bridge.callsTo('customers.history').map((c) => c.input)).toEqual([
      { id: zhou.id, page: 1 },
      { id: zhou.id, page: 2 },
    ]);
    // No internal id in the text: the complaint is named by its serial, the file by nothing at all.
    expect(section.textContent).not.toContain(zhou.id);
    expect(section.textContent).not.toContain(complaint.id);

    await user.click(within(section).getAllByTestId('customer-history-complaint')[0]!);
    expect(useNavigationStore.getState().route).toEqual({ page: 'complaint-detail', id: complaint.id });
  });

  it('is read again from its first page once a follow-up is recorded', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const followUp = { type: 'followUp' as const, at: '2026-03-08T01:59:00.000Z', byName: '王建国', method: null, note: '上门回访，客户已消气' };
    let recorded = false;
    const { bridge } = await renderSignedIn(wangjg, {
      'customers.get': () => fileOf(zhou),
      'customers.history': (input: { page: number }) => (recorded ? { entries: [followUp, ...PAGE_ONE], page: 1, total: 11, hasMore: true } : historyPages(input)),
      'customers.addFollowUp': () => {
        recorded = true;
        return fileOf(zhou, { followUps: [{ id: 'f-1', at: followUp.at, byName: '王建国', method: null, note: followUp.note }] });
      },
    });
    useNavigationStore.getState().go({ page: 'customer-detail', id: zhou.id });
    const section = await screen.findByTestId('customer-history');
    await waitFor(() => expect(lines(section)).toHaveLength(PAGE_ONE.length));
    await user.type(screen.getByTestId('follow-up-note'), followUp.note);
    await user.click(screen.getByTestId('follow-up-add'));
    await waitFor(() => expect(lines(section)[0]).toBe('1分钟前 王建国 跟进：上门回访，客户已消气'));
    expect(within(section).getByRole('heading').textContent).toBe('往来记录（11）');
    expect(bridge.callsTo('customers.history').map((c) => (c.input as { page: number }).page)).toEqual([1, 1]);
  });

  it('reads in English', { timeout: SLOW }, async () => {
    await i18n.changeLanguage('en');
    const { section } = await openFile();
    expect(within(section).getByRole('heading').textContent).toBe('History (10)');
    expect(lines(section)[2]).toBe('5 Mar, 15:10 陈志明 refused a change of risk class: Normal (in none of the three classes) → Class 2 (early-warning management); proposed because: 企业涉诉; decision: 涉诉未见传票');
    expect(lines(section).at(-1)).toBe('5 Mar, 14:30 王建国 called back on YY42-20260302-0001: satisfied (Phone; timeliness Satisfied, attitude Mostly satisfied, result Satisfied)');
    await i18n.changeLanguage('zh-CN');
  });
});
