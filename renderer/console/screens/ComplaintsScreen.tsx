import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PAGE_SIZE, useComplaintClasses, useComplaintsPage } from '../stores/records-store';
import { useSitesStore } from '../stores/sites-store';
import { ComplaintFilters } from './ComplaintFilters';
import { ComplaintsTable } from './ComplaintsTable';
import { ListCount } from './ListControls';
import { Pager } from './Pager';

/**
 * Complaints from every site: filter by site, status, kind (投诉/建议/咨询), class
 * (等级 of the site's rule pack) and period, overdue only, search text; sorted
 * by a column; counted; a page at a time. Every filter is applied by the server.
 */
export function ComplaintsScreen() {
  const { t } = useTranslation();
  const { query, rows, total, error, load } = useComplaintsPage();
  const sites = useSitesStore((s) => s.sites);
  const loadSites = useSitesStore((s) => s.load);
  const classes = useComplaintClasses((s) => s.classes);
  const loadClasses = useComplaintClasses((s) => s.load);

  useEffect(() => {
    void load(query);
    if (!sites) void loadSites();
    // Once on entry, with the filters kept from the last visit.
  }, []);
  useEffect(() => {
    void loadClasses(query.siteId);
  }, [query.siteId, loadClasses]);

  return (
    <section className="page">
      <header className="page-header">
        <h2 className="page-title">{t('console.complaints.title')}</h2>
      </header>
      <ComplaintFilters query={query} classes={classes} load={load} />
      <ErrorBanner messages={error ? [error] : []} />
      {rows && <ListCount total={total} />}
      <div className="table-wrap">
        <ComplaintsTable rows={rows} query={query} classes={classes} load={load} />
        {rows?.length === 0 && <p className="muted">{t('console.empty')}</p>}
      </div>
      <Pager offset={query.offset ?? 0} pageSize={PAGE_SIZE} shown={rows?.length ?? 0} total={total} onPage={(offset) => void load({ ...query, offset })} />
    </section>
  );
}
