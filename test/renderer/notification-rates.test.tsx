import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import type { NotificationTimeliness } from '../../shared/api/notifications';
import { assembleReport, measureHeads } from '../../shared/reports/compute';
import { REPORT_DEFINITIONS } from '../../shared/reports/definitions';
import { bucketKeys, parsePeriod } from '../../shared/reports/period';
import { i18n } from '../../renderer/i18n/i18n';
import { reportCsv } from '../../renderer/reports/report-export';
import { reportLabels } from '../../renderer/reports/use-report-labels';
import { notificationRatesTable } from '../../renderer/screens/reports/NotificationRatesPanel';
import { renderSignedIn, wangjg } from './fixtures';

/** The 报表 page's 通知时效 panel against a fake core: counts, shares over stated denominators, — where a denominator is 0. */
const definition = REPORT_DEFINITIONS.find((d) => d.id === 'sichuan-p6-analysis')!;
const period = parsePeriod('month', '2026-03')!;
const buckets = bucketKeys(period, 'week');
const result = assembleReport(
  { definition: { ...definition, dimensions: ['channel'] }, period, bucket: 'week', buckets, asOf: '2026-03-20T00:00:00.000Z', siteId: 's', unit: null },
  { measures: [{ group_key: buckets[0], received__n: 1, complaints__n: 1 }], dimensions: [{ dimension: 'channel', rows: [{ value: 'phone', label: null, bucket: buckets[0], n: 1 }] }] },
  () => undefined,
);
const meta = { definitions: [{ ...definition, heads: measureHeads(definition) }], units: [], restrictedUnit: null, today: '2026-03-20' };

/** 8 raised, 6 owe acknowledgement of which 5 have a limit: 3 in time, 1 late, 2 not (one of them without a limit), 1 escalated; no phone call asked for; 1 of 2 written reports on time. */
const stats: NotificationTimeliness = {
  raised: 8,
  acknowledgeRequired: 6,
  withDue: 5,
  acknowledgedWithinLimit: 3,
  acknowledgedLate: 1,
  unacknowledged: 2,
  escalated: 1,
  phoneRequired: 0,
  phoneConfirmed: 0,
  writtenRequired: 2,
  writtenOnTime: 1,
};

function handlers(timeliness: () => unknown) {
  return {
    'reports.definitions': () => meta,
    'reports.run': () => result,
    'reports.overdue': () => ({ complaints: { asOf: result.asOf, summary: [], cases: [] }, items: [] }),
    'reports.cadence': () => ({ period, today: '2026-03-20', schedules: [] }),
    'notifications.timeliness': timeliness,
  };
}

describe('报表: notified within the limit', () => {
  it('shows each count with its share of the stated denominator, over the report’s period in Beijing time; no share when the denominator is 0', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(wangjg, handlers(() => stats));
    await user.click(screen.getByTestId('nav-reports'));
    await user.click(await screen.findByTestId('report-run'));
    const panel = await screen.findByTestId('report-notification-rates');
    await waitFor(() => expect(within(panel).getByTestId('rate-count-raised').textContent).toBe('8'));
    // March 2026 in Asia/Shanghai: from 1 March 00:00 to 1 April 00:00 local.
    expect(bridge.callsTo('notifications.timeliness')[0]!.input).toEqual({ from: '2026-02-28T16:00:00.000Z', to: '2026-03-31T16:00:00.000Z' });
    const value = (id: string) => within(panel).getByTestId(`rate-value-${id}`).textContent;
    const of = (id: string) => within(panel).getByTestId(`rate-of-${id}`).textContent;
    expect(value('raised')).toBe('');
    expect(value('withinLimit')).toBe('60.0%'); // 3 / 5
    expect(of('withinLimit')).toBe('须确认且有时限的 5 条');
    expect(value('late')).toBe('20.0%'); // 1 / 5
    expect(value('unacknowledged')).toBe('33.3%'); // 2 / 6
    expect(of('unacknowledged')).toBe('须确认的 6 条（抄送不计）');
    expect(value('escalated')).toBe('20.0%'); // 1 / 5
    expect(within(panel).getByTestId('rate-count-phone').textContent).toBe('0');
    expect(value('phone')).toBe('—'); // 0 of 0: no share, not 0%
    expect(of('phone')).toBe('须电话核实的 0 条');
    expect(value('written')).toBe('50.0%'); // 1 / 2
    await user.click(screen.getByTestId('lang-toggle'));
    await waitFor(() => expect(of('withinLimit')).toBe('of 5 to acknowledge with a limit'));
    expect(within(panel).getByText('Acknowledged within the limit')).toBeTruthy();
  });

  it('a period with no notification shows every share as —', async () => {
    const user = userEvent.setup();
    const zero = Object.fromEntries(Object.keys(stats).map((k) => [k, 0])) as NotificationTimeliness;
    await renderSignedIn(wangjg, handlers(() => zero));
    await user.click(screen.getByTestId('nav-reports'));
    await user.click(await screen.findByTestId('report-run'));
    const panel = await screen.findByTestId('report-notification-rates');
    await waitFor(() => expect(within(panel).getByTestId('rate-count-raised').textContent).toBe('0'));
    for (const id of ['withinLimit', 'late', 'unacknowledged', 'escalated', 'phone', 'written']) expect(within(panel).getByTestId(`rate-value-${id}`).textContent).toBe('—');
  });

  it('says the core’s refusal and still shows the report', async () => {
    const user = userEvent.setup();
    await renderSignedIn(wangjg, handlers(() => { throw ApiError.because('FORBIDDEN', 'errors.forbidden'); }));
    await user.click(screen.getByTestId('nav-reports'));
    await user.click(await screen.findByTestId('report-run'));
    const panel = await screen.findByTestId('report-notification-rates');
    await waitFor(() => expect(within(panel).getByRole('status').textContent).not.toBe(''));
    expect(within(panel).queryByRole('table')).toBeNull();
    expect(screen.getByTestId('report-measures')).toBeTruthy();
  });

  it('the report’s CSV carries the table: counts, shares as the screen shows them, empty where there is none', async () => {
    await i18n.changeLanguage('zh-CN');
    const t = i18n.getFixedT('zh-CN');
    const labels = reportLabels(t, 'zh-CN', { pack: null, siteNames: {} });
    const csv = reportCsv(result, labels, [notificationRatesTable({ ...stats, writtenRequired: 0, writtenOnTime: 0 }, t)]);
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data;
    const start = rows.findIndex((r) => r[0] === '项目');
    expect(rows[start]).toEqual(['项目', '数量', '占比', '分母']);
    expect(rows[start + 1]).toEqual(['产生的通知', '8', '', '']);
    expect(rows[start + 2]).toEqual(['时限内确认收到', '3', '60.0%', '须确认且有时限的 5 条']);
    expect(rows[start + 7]).toEqual(['书面报告按时', '0', '', '须书面报告的 0 条']);
  });
});
