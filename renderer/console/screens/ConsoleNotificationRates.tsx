import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { PeriodKind } from '../../../shared/reports/period';
import { CONSOLE_REPORT_PATHS, notificationRatesResponseSchema, type NotificationRatesResponse } from '../../../shared/sync/console-reports-api';
import type { NotificationTimeliness } from '../../../shared/api/notifications';
import { formatRate, notificationRateRows, RATE_ROWS } from '../../reports/notification-rates';
import type { ExtraTable } from '../../reports/report-export';
import { consoleCall, queryString } from '../api/console-client';

export interface ConsoleRatesState {
  data: NotificationRatesResponse | null;
  error: string | null;
}

/** The period's 通知时效 from head office; the screen holds it so the table and the report's exports show the same answer. */
export function useConsoleNotificationRates(kind: PeriodKind | null, periodKey: string | null): ConsoleRatesState {
  const [state, setState] = useState<ConsoleRatesState>({ data: null, error: null });
  useEffect(() => {
    if (!kind || !periodKey) return;
    let live = true;
    setState({ data: null, error: null });
    consoleCall('GET', `${CONSOLE_REPORT_PATHS.notificationRates}${queryString({ kind, key: periodKey })}`, notificationRatesResponseSchema).then(
      (data) => live && setState({ data, error: null }),
      (e: unknown) => live && setState({ data: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [kind, periodKey]);
  return state;
}

/** The table's rows: each site, then every site together. */
function siteRows(data: NotificationRatesResponse, t: TFunction): { key: string; name: string; stats: NotificationTimeliness }[] {
  return [...data.sites.map((s) => ({ key: s.siteId, name: `${s.code} ${s.name}`, stats: s.stats })), { key: '', name: t('reports.notificationRates.allSites'), stats: data.total }];
}

/** One cell: the count, and where it is a share, "of how many" and the share (— with nothing to divide by). */
function cellText(stats: NotificationTimeliness, id: (typeof RATE_ROWS)[number]['id']): string {
  const row = notificationRateRows(stats).find((r) => r.id === id)!;
  return row.denominator ? `${row.count} / ${row.denominator.value} · ${formatRate(row.rate)}` : String(row.count);
}

/**
 * The same table for the report's xlsx and CSV: a row per site and the total
 * row, and for each column of the screen its count, then (for a share) the
 * denominator and the share as numbers, so a spreadsheet can check them; a
 * zero denominator leaves the share empty, as — on screen.
 */
export function consoleNotificationRatesTable(data: NotificationRatesResponse, t: TFunction): ExtraTable {
  const header = [t('reports.site')];
  const rateColumns: number[] = [];
  for (const r of RATE_ROWS) {
    const item = t(`reports.notificationRates.rows.${r.id}`);
    header.push(item);
    if (r.of === null) continue;
    header.push(t('reports.notificationRates.ofColumn', { item }), t('reports.notificationRates.rateColumn', { item }));
    rateColumns.push(header.length);
  }
  const rows = siteRows(data, t).map(({ name, stats }) => [name, ...notificationRateRows(stats).flatMap((row) => (row.denominator ? [row.count, row.denominator.value, row.rate] : [row.count]))]);
  return { name: t('reports.notificationRates.title'), header, rows, rateColumns };
}

/** 通知时效 at head office: each site's notifications of the period and how they were handled, then every site together. */
export function ConsoleNotificationRates({ data, error }: ConsoleRatesState) {
  const { t } = useTranslation();
  const rows = data ? siteRows(data, t) : [];
  return (
    <section className="card" data-testid="console-notification-rates" aria-label={t('reports.notificationRates.title')}>
      <h3>{t('reports.notificationRates.title')}</h3>
      <p className="muted">{t('reports.notificationRates.consoleNote')}</p>
      {error && <p className="muted" role="status">{error}</p>}
      {data && (
        <div className="table-scroll">
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t('reports.site')}</th>
                {RATE_ROWS.map((r) => (
                  <th key={r.id} scope="col">
                    {t(`reports.notificationRates.rows.${r.id}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-site={row.key || 'all'}>
                  <th scope="row">{row.name}</th>
                  {RATE_ROWS.map((r) => (
                    <td key={r.id} className="num" data-rate={r.id}>
                      {cellText(row.stats, r.id)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
