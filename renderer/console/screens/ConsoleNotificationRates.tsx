import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../../shared/reports/period';
import { CONSOLE_REPORT_PATHS, notificationRatesResponseSchema, type NotificationRatesResponse } from '../../../shared/sync/console-reports-api';
import type { NotificationTimeliness } from '../../../shared/api/notifications';
import { formatRate, notificationRateRows, RATE_ROWS } from '../../reports/notification-rates';
import { consoleCall, queryString } from '../api/console-client';

/** One cell: the count, and where it is a share, "of how many" and the share (— with nothing to divide by). */
function cellText(stats: NotificationTimeliness, id: (typeof RATE_ROWS)[number]['id']): string {
  const row = notificationRateRows(stats).find((r) => r.id === id)!;
  return row.denominator ? `${row.count} / ${row.denominator.value} · ${formatRate(row.rate)}` : String(row.count);
}

/** 通知时效 at head office: each site's notifications of the period and how they were handled, then every site together. */
export function ConsoleNotificationRates({ kind, periodKey }: { kind: PeriodKind; periodKey: string }) {
  const { t } = useTranslation();
  const [data, setData] = useState<NotificationRatesResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    consoleCall('GET', `${CONSOLE_REPORT_PATHS.notificationRates}${queryString({ kind, key: periodKey })}`, notificationRatesResponseSchema).then(
      (d) => live && (setData(d), setError(null)),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [kind, periodKey]);
  const rows = data ? [...data.sites.map((s) => ({ key: s.siteId, name: `${s.code} ${s.name}`, stats: s.stats })), { key: '', name: t('reports.notificationRates.allSites'), stats: data.total }] : [];
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
