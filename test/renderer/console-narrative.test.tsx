import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ConsoleNarrativePanel } from '../../renderer/console/screens/ConsoleNarrativePanel';
import { ConsoleNarrativeScreen } from '../../renderer/console/screens/ConsoleNarrativeScreen';
import { useConsoleNav } from '../../renderer/console/stores/console-nav-store';
import { useConsoleNarrativeStore } from '../../renderer/console/stores/console-narrative-store';
import { NARRATIVE_REPORT_KINDS } from '../../shared/reports/narrative';
import { CONSOLE_NARRATIVE_PATHS, type ConsoleNarrativeList, type ConsoleNarrativeVersion } from '../../shared/sync/console-narrative-api';
import { stubConsoleServer } from './console-server-stub';

/** 分析报告收报情况 at head office: the server's rows shown as sent (counts, received, late, missing, a correction), one version opened read-only; a refusal said. */
const server = stubConsoleServer();
const sites = [
  { id: 's-in', code: 'IN01', name: '城东支公司' },
  { id: 's-rt', code: 'RT01', name: '一号门店' },
];
const INSURANCE = NARRATIVE_REPORT_KINDS.find((k) => k.id === 'insurance-p5-monthly-analysis-report')!;
const RETAIL = NARRATIVE_REPORT_KINDS.find((k) => k.id === 'retail-p4-monthly-statistics-report')!;
const NOVEMBER = { kind: 'month' as const, key: '2026-11', firstDay: '2026-11-01', lastDay: '2026-11-30' };

const list: ConsoleNarrativeList = {
  period: NOVEMBER,
  today: '2026-12-12',
  counts: { onTime: 1, late: 0, overdue: 1, due: 0, open: 0 },
  rows: [
    { siteId: 's-in', siteCode: 'IN01', siteName: '城东支公司', kindId: INSURANCE.id, title: INSURANCE.title, dueDate: '2026-12-10', state: 'overdue', received: null },
    {
      siteId: 's-rt',
      siteCode: 'RT01',
      siteName: '一号门店',
      kindId: RETAIL.id,
      title: RETAIL.title,
      dueDate: '2026-12-10',
      state: 'onTime',
      received: { id: 'v-2', version: 2, issuedAt: '2026-12-11T02:00:00.000Z', issuedRole: 'admin_hr', issuedByName: '孙敏', firstIssuedAt: '2026-12-05T02:00:00.000Z', correction: { replacesVersion: 1, reason: '漏计两件退货投诉' } },
    },
  ],
  sitesWithoutPack: [{ code: 'NP01', name: '新网点' }],
};

const version: ConsoleNarrativeVersion = {
  site: { code: 'RT01', name: '一号门店' },
  rulePackId: 'retail-chain-p4',
  kind: RETAIL,
  version: {
    id: 'v-2',
    kindId: RETAIL.id,
    title: RETAIL.title,
    period: NOVEMBER,
    complaint: null,
    caseFacts: null,
    dueDate: '2026-12-10',
    version: 2,
    status: 'issued',
    sections: { notes: '更正：退货件数为 9 件' },
    statistics: {
      definitionId: 'retail-p4-monthly-statistics',
      title: { zh: '投诉统计表', en: 'Complaint statistics' },
      source: 'seed003 篇4 第二十七条',
      period: NOVEMBER,
      bucket: 'month',
      buckets: ['2026-11'],
      asOf: '2026-12-11T02:00:00.000Z',
      siteId: null,
      unit: null,
      dueDate: '2026-12-10',
      measures: [{ measure: 'complaints', kind: 'count', label: { zh: '投诉件数', en: 'Complaints' }, note: { zh: '', en: '' }, source: 'seed003 篇4', hours: null, target: null }],
      rows: [{ key: '2026-11', values: { complaints: { numerator: 9, denominator: null, value: 9, met: null } } }],
      total: { complaints: { numerator: 9, denominator: null, value: 9, met: null } },
      tables: [{ dimension: 'class', source: 'seed003 篇4 第二条', rows: [{ value: 'complaint', label: null, counts: [9], total: 9, share: 1 }], bucketTotals: [9], total: 9 }],
    },
    replaces: { id: 'v-1', version: 1 },
    correctionReason: '漏计两件退货投诉',
    replacedBy: null,
    draftedByName: '孙敏',
    updatedAt: '2026-12-11T02:00:00.000Z',
    issued: { at: '2026-12-11T02:00:00.000Z', byName: '孙敏', role: 'admin_hr' },
  },
};

beforeEach(() => {
  useConsoleNarrativeStore.setState({ query: null, list: null, error: null });
  useConsoleNav.setState({ route: { page: 'reports' } });
});

describe('console: narrative reports received', () => {
  it('asks for the period and filters chosen, shows the counts and a row per site and report, and opens a received version', async () => {
    const user = userEvent.setup();
    server.routes[`GET ${CONSOLE_NARRATIVE_PATHS.list}?kind=month&key=2026-11&kindId=${RETAIL.id}`] = () => ({ status: 200, json: list });
    render(<ConsoleNarrativePanel sites={sites} today="2026-12-12" />);
    await user.clear(screen.getByTestId('console-narrative-key'));
    await user.type(screen.getByTestId('console-narrative-key'), '2026-11');
    await user.selectOptions(screen.getByTestId('console-narrative-report'), RETAIL.id);
    await user.click(screen.getByTestId('console-narrative-run'));
    const counts = await screen.findByTestId('console-narrative-counts');
    expect([...counts.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['按时收到 1', '迟交 0', '逾期未收到 1', '未收到（未逾期） 0', '期间未结束 0']);
    expect(screen.getByText(/以下网点尚未同步其规则包/).textContent).toContain('NP01 新网点');
    const rows = screen.getByTestId('console-narrative-rows').querySelectorAll('tbody tr');
    expect(rows[0]!.textContent).toContain('IN01 城东支公司');
    expect(rows[0]!.textContent).toContain('逾期未收到');
    expect(within(rows[0] as HTMLElement).queryByRole('button')).toBeNull();
    expect(rows[1]!.textContent).toContain('按时收到');
    expect(rows[1]!.textContent).toContain('第 2 版更正第 1 版：漏计两件退货投诉');
    expect(rows[1]!.textContent).toContain('行政人事部 孙敏');
    await user.click(within(rows[1] as HTMLElement).getByRole('button', { name: '查看' }));
    expect(useConsoleNav.getState().route).toEqual({ page: 'narrativeReport', siteId: 's-rt', id: 'v-2' });
  });

  it('says the server’s reason for a bad period', async () => {
    const user = userEvent.setup();
    server.routes[`GET ${CONSOLE_NARRATIVE_PATHS.list}?kind=month&key=2026-13`] = () => ({ status: 400, json: { error: { code: 'invalid_body', message: '没有这个统计期：2026-13 / no such period: 2026-13' } } });
    render(<ConsoleNarrativePanel sites={sites} today="2026-12-12" />);
    await user.clear(screen.getByTestId('console-narrative-key'));
    await user.type(screen.getByTestId('console-narrative-key'), '2026-13');
    await user.click(screen.getByTestId('console-narrative-run'));
    expect((await screen.findByRole('alert')).textContent).toContain('没有这个统计期');
    expect(screen.queryByTestId('console-narrative-rows')).toBeNull();
  });

  it('shows one received version read-only: its frozen numbers, its text, the correction it makes, and its A4 sheet', async () => {
    server.routes[`GET ${CONSOLE_NARRATIVE_PATHS.version('s-rt', 'v-2')}`] = () => ({ status: 200, json: version });
    render(<ConsoleNarrativeScreen siteId="s-rt" id="v-2" />);
    expect((await screen.findByTestId('console-narrative-version')).textContent).toBe('第 2 版');
    expect(screen.getByTestId('console-narrative-correction').textContent).toBe('更正第 1 版：漏计两件退货投诉');
    expect(within(screen.getByTestId('console-narrative-sections')).getByText('更正：退货件数为 9 件')).toBeTruthy();
    expect(screen.getAllByTestId('narrative-measures')[0]!.querySelector('tr[data-measure="complaints"] td')!.textContent).toBe('9');
    // The class by the pack's name (客户投诉案件), not its code, on screen and on the A4 sheet.
    expect(screen.getAllByText('客户投诉案件')).toHaveLength(2);
    expect(screen.queryByText('complaint')).toBeNull();
    expect(screen.getByTestId('narrative-print').getAttribute('data-version')).toBe('2');
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
