import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { queryString } from '../../renderer/console/api/console-client';
import { OverviewScreen } from '../../renderer/console/screens/OverviewScreen';
import { setLanguage } from '../../renderer/i18n/i18n';
import { assembleReport, measureValues } from '../../shared/reports/compute';
import { REPORT_DEFINITIONS } from '../../shared/reports/definitions';
import { bucketKeys, parsePeriod, periodKeyOf } from '../../shared/reports/period';
import { CONSOLE_REPORT_PATHS, type OverviewResponse } from '../../shared/sync/console-reports-api';
import { stubConsoleServer } from './console-server-stub';

/** The console's overview compares the sites on the general statistics: the overdue counts of issue 17 §1.1 among them, named in both languages. */
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
  attention: [{ siteId: 'site-1', code: 'YY42', name: '阳42井站', overdue: 3, oldestDue: null, lastPushAt: null, pending: null }],
  overdue: { asOf: report.asOf, summary: [], cases: [] },
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
});
