import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../renderer/i18n/i18n';
import { ApiError } from '../../shared/api/errors';
import type { LedgerEntry, SanctionRollup } from '../../shared/api/sanction-ledger';
import { renderSignedIn, wangjg } from './fixtures';

/** 罚款与扣分汇总 on the 报表 page against a fake core: the core's totals as shown, the period asked for, a refusal said. */
const meta = { definitions: [], units: ['阳42井站', '采气作业区'], restrictedUnit: null, today: '2026-11-23' };

const entry = (over: Partial<LedgerEntry>): LedgerEntry => ({
  id: 'e1',
  complaintId: 'c1',
  serial: 'YY42-20261120-0001',
  personId: 'u-zhang',
  personName: '张伟',
  unit: '阳42井站',
  target: 'person',
  articleCode: 'p6.40',
  articleLabel: { zh: '因个人原因导致投诉升级', en: 'Stalled the complaint' },
  source: 'seed003 篇6 第四十条',
  measure: 'fine',
  amount: 1500,
  points: 0,
  deductionRole: null,
  note: null,
  reverses: null,
  reversedBy: null,
  decidedByName: '王建国',
  decidedOn: '2026-11-23',
  recordedAt: '2026-11-23T02:00:00.000Z',
  ...over,
});

const rollup: SanctionRollup = {
  period: { kind: 'month', key: '2026-11', firstDay: '2026-11-01', lastDay: '2026-11-30' },
  unit: null,
  persons: [
    { personId: 'u-zhang', personName: '张伟', unit: '阳42井站', amount: 1500, points: 0, entries: 1 },
    { personId: 'u-liu', personName: '刘强', unit: '采气作业区', amount: 0, points: 5, entries: 1 },
  ],
  units: [
    { unit: '采气作业区', amount: 0, points: 5, entries: 1, ownAmount: 0, ownPoints: 0 },
    { unit: '阳42井站', amount: 3000, points: 0, entries: 2, ownAmount: 1500, ownPoints: 0 },
  ],
  months: [{ month: '2026-11', amount: 3000, points: 5, entries: 3 }],
  total: { amount: 3000, points: 5, entries: 3 },
  entries: [
    entry({}),
    entry({ id: 'e2', target: 'unit', personId: null, personName: null }),
    entry({ id: 'e3', personId: 'u-liu', personName: '刘强', unit: '采气作业区', articleCode: 'seed004-m.management.grade2', measure: 'points', amount: 0, points: 5, deductionRole: { zh: '直接上级', en: 'Direct superior' }, source: 'seed004 §M 一.4' }),
  ],
};

const reportStubs = {
  'reports.definitions': () => meta,
};

describe('罚款与扣分汇总 on the 报表 page', () => {
  it('asks the core for the chosen period and unit and shows its totals per person, unit and month with every entry', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(wangjg, { ...reportStubs, 'sanctionLedger.rollup': () => rollup });
    await user.click(screen.getByTestId('nav-reports'));
    const panel = await screen.findByTestId('sanction-rollup');
    expect((within(panel).getByTestId('rollup-key') as HTMLInputElement).value).toBe('2026-11');
    await user.selectOptions(within(panel).getByTestId('rollup-unit'), '阳42井站');
    await user.click(within(panel).getByTestId('rollup-run'));
    expect(bridge.callsTo('sanctionLedger.rollup')[0]!.input).toEqual({ period: { kind: 'month', key: '2026-11' }, unit: '阳42井站' });
    const persons = await within(panel).findByTestId('rollup-persons');
    expect([...persons.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual(['张伟阳42井站1500.0001', '刘强采气作业区0.0051']);
    const units = within(panel).getByTestId('rollup-units');
    expect(units.querySelector('tbody tr:last-child')!.textContent).toBe('合计3000.00531500.00');
    const entries = within(panel).getByTestId('rollup-entries');
    expect(entries.textContent).toContain('YY42-20261120-0001');
    expect(entries.textContent).toContain('阳42井站（单位）');
    expect(entries.textContent).toContain('刘强（直接上级）');
    expect(entries.textContent).toContain('第四十条');
    expect(within(panel).getByTestId('rollup-print')).toBeTruthy();

    // A year: the key follows the kind.
    await user.selectOptions(within(panel).getByTestId('rollup-kind'), 'year');
    expect((within(panel).getByTestId('rollup-key') as HTMLInputElement).value).toBe('2026');
    await act(() => setLanguage('en'));
    expect(within(panel).getByRole('heading', { level: 3 }).textContent).toContain('Fines and points roll-up');
    await act(() => setLanguage('zh-CN'));
  });

  it('prints the roll-up alone on A4', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      expect(document.body.classList.contains('printing-rollup')).toBe(true);
    });
    await renderSignedIn(wangjg, { ...reportStubs, 'sanctionLedger.rollup': () => rollup });
    await user.click(screen.getByTestId('nav-reports'));
    await user.click(await screen.findByTestId('rollup-run'));
    await user.click(await screen.findByTestId('rollup-print'));
    expect(print).toHaveBeenCalledOnce();
    expect(document.body.classList.contains('printing-rollup')).toBe(false);
    print.mockRestore();
  });

  it('corrects an entry by a reversing entry with its reason, then shows the ledger again', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(wangjg, { ...reportStubs, 'sanctionLedger.rollup': () => rollup, 'sanctionLedger.reverse': () => entry({ id: 'e4', amount: -1500, reverses: 'e1' }) });
    await user.click(screen.getByTestId('nav-reports'));
    await user.click(await screen.findByTestId('rollup-run'));
    await user.click(await screen.findByTestId('reverse-e1'));
    expect(screen.getByTestId('reverse-form').textContent).toContain('冲销 YY42-20261120-0001 上 张伟 的 1500.00 元、0 分');
    await user.click(screen.getByTestId('reverse-submit'));
    expect((await screen.findByRole('alert')).textContent).toContain('请填写冲销原因');
    expect(bridge.callsTo('sanctionLedger.reverse')).toHaveLength(0);
    await user.type(screen.getByTestId('reverse-reason'), '查明非本人责任');
    await user.click(screen.getByTestId('reverse-submit'));
    await waitFor(() => expect(screen.queryByTestId('reverse-form')).toBeNull());
    expect(bridge.callsTo('sanctionLedger.reverse')[0]!.input).toEqual({ entryId: 'e1', reason: '查明非本人责任' });
    expect(bridge.callsTo('sanctionLedger.rollup')).toHaveLength(2);
  });

  it('says the core’s reason for a period that has not begun and shows no totals', async () => {
    const user = userEvent.setup();
    await renderSignedIn(wangjg, {
      ...reportStubs,
      'sanctionLedger.rollup': () => {
        throw ApiError.because('VALIDATION', 'reports.errors.futurePeriod', { date: { date: '2026-12-01' } }, 'period.key');
      },
    });
    await user.click(screen.getByTestId('nav-reports'));
    const panel = await screen.findByTestId('sanction-rollup');
    await user.type(within(panel).getByTestId('rollup-key'), '{selectall}2026-12');
    await user.click(within(panel).getByTestId('rollup-run'));
    expect((await within(panel).findByRole('alert')).textContent).toContain('尚未开始');
    expect(within(panel).queryByTestId('rollup-persons')).toBeNull();
  });
});
