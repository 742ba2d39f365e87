import { useTranslation } from 'react-i18next';
import type { OverviewResponse } from '../../../shared/sync/console-reports-api';
import { currentLanguage } from '../../i18n/i18n';
import { formatMoment, relativeMoment } from '../../lib/locale-format';

type AttentionRow = OverviewResponse['attention'][number];

/** A site needs someone when it has overdue or escalated open cases, a checklist with a failed veto item, or has not synced within 24 h (or ever). */
export function needsAttention(row: AttentionRow): boolean {
  return row.overdue > 0 || row.escalated > 0 || row.vetoFailures > 0 || row.sync !== 'recent';
}

const SYNC_RANK = { never: 0, stale: 1, recent: 2 } as const;

/** Sites needing attention first, the most overdue and escalated at the top; then by code so the order stays put between loads. */
export function attentionOrder(rows: readonly AttentionRow[]): AttentionRow[] {
  return [...rows].sort(
    (a, b) =>
      Number(needsAttention(b)) - Number(needsAttention(a)) ||
      b.overdue - a.overdue ||
      b.escalated - a.escalated ||
      b.vetoFailures - a.vetoFailures ||
      SYNC_RANK[a.sync] - SYNC_RANK[b.sync] ||
      a.code.localeCompare(b.code),
  );
}

/** 需要关注: per site, overdue and escalated open cases, checklists with a failed veto item, and how long since it last synced, judged on head office's clock (`asOf`). */
export function AttentionTable({ rows, asOf }: { rows: readonly AttentionRow[]; asOf: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const now = new Date(asOf);
  return (
    <table className="report-table" data-testid="overview-attention">
      <thead>
        <tr>
          <th scope="col">{t('reports.site')}</th>
          <th scope="col">{t('reports.console.overdueCount')}</th>
          <th scope="col">{t('reports.console.escalatedCount')}</th>
          <th scope="col">{t('reports.console.vetoFailureCount')}</th>
          <th scope="col">{t('reports.oldestDue')}</th>
          <th scope="col">{t('reports.console.lastPush')}</th>
          <th scope="col">{t('reports.console.pending')}</th>
        </tr>
      </thead>
      <tbody>
        {attentionOrder(rows).map((a) => (
          <tr key={a.siteId} data-site={a.code} data-attention={needsAttention(a) ? 'yes' : 'no'}>
            <th scope="row">
              {a.code} {a.name}
            </th>
            <td className={a.overdue > 0 ? 'num missed' : 'num'} data-testid="attention-overdue">
              {a.overdue}
            </td>
            <td className={a.escalated > 0 ? 'num missed' : 'num'} data-testid="attention-escalated">
              {a.escalated}
            </td>
            <td className={a.vetoFailures > 0 ? 'num missed' : 'num'} data-testid="attention-veto">
              {a.vetoFailures}
            </td>
            <td>{a.oldestDue ? formatMoment(a.oldestDue, lang) : ''}</td>
            <td className={a.sync === 'recent' ? undefined : 'missed'} data-testid="attention-sync">
              {a.lastPushAt === null ? t('reports.console.syncNever') : relativeMoment(a.lastPushAt, now, lang)}
              {a.sync === 'stale' && ` · ${t('reports.console.syncStale')}`}
            </td>
            <td className="num">{a.pending ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
