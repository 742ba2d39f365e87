import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { NotificationTimeliness } from '../../../shared/api/notifications';
import { addDays, dayStartInstant } from '../../../shared/reports/period';
import { api } from '../../api/client';
import { errorText } from '../../lib/error-text';
import { formatRate, notificationRateRows, type RateRow } from '../../reports/notification-rates';
import type { ExtraTable } from '../../reports/report-export';

/** The report's period as the half-open instant range the core counts over (local days, Asia/Shanghai). */
export function periodRange(period: { firstDay: string; lastDay: string }): { from: string; to: string } {
  return { from: dayStartInstant(period.firstDay), to: dayStartInstant(addDays(period.lastDay, 1)) };
}

/** The site's "notified within the limit" counts for the report's period; an error (a role without complaint.read) is kept to be said. */
export function usePeriodTimeliness(period: { firstDay: string; lastDay: string }): { stats: NotificationTimeliness | null; error: unknown } {
  const [state, setState] = useState<{ stats: NotificationTimeliness | null; error: unknown }>({ stats: null, error: null });
  const { firstDay, lastDay } = period;
  useEffect(() => {
    let live = true;
    setState({ stats: null, error: null });
    api
      .call('notifications.timeliness', periodRange({ firstDay, lastDay }))
      .then((stats) => live && setState({ stats, error: null }))
      .catch((error: unknown) => live && setState({ stats: null, error }));
    return () => {
      live = false;
    };
  }, [firstDay, lastDay]);
  return state;
}

function denominatorText(row: RateRow, t: TFunction): string {
  return row.denominator ? t(`reports.notificationRates.of.${row.denominator.id}`, { count: row.denominator.value }) : '';
}

/** The same rows for the report's xlsx and CSV: count, rate as a number (empty when there is none), its denominator in words. */
export function notificationRatesTable(stats: NotificationTimeliness, t: TFunction): ExtraTable {
  return {
    name: t('reports.notificationRates.title'),
    header: [t('reports.notificationRates.item'), t('reports.notificationRates.count'), t('reports.notificationRates.rate'), t('reports.notificationRates.denominator')],
    rows: notificationRateRows(stats).map((row) => [t(`reports.notificationRates.rows.${row.id}`), row.count, row.rate, denominatorText(row, t)]),
    rateColumns: [3],
  };
}

/** 通知时效: the period's notifications raised by the rule pack and how they were handled, each a count and a share of a stated count. */
export function NotificationRatesPanel({ stats, error }: { stats: NotificationTimeliness | null; error: unknown }) {
  const { t } = useTranslation();
  return (
    <section className="card" data-testid="report-notification-rates" aria-label={t('reports.notificationRates.title')}>
      <h3>{t('reports.notificationRates.title')}</h3>
      <p className="muted">{t('reports.notificationRates.note')}</p>
      {error !== null && <p className="muted" role="status">{errorText(error, t)}</p>}
      {stats && (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.notificationRates.item')}</th>
              <th scope="col">{t('reports.notificationRates.count')}</th>
              <th scope="col">{t('reports.notificationRates.rate')}</th>
              <th scope="col">{t('reports.notificationRates.denominator')}</th>
            </tr>
          </thead>
          <tbody>
            {notificationRateRows(stats).map((row) => (
              <tr key={row.id} data-rate={row.id}>
                <th scope="row">{t(`reports.notificationRates.rows.${row.id}`)}</th>
                <td className="num" data-testid={`rate-count-${row.id}`}>{row.count}</td>
                <td className="num" data-testid={`rate-value-${row.id}`}>{row.denominator ? formatRate(row.rate) : ''}</td>
                <td data-testid={`rate-of-${row.id}`}>{denominatorText(row, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
