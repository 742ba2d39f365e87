import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { queryString } from '../../renderer/console/api/console-client';
import { ConsoleNotificationRates, useConsoleNotificationRates } from '../../renderer/console/screens/ConsoleNotificationRates';
import { setLanguage } from '../../renderer/i18n/i18n';
import type { NotificationTimeliness } from '../../shared/api/notifications';
import { parsePeriod } from '../../shared/reports/period';
import { CONSOLE_REPORT_PATHS, type NotificationRatesResponse } from '../../shared/sync/console-reports-api';
import { stubConsoleServer } from './console-server-stub';

/** The console's 通知时效: per site and all sites, each cell count / denominator · share, — where the denominator is 0. */
const server = stubConsoleServer();

/** The screen's wiring: the hook asks head office for the period, the table shows the answer. */
function RatesOf({ kind, periodKey }: { kind: 'month'; periodKey: string }) {
  return <ConsoleNotificationRates {...useConsoleNotificationRates(kind, periodKey)} />;
}

const yy: NotificationTimeliness = { raised: 6, acknowledgeRequired: 5, withDue: 4, acknowledgedWithinLimit: 2, acknowledgedLate: 1, unacknowledged: 2, escalated: 1, phoneRequired: 0, phoneConfirmed: 0, writtenRequired: 1, writtenOnTime: 1 };
const bk: NotificationTimeliness = { raised: 1, acknowledgeRequired: 1, withDue: 1, acknowledgedWithinLimit: 0, acknowledgedLate: 1, unacknowledged: 0, escalated: 0, phoneRequired: 1, phoneConfirmed: 0, writtenRequired: 1, writtenOnTime: 0 };
const total: NotificationTimeliness = { raised: 7, acknowledgeRequired: 6, withDue: 5, acknowledgedWithinLimit: 2, acknowledgedLate: 2, unacknowledged: 2, escalated: 1, phoneRequired: 1, phoneConfirmed: 0, writtenRequired: 2, writtenOnTime: 1 };
const response: NotificationRatesResponse = {
  period: parsePeriod('month', '2026-11')!,
  sites: [
    { siteId: 's-yy', code: 'YY42', name: '阳42井站', stats: yy },
    { siteId: 's-bk', code: 'BK01', name: '营业网点', stats: bk },
  ],
  total,
};

describe('console 通知时效', () => {
  it('shows each site and all sites, with the denominator of every share and — where there is none', async () => {
    await act(() => setLanguage('zh-CN'));
    server.routes = { [`GET ${CONSOLE_REPORT_PATHS.notificationRates}${queryString({ kind: 'month', key: '2026-11' })}`]: () => ({ status: 200, json: response }) };
    render(<RatesOf kind="month" periodKey="2026-11" />);
    const panel = await screen.findByTestId('console-notification-rates');
    const cell = (site: string, rate: string) => (found(panel.querySelector(`tr[data-site="${site}"] td[data-rate="${rate}"]`))).textContent;
    await screen.findByText('YY42 阳42井站');
    expect(cell('s-yy', 'raised')).toBe('6');
    expect(cell('s-yy', 'withinLimit')).toBe('2 / 4 · 50.0%');
    expect(cell('s-yy', 'unacknowledged')).toBe('2 / 5 · 40.0%');
    expect(cell('s-yy', 'phone')).toBe('0 / 0 · —');
    expect(cell('s-bk', 'phone')).toBe('0 / 1 · 0.0%');
    expect(cell('s-bk', 'written')).toBe('0 / 1 · 0.0%');
    expect(cell('all', 'late')).toBe('2 / 5 · 40.0%');
    expect(cell('all', 'written')).toBe('1 / 2 · 50.0%');
    expect(panel.textContent).toContain('全部网点');
    await act(() => setLanguage('en'));
    expect(panel.textContent).toContain('Acknowledged within the limit');
    expect(panel.textContent).toContain('All sites');
    await act(() => setLanguage('zh-CN'));
  });
});

function found<T>(value: T | null): T {
  if (value === null) throw new Error('cell not found');
  return value;
}
