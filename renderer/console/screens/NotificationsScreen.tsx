import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleNotification, NotificationSort } from '../../../shared/sync/console-notifications';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ActionsHeader } from '../../components/ActionsHeader';
import { formatInstant } from '../../lib/zoned-time';
import { recipientsText } from '../../screens/notifications/notification-text';
import { pick } from '../../screens/settings/rule-pack-text';
import { useConsoleNav } from '../stores/console-nav-store';
import { useConsoleNotifications } from '../stores/console-notifications-store';
import { PAGE_SIZE } from '../stores/records-store';
import { useSitesStore } from '../stores/sites-store';
import { ListCount, PeriodFilter, SortHeader } from './ListControls';
import { Pager } from './Pager';
import { SiteSelect } from './SiteSelect';
import { useCitation } from '../../components/SourceCitation';

/**
 * 通知: head office's inbox — what sites' rule packs oblige them to tell head
 * office (报备总公司, 报总行…), acknowledged here and sent back to the site —
 * and, on request, every site's notifications with their limits, whether they
 * were acknowledged in time, and escalations.
 */
export function NotificationsScreen() {
  const { t } = useTranslation();
  const { query, rows, total, open, error, load } = useConsoleNotifications();
  const sites = useSitesStore((s) => s.sites);
  const loadSites = useSitesStore((s) => s.load);

  // A function, not a nested component: a component made anew each render would remount its button mid-click.
  const sortable = (column: NotificationSort, label: string) => (
    <SortHeader column={column} current={query} defaultKey="createdAt" onSort={(sorting) => void load({ ...query, ...sorting, offset: 0 })}>
      {label}
    </SortHeader>
  );

  useEffect(() => {
    void load(query);
    if (!sites) void loadSites();
    // Once on entry, with the filters kept from the last visit.
  }, []);

  return (
    <section className="page" data-testid="console-notifications">
      <header className="page-header">
        <h2 className="page-title">{t('notifications.console.title')}</h2>
        <span className="muted" data-testid="console-notifications-open">
          {t('notifications.console.open', { count: open })}
        </span>
      </header>
      <NotificationFilters />
      <ErrorBanner messages={error ? [error] : []} />
      {rows && <ListCount total={total} />}
      {rows && rows.length === 0 && <p className="muted">{t('console.empty')}</p>}
      <div className="table-wrap">
        <table className="table" data-testid="console-notifications-table">
          <thead>
            <tr>
              {sortable('site', t('console.complaints.site'))}
              <th>{t('console.complaints.serial')}</th>
              <th>{t('notifications.notify')}</th>
              <th>{t('notifications.to')}</th>
              {sortable('dueAt', t('notifications.due'))}
              <th>{t('notifications.console.status')}</th>
              <th>{t('notifications.source')}</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>{(rows ?? []).map((row) => <NotificationRow key={`${row.siteId}/${row.id}`} row={row} />)}</tbody>
        </table>
      </div>
      <Pager offset={query.offset ?? 0} pageSize={PAGE_SIZE} shown={rows?.length ?? 0} total={total} onPage={(offset) => void load({ ...query, offset })} />
    </section>
  );
}

function NotificationRow({ row }: { row: ConsoleNotification }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const go = useConsoleNav((s) => s.go);
  const acknowledge = useConsoleNotifications((s) => s.acknowledge);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onAcknowledge = () => {
    setBusy(true);
    setError(null);
    acknowledge(row)
      .catch((e: unknown) => setError((e as Error).message))
      .finally(() => setBusy(false));
  };
  const status = row.acknowledgedAt
    ? t(row.acknowledgedAtHeadOffice ? 'notifications.acknowledgedAtHeadOffice' : 'notifications.acknowledged', { name: row.acknowledgedByName ?? '', at: formatInstant(row.acknowledgedAt) })
    : t('notifications.notAcknowledged');
  return (
    <tr data-testid="console-notification-row" className={row.overdue ? 'row-overdue' : undefined}>
      <td className="mono">{row.siteCode}</td>
      <td>
        <button type="button" className="link-button serial" onClick={() => go({ page: 'complaint', siteId: row.siteId, id: row.complaintId })}>
          {row.serial ?? row.complaintId}
        </button>
      </td>
      <td>
        {row.notify.map((n) => pick(n, i18n.language)).join(t('common.listSeparator'))}
        {row.level > 0 && <span className="tag"> {t('notifications.tags.level', { level: row.level })}</span>}
      </td>
      <td>{recipientsText(row.recipients, t)}</td>
      <td>
        {row.dueAt ? formatInstant(row.dueAt) : t('notifications.noDue')}
        {row.overdue && <span className="tag"> {t('notifications.tags.overdue')}</span>}
      </td>
      <td data-testid="console-notification-status">
        {status}
        {row.emailedAt && <div className="muted">{t('notifications.console.emailed', { at: formatInstant(row.emailedAt) })}</div>}
        {error && <ErrorBanner messages={[error]} />}
      </td>
      <td className="muted">{cite(row.source)}</td>
      <td>
        {row.canAcknowledge && (
          <button type="button" className="button primary" data-testid="console-notification-acknowledge" disabled={busy} onClick={onAcknowledge}>
            {t('notifications.acknowledge')}
          </button>
        )}
      </td>
    </tr>
  );
}

/** Scope (head office's inbox or every site's), state, site and the period raised. */
function NotificationFilters() {
  const { t } = useTranslation();
  const { query, load } = useConsoleNotifications();
  return (
    <div className="console-filters">
      <label>
        {t('notifications.console.scope')}{' '}
        <select className="toolbar-select" data-testid="notifications-scope" value={query.scope ?? 'headOffice'} onChange={(e) => void load({ ...query, scope: e.target.value as 'headOffice' | 'all', offset: 0 })}>
          <option value="headOffice">{t('notifications.console.scopes.headOffice')}</option>
          <option value="all">{t('notifications.console.scopes.all')}</option>
        </select>
      </label>
      <label>
        {t('notifications.console.state')}{' '}
        <select className="toolbar-select" data-testid="notifications-state" value={query.state ?? 'open'} onChange={(e) => void load({ ...query, state: e.target.value as 'open' | 'overdue' | 'all', offset: 0 })}>
          {(['open', 'overdue', 'all'] as const).map((state) => (
            <option key={state} value={state}>
              {t(`notifications.console.states.${state}`)}
            </option>
          ))}
        </select>
      </label>
      <SiteSelect value={query.siteId} label={t('console.complaints.site')} onChange={(siteId) => void load({ ...query, siteId, offset: 0 })} />
      <PeriodFilter value={query} onChange={(period) => void load({ ...query, ...period, offset: 0 })} />
    </div>
  );
}
