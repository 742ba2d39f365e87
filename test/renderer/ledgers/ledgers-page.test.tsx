import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import type { LedgerSheet } from '../../../shared/api/ledgers';
import { LEDGERS } from '../../../shared/reports/ledgers';
import { descriptionOf, renderSignedIn, wangjg } from '../fixtures';
import type { FakeHandlers } from '../fake-bridge';

/** Two rows of 《客户投诉处理管理台帐》 as the core would send them. */
const sheet: LedgerSheet = {
  ledgerId: 's15.complaint-handling',
  period: { code: '2026-09', kind: 'month', from: '2026-09-01', to: '2026-09-30' },
  unit: '阳42井站',
  serial: null,
  site: { name: '阳42井站', code: 'YY42' },
  printedAt: '2026-10-15T02:00:00.000Z',
  rows: [
    {
      key: 'c-1',
      cells: {
        serial: 'YY42-20260903-0001',
        'received-at': '2026-09-03T01:00:00.000Z',
        customer: '欧阳甲',
        content: '罐车夜间经过村道，噪声大',
        class: { zh: '一般投诉', en: 'Ordinary' },
        measures: '调整罐车通行时间',
        unit: '阳42井站',
        assignee: '张伟',
        due: '2026-09-11T09:00:00.000Z',
        overdue: [],
        cause: null,
        improvement: '制定罐车通行时间表（张伟）',
        effective: true,
      },
    },
    {
      key: 'c-2',
      cells: { serial: 'YY42-20260910-0001', 'received-at': '2026-09-10T06:00:00.000Z', customer: '乙公司', overdue: [{ milestone: 'resolution' }, { zh: '到达现场', en: 'On site' }], effective: null },
    },
  ],
};

const handlers = (overrides: FakeHandlers = {}): FakeHandlers => ({ 'ledgers.units': () => ['阳42井站', '采气作业区'], 'ledgers.sheet': () => sheet, ...overrides });

async function openLedger(id: string, overrides: FakeHandlers = {}) {
  const user = userEvent.setup();
  const rendered = await renderSignedIn(wangjg, handlers(overrides));
  await user.click(screen.getByTestId('nav-ledgers'));
  await user.click(await screen.findByTestId(`ledger-${id}`));
  return { user, ...rendered };
}

afterEach(() => vi.restoreAllMocks());

describe('台帐 page', () => {
  it('lists every ledger by source document and tells where the chosen one\'s rows come from', async () => {
    const { user } = await openLedger('well.sewage-haulage');
    for (const ledger of LEDGERS) expect(screen.getByTestId(`ledger-${ledger.id}`).textContent).toContain(ledger.title.zh);
    expect(screen.getByTestId('ledger-title').textContent).toBe('污水拉运登记台帐');
    expect(screen.getByTestId('ledger-data').textContent).toBe('数据来源：检查表「污水拉运登记台帐」的登记行');
    expect(screen.queryByTestId('ledger-serial')).toBeNull(); // a register of truckloads has no single case
    // The ledger's note in Chinese on the Chinese page (issue 20 item 5).
    const note = screen.getByTestId('ledger-choice');
    expect(note.textContent).toMatch(/^说明：登记表中每一行保存后即计入.*车辆照片（对车身正面和侧面进行拍照留档）随记录保存，不打印在台账上。$/);
    expect(note.getAttribute('lang')).toBe('zh-CN');
    await user.click(screen.getByTestId('ledger-postal.archive-consultation'));
    expect(screen.getByTestId('ledger-data').textContent).toBe('本程序不保存该台帐的数据：本程序不保存这些记录，请手工填写。');
    expect((screen.getByTestId('ledger-print-rows') as HTMLButtonElement).disabled).toBe(true);
  });

  it('prints the rows of a period and unit: headers of the source, cells in site time and words, every row numbered', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    // jsdom has no adopted style sheets; Chromium has. This list stands in for Chromium's.
    let sheets: CSSStyleSheet[] = [];
    Object.defineProperty(document, 'adoptedStyleSheets', { configurable: true, get: () => sheets, set: (value: CSSStyleSheet[]) => (sheets = value) });
    const { user, bridge } = await openLedger('s15.complaint-handling');
    await user.clear(screen.getByTestId('ledger-period'));
    await user.type(screen.getByTestId('ledger-period'), '2026-09');
    await user.selectOptions(screen.getByTestId('ledger-unit'), '阳42井站');
    await user.click(screen.getByTestId('ledger-print-rows'));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(bridge.callsTo('ledgers.sheet')[0]!.input).toEqual({ ledgerId: 's15.complaint-handling', period: '2026-09', unit: '阳42井站' });

    const paper = screen.getByTestId('ledger-print');
    expect(paper.dataset['filled']).toBe('true');
    const headers = within(paper).getAllByRole('columnheader', { hidden: true }).map((th) => th.textContent);
    expect(headers).toEqual(['序号', '受理编号', '受理日期', '客户名称', '投诉内容', '投诉类别', '处理方式', '责任单位', '责任人员', '处理时限', '逾期', '发生原因', '改善对策', '效果确认']);
    const rows = within(paper).getAllByTestId('ledger-row');
    expect(rows).toHaveLength(2);
    const first = [...rows[0]!.querySelectorAll('td')].map((td) => td.textContent);
    expect(first).toEqual(['1', 'YY42-20260903-0001', '2026-09-03 09:00', '欧阳甲', '罐车夜间经过村道，噪声大', '一般投诉', '调整罐车通行时间', '阳42井站', '张伟', '2026-09-11 17:00', '无', '', '制定罐车通行时间表（张伟）', '是']);
    const second = [...rows[1]!.querySelectorAll('td')].map((td) => td.textContent);
    expect(second[10]).toBe('处理完毕、到达现场'); // a milestone by its name, a step of the pack by its label
    expect(second[13]).toBe('');
    expect(paper.textContent).toContain('站点：阳42井站（YY42）');
    expect(paper.textContent).toContain('部门：阳42井站');
    expect(paper.textContent).toContain('期间：2026年9月（2026-09-01 — 2026-09-30）');
    // The page-margin boxes come from an adopted style sheet: the CSP refuses <style> elements.
    expect(paper.querySelector('style')).toBeNull();
    expect(sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n')).toContain('@page ledger');
    expect(screen.getByTestId('ledger-status').textContent).toBe('2026年9月 · 阳42井站 · 共 2 行，已送打印。');
  });

  it('shows the core\'s reason under the period and prints nothing', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const refuse = () => {
      throw ApiError.because('VALIDATION', 'ledgers.errors.periodFuture', { period: '2026-11', today: { date: '2026-10-15' } }, 'period');
    };
    const { user } = await openLedger('s15.complaint-handling', { 'ledgers.sheet': refuse });
    await user.clear(screen.getByTestId('ledger-period'));
    await user.type(screen.getByTestId('ledger-period'), '2026-11');
    await user.click(screen.getByTestId('ledger-print-rows'));
    await waitFor(() => expect(descriptionOf(screen.getByTestId('ledger-period'))).toContain('期间「2026-11」尚未开始（今天是 2026年10月15日），不能打印未来的台帐'));
    expect(print).not.toHaveBeenCalled();
    expect(screen.queryByTestId('ledger-print')).toBeNull();
  });

  it('prints a blank ledger of the lines asked for, and checks the lines and the period first', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user, bridge } = await openLedger('postal.archive-consultation');
    await user.clear(screen.getByTestId('ledger-blank-rows'));
    await user.type(screen.getByTestId('ledger-blank-rows'), '0');
    await user.click(screen.getByTestId('ledger-print-blank'));
    expect(descriptionOf(screen.getByTestId('ledger-blank-rows'))).toContain('空白行数须为 1 到 200 之间的整数');
    await user.clear(screen.getByTestId('ledger-blank-rows'));
    await user.type(screen.getByTestId('ledger-blank-rows'), '5');
    await user.clear(screen.getByTestId('ledger-period'));
    await user.type(screen.getByTestId('ledger-period'), '2026-13');
    await user.click(screen.getByTestId('ledger-print-blank'));
    expect(descriptionOf(screen.getByTestId('ledger-period'))).toContain('期间「2026-13」不存在');
    expect(print).not.toHaveBeenCalled();

    await user.clear(screen.getByTestId('ledger-period'));
    await user.click(screen.getByTestId('ledger-print-blank'));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const paper = screen.getByTestId('ledger-print');
    expect(paper.dataset['filled']).toBe('false');
    expect(within(paper).getAllByTestId('ledger-row')).toHaveLength(5);
    expect(paper.querySelector('h1')!.textContent).toBe('寄递详情单实物档案查阅登记（空白）');
    expect(paper.textContent).toContain('期间：＿＿＿＿＿＿');
    expect(bridge.callsTo('ledgers.sheet')).toHaveLength(0); // a blank ledger needs nothing from the core
  });

  it('prints one case as the one-row variant', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const one = { ...sheet, period: null, unit: null, serial: 'YY42-20260903-0001', rows: [sheet.rows[0]!] };
    const { user, bridge } = await openLedger('s15.complaint-handling', { 'ledgers.sheet': () => one });
    await user.click(screen.getByTestId('ledger-print-case'));
    expect(descriptionOf(screen.getByTestId('ledger-serial'))).toContain('请填写投诉编号');
    await user.type(screen.getByTestId('ledger-serial'), 'YY42-20260903-0001');
    await user.click(screen.getByTestId('ledger-print-case'));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(bridge.callsTo('ledgers.sheet')[0]!.input).toEqual({ ledgerId: 's15.complaint-handling', serial: 'YY42-20260903-0001' });
    const paper = screen.getByTestId('ledger-print');
    expect(within(paper).getAllByTestId('ledger-row')).toHaveLength(1);
    expect(paper.textContent).toContain('投诉编号：YY42-20260903-0001');
  });
});
