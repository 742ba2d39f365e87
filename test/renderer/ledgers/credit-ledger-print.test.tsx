import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LedgerSheet } from '../../../shared/api/ledgers';
import { renderSignedIn, wangjg } from '../fixtures';

/** 《预付、赊销客户汇总表》 (seed002 客户管理制度3 第二十九条) printed from one row as the core sends it. */
const sheet: LedgerSheet = {
  ledgerId: 'credit.prepayment-credit-customers',
  period: { code: '2026-09', kind: 'month', from: '2026-09-01', to: '2026-09-30' },
  unit: null,
  serial: null,
  site: { name: '阳42井站', code: 'YY42' },
  printedAt: '2026-10-15T02:00:00.000Z',
  rows: [
    {
      key: 'g-1',
      cells: {
        customer: '甲公司',
        type: { zh: '下游客户', en: 'Downstream customer' },
        grade: { zh: '信用A级（高）', en: 'Credit grade A (high)' },
        granted: true,
        'had-credit-sales': true,
        'credit-kind': { zh: '长期预付、赊销', en: 'Long-term' },
        limit: 80_000,
        existing: null,
        balance: null,
        term: 30,
        mortgage: null,
        'approved-on': '2026-09-30',
        'review-due': '2026-10-30',
      },
    },
  ],
};

afterEach(() => vi.restoreAllMocks());

describe('《预付、赊销客户汇总表》 on the 台帐 page', () => {
  it('prints the whole site\'s credit customers under the cited headers, with the general manager\'s and the chairman\'s signatures', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    let sheets: CSSStyleSheet[] = [];
    Object.defineProperty(document, 'adoptedStyleSheets', { configurable: true, get: () => sheets, set: (value: CSSStyleSheet[]) => (sheets = value) });
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(wangjg, { 'ledgers.units': () => ['阳42井站'], 'ledgers.sheet': () => sheet });
    await user.click(screen.getByTestId('nav-ledgers'));
    await user.click(await screen.findByTestId('ledger-credit.prepayment-credit-customers'));
    expect(screen.getByTestId('ledger-title').textContent).toBe('预付、赊销客户汇总表');
    expect(screen.getByTestId('ledger-data').textContent).toBe('数据来源：客户信用评定（期末现行评定）');
    await user.clear(screen.getByTestId('ledger-period'));
    await user.type(screen.getByTestId('ledger-period'), '2026-09');
    await user.click(screen.getByTestId('ledger-print-rows'));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(bridge.callsTo('ledgers.sheet')[0]!.input).toEqual({ ledgerId: 'credit.prepayment-credit-customers', period: '2026-09' });
    const paper = screen.getByTestId('ledger-print');
    const headers = within(paper).getAllByRole('columnheader', { hidden: true }).map((th) => th.textContent);
    expect(headers.slice(0, 4)).toEqual(['序号', '客户名称', '客户类型', '信用等级']);
    expect(headers.join('|')).toContain('信用额度');
    expect(headers.join('|')).toContain('应复查日期');
    const cells = [...within(paper).getAllByTestId('ledger-row')[0]!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells.slice(0, 7)).toEqual(['1', '甲公司', '下游客户', '信用A级（高）', '是', '是', '长期预付、赊销']);
    expect(cells).toContain('2026-10-30');
    expect(paper.textContent).toContain('总经理');
    expect(paper.textContent).toContain('董事长');
    // Repeated headers and page x of y come from the ledger's @page rules, as on every ledger.
    expect(sheets.map((s) => [...s.cssRules].map((rule) => rule.cssText).join('\n')).join('\n')).toContain('@page ledger');
  });
});
