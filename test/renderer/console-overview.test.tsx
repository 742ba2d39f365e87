import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { queryString } from '../../renderer/console/api/console-client';
import { OverviewScreen } from '../../renderer/console/screens/OverviewScreen';
import { LANDING, useConsoleNav } from '../../renderer/console/stores/console-nav-store';
import { setLanguage } from '../../renderer/i18n/i18n';
import { assembleReport, measureValues } from '../../shared/reports/compute';
import { REPORT_DEFINITIONS } from '../../shared/reports/definitions';
import { bucketKeys, parsePeriod, periodKeyOf } from '../../shared/reports/period';
import { CONSOLE_REPORT_PATHS, type OverviewResponse } from '../../shared/sync/console-reports-api';
import { stubConsoleServer } from './console-server-stub';

/** The console's overview says which sites need attention (issue 20 item 13) and compares the sites on the general statistics: the overdue counts of issue 17 §1.1 among them, named in both languages. */
const server = stubConsoleServer();

const general = REPORT_DEFINITIONS.find((d) => d.id === 'general-statistics')!;
const key = periodKeyOf('month', new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
const period = parsePeriod('month', key)!;
const buckets = bucketKeys(period, 'week');
const raw = { group_key: 'site-1', received__n: 6, complaints__n: 5, overdueCases__n: 3, latePlans__n: 2 };
const report = assembleReport(
  { definition: { ...general, dimensions: ['channel'] }, period, bucket: 'week', buckets, asOf: `${period.lastDay}T00:00:00.000Z`, siteId: null, unit: null },
  { measures: [{ ...raw, group_key: buckets[0] }], dimensions: [{ dimension: 'channel', rows: [] }] },
  () => undefined,
);
const overview: OverviewResponse = {
  period,
  asOf: report.asOf,
  attention: [{ siteId: 'site-1', code: 'YY42', name: '阳42井站', overdue: 3, escalated: 0, vetoFailures: 0, oldestDue: null, lastPushAt: null, sync: 'never', pending: null }],
  overdue: { asOf: report.asOf, summary: [], cases: [] },
  vetoFailures: [],
  trend: [],
  comparison: { ...report, perSite: [{ siteId: 'site-1', values: measureValues(report.measures, raw, () => undefined) }] },
};

describe('console overview', () => {
  it('lists 逾期件数 and 逾期补录计划 per site, and their English names after switching language', async () => {
    server.routes = { [`GET ${CONSOLE_REPORT_PATHS.overview}${queryString({ kind: 'month', key })}`]: () => ({ status: 200, json: overview }) };
    render(<OverviewScreen />);
    const table = await screen.findByTestId('overview-comparison');
    const heads = () => [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    const cells = [...table.querySelectorAll('tbody tr td')].map((td) => td.textContent);
    expect(heads()).toEqual(expect.arrayContaining(['逾期件数', '逾期补录计划']));
    expect(cells[heads().indexOf('逾期件数') - 1]).toBe('3');
    expect(cells[heads().indexOf('逾期补录计划') - 1]).toBe('2');
    await act(() => setLanguage('en'));
    expect(heads()).toEqual(expect.arrayContaining(['Overdue cases', 'Late plans']));
  });

  it('puts the sites needing attention first: overdue, escalated, 从未同步 and 超过 24 小时未同步, timed on the server clock', async () => {
    // Head office's clock is a day behind the renderer's: "2小时前" must be counted from asOf, not from Date.now().
    const asOf = new Date(Date.now() - 24 * 3_600_000).toISOString();
    const ago = (h: number) => new Date(Date.parse(asOf) - h * 3_600_000).toISOString();
    const row = (code: string, overdue: number, escalated: number, sync: 'recent' | 'stale' | 'never', lastPushAt: string | null) => ({ siteId: code, code, name: `${code}站`, overdue, escalated, vetoFailures: 0, oldestDue: null, lastPushAt, sync, pending: null });
    const attention = [row('S0', 0, 0, 'recent', ago(2)), row('S4', 0, 0, 'stale', ago(30)), row('S3', 0, 0, 'never', null), row('S2', 0, 2, 'recent', ago(1)), row('S1', 1, 0, 'recent', ago(3))];
    server.routes = { [`GET ${CONSOLE_REPORT_PATHS.overview}${queryString({ kind: 'month', key })}`]: () => ({ status: 200, json: { ...overview, asOf, attention } }) };
    await act(() => setLanguage('zh-CN'));
    render(<OverviewScreen />);
    const table = await screen.findByTestId('overview-attention');
    const rows = () => [...table.querySelectorAll('tbody tr')] as HTMLElement[];
    const cell = (code: string, id: string) => table.querySelector(`tr[data-site="${code}"] [data-testid="${id}"]`)!;
    expect(rows().map((r) => r.dataset.site)).toEqual(['S1', 'S2', 'S3', 'S4', 'S0']);
    expect(rows().map((r) => r.dataset.attention)).toEqual(['yes', 'yes', 'yes', 'yes', 'no']);
    expect(cell('S2', 'attention-escalated').textContent).toBe('2');
    expect(cell('S2', 'attention-escalated').className).toContain('missed');
    expect(cell('S3', 'attention-sync').textContent).toBe('从未同步');
    expect(cell('S4', 'attention-sync').textContent).toContain('超过 24 小时未同步');
    expect(cell('S4', 'attention-sync').className).toBe('missed');
    expect(cell('S0', 'attention-sync').textContent).toBe('2小时前');
    expect(cell('S0', 'attention-sync').className).toBe('');
    await act(() => setLanguage('en'));
    expect(cell('S3', 'attention-sync').textContent).toBe('Never synced');
    expect(cell('S4', 'attention-sync').textContent).toContain('not synced for over 24 h');
    expect(cell('S0', 'attention-sync').textContent).toBe('2 hours ago');
    expect(table.querySelector('thead')!.textContent).toContain('Escalated');
  });

  it('counts the checklists with a failed veto item per site, puts that site first and lists them, each opening its result', async () => {
    const asOf = new Date().toISOString();
    const site = (code: string, vetoFailures: number) => ({ siteId: `id-${code}`, code, name: `${code}站`, overdue: 0, escalated: 0, vetoFailures, oldestDue: null, lastPushAt: asOf, sync: 'recent' as const, pending: null });
    const failure = { siteId: 'id-S9', recordId: 'rec-1', templateTitle: { zh: '煤矿安全生产标准化等级', en: 'Coal mine grading' }, completedAt: asOf, items: [{ zh: '基本条件不具备', en: 'A basic condition is not met' }, { zh: '降级未满1年', en: 'Downgraded < 1 year ago' }] };
    server.routes = { [`GET ${CONSOLE_REPORT_PATHS.overview}${queryString({ kind: 'month', key })}`]: () => ({ status: 200, json: { ...overview, asOf, attention: [site('S1', 0), site('S9', 1)], vetoFailures: [failure] } }) };
    await act(() => setLanguage('zh-CN'));
    render(<OverviewScreen />);
    const table = await screen.findByTestId('overview-attention');
    expect([...table.querySelectorAll('tbody tr')].map((r) => (r as HTMLElement).dataset.site)).toEqual(['S9', 'S1']);
    expect(table.querySelector('tr[data-site="S9"] [data-testid="attention-veto"]')!.textContent).toBe('1');
    const list = screen.getByTestId('overview-veto-failures');
    expect(list.querySelector('tbody tr')!.textContent).toContain('S9站');
    expect(list.querySelector('tbody tr')!.textContent).toContain('基本条件不具备；降级未满1年');
    await act(() => setLanguage('en'));
    expect(list.querySelector('tbody tr')!.textContent).toContain('A basic condition is not met; Downgraded < 1 year ago');
    fireEvent.click(screen.getByTestId('open-veto-checklist'));
    expect(useConsoleNav.getState().route).toEqual({ page: 'checklist', siteId: 'id-S9', id: 'rec-1' });
    act(() => useConsoleNav.getState().go(LANDING));
  });

  it('says so when no checklist failed a veto item', async () => {
    server.routes = { [`GET ${CONSOLE_REPORT_PATHS.overview}${queryString({ kind: 'month', key })}`]: () => ({ status: 200, json: overview }) };
    await act(() => setLanguage('zh-CN'));
    render(<OverviewScreen />);
    expect((await screen.findByTestId('overview-veto-none')).textContent).toBe('近 30 天没有否决项不合格的检查表');
    expect(screen.queryByTestId('overview-veto-failures')).toBeNull();
  });
});
