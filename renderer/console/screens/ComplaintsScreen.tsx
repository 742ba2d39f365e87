import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_KINDS, type ComplaintKind } from '../../../shared/domain/complaint-vocabulary';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../../../shared/domain/workflow';
import type { ComplaintSort } from '../../../shared/sync/console-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatInstant } from '../../lib/zoned-time';
import { useConsoleNav } from '../stores/console-nav-store';
import { PAGE_SIZE, useComplaintClasses, useComplaintsPage } from '../stores/records-store';
import { useSitesStore } from '../stores/sites-store';
import { ListCount, PeriodFilter, SortHeader } from './ListControls';
import { Pager } from './Pager';
import { SiteSelect } from './SiteSelect';
import { ComplaintStatusTag } from './ComplaintStatusTag';

/**
 * Complaints from every site: filter by site, status, kind (投诉/建议/咨询), class
 * (等级 of the site's rule pack) and period, overdue only, search text; sorted
 * by a column; counted; a page at a time. Every filter is applied by the server.
 */
export function ComplaintsScreen() {
  const { t, i18n } = useTranslation();
  const { query, rows, total, error, load } = useComplaintsPage();
  const go = useConsoleNav((s) => s.go);
  const sites = useSitesStore((s) => s.sites);
  const loadSites = useSitesStore((s) => s.load);
  const [text, setText] = useState(query.q ?? '');
  const classes = useComplaintClasses((s) => s.classes);
  const loadClasses = useComplaintClasses((s) => s.load);
  const en = i18n.language === 'en';
  const classText = (code: string | null) => (code === null ? '—' : (classes.find((c) => c.code === code)?.label[en ? 'en' : 'zh'] ?? code));

  useEffect(() => {
    void load(query);
    if (!sites) void loadSites();
    // Once on entry, with the filters kept from the last visit.
  }, []);
  useEffect(() => {
    void loadClasses(query.siteId);
  }, [query.siteId, loadClasses]);

  // A function, not a nested component: a component made anew each render would remount its button mid-click.
  const sortable = (column: ComplaintSort, label: string) => (
    <SortHeader column={column} current={query} defaultKey="receivedAt" onSort={(sorting) => void load({ ...query, ...sorting, offset: 0 })}>
      {label}
    </SortHeader>
  );

  const search = (event: FormEvent) => {
    event.preventDefault();
    void load({ ...query, q: text.trim() || undefined, offset: 0 });
  };

  return (
    <section className="page">
      <header className="page-header">
        <h2 className="page-title">{t('console.complaints.title')}</h2>
      </header>
      <form className="console-filters" onSubmit={search} role="search">
        <SiteSelect value={query.siteId} label={t('console.complaints.site')} onChange={(siteId) => void load({ ...query, siteId, offset: 0 })} />
        <label>
          {t('console.complaints.status')}{' '}
          <select className="toolbar-select" data-testid="status-filter" value={query.status ?? ''} onChange={(e) => void load({ ...query, status: (e.target.value || undefined) as ComplaintStatus | undefined, offset: 0 })}>
            <option value="">{t('console.complaints.allStatuses')}</option>
            {COMPLAINT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`complaintStatuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('consoleLists.kind')}{' '}
          <select className="toolbar-select" data-testid="kind-filter" value={query.kind ?? ''} onChange={(e) => void load({ ...query, kind: (e.target.value || undefined) as ComplaintKind | undefined, offset: 0 })}>
            <option value="">{t('consoleLists.allKinds')}</option>
            {COMPLAINT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('consoleLists.class')}{' '}
          <select className="toolbar-select" data-testid="class-filter" value={query.classCode ?? ''} onChange={(e) => void load({ ...query, classCode: e.target.value || undefined, offset: 0 })}>
            <option value="">{t('consoleLists.allClasses')}</option>
            {classes.map((c) => (
              <option key={c.code} value={c.code}>
                {en ? c.label.en : c.label.zh}
              </option>
            ))}
          </select>
        </label>
        <PeriodFilter value={query} onChange={(period) => void load({ ...query, ...period, offset: 0 })} />
        <label>
          <input type="checkbox" checked={query.overdue === '1'} onChange={(e) => void load({ ...query, overdue: e.target.checked ? '1' : undefined, offset: 0 })} /> {t('console.complaints.overdueOnly')}
        </label>
        <input type="search" data-testid="complaint-search" aria-label={t('console.complaints.search')} placeholder={t('console.complaints.searchPlaceholder')} value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="button" data-testid="complaint-search-submit">
          {t('console.complaints.search')}
        </button>
      </form>
      <ErrorBanner messages={error ? [error] : []} />
      {rows && <ListCount total={total} />}
      <div className="table-wrap">
        <table className="table" data-testid="complaints-table">
          <thead>
            <tr>
              {sortable('site', t('console.complaints.site'))}
              {sortable('serial', t('console.complaints.serial'))}
              <th>{t('console.complaints.kind')}</th>
              <th>{t('consoleLists.class')}</th>
              {sortable('status', t('console.complaints.status'))}
              {sortable('receivedAt', t('console.complaints.received'))}
              {sortable('dueAt', t('console.complaints.due'))}
              <th>{t('console.complaints.summary')}</th>
            </tr>
          </thead>
          <tbody>
            {(rows ?? []).map((row) => (
              <tr key={`${row.siteId}/${row.id}`} data-testid="complaint-row">
                <td className="mono">{row.siteCode}</td>
                <td>
                  <button type="button" className="link-button serial" onClick={() => go({ page: 'complaint', siteId: row.siteId, id: row.id })}>
                    {row.serial ?? row.id}
                  </button>
                </td>
                <td>{row.kind === 'complaint' || row.kind === 'suggestion' || row.kind === 'inquiry' ? t(`kinds.${row.kind}`) : row.kind}</td>
                <td data-testid="complaint-class">{classText(row.classCode)}</td>
                <td>
                  <ComplaintStatusTag status={row.status} />
                </td>
                <td className="nowrap">{formatInstant(row.receivedAt)}</td>
                <td className="nowrap">
                  {formatInstant(row.dueAt)} {row.overdue && <span className="tag tag-escalated">{t('console.complaints.overdue')}</span>}
                </td>
                <td>{row.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows?.length === 0 && <p className="muted">{t('console.empty')}</p>}
      </div>
      <Pager offset={query.offset ?? 0} pageSize={PAGE_SIZE} shown={rows?.length ?? 0} total={total} onPage={(offset) => void load({ ...query, offset })} />
    </section>
  );
}
