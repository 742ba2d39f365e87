import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SHIPPED_TEMPLATES } from '../../../shared/checklists/templates';
import { CHECKLIST_RECORD_STATUSES, type ChecklistSort } from '../../../shared/sync/console-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { currentLanguage } from '../../i18n/i18n';
import { formatInstant } from '../../lib/zoned-time';
import { useConsoleNav } from '../stores/console-nav-store';
import { PAGE_SIZE, useChecklistsPage } from '../stores/records-store';
import { useSitesStore } from '../stores/sites-store';
import { ListCount, PeriodFilter, SortHeader } from './ListControls';
import { Pager } from './Pager';
import { SiteSelect } from './SiteSelect';

type RecordStatus = (typeof CHECKLIST_RECORD_STATUSES)[number];

/** One choice per shipped template id (its versions share the id the records are filtered by). */
const templateChoices = SHIPPED_TEMPLATES.filter((template, i) => SHIPPED_TEMPLATES.findIndex((other) => other.id === template.id) === i);

/** Checklist records from every site, with the score and grade head office computes from the same template; filtered by site, status, template and period, sorted, counted. */
export function ChecklistsScreen() {
  const { t } = useTranslation();
  const { query, rows, total, error, load } = useChecklistsPage();
  const sites = useSitesStore((s) => s.sites);
  const loadSites = useSitesStore((s) => s.load);

  // A function, not a nested component: a component made anew each render would remount its button mid-click.
  const sortable = (column: ChecklistSort, label: string) => (
    <SortHeader column={column} current={query} defaultKey="startedAt" onSort={(sorting) => void load({ ...query, ...sorting, offset: 0 })}>
      {label}
    </SortHeader>
  );

  useEffect(() => {
    void load(query);
    if (!sites) void loadSites();
  }, []);

  return (
    <section className="page">
      <header className="page-header">
        <h2 className="page-title">{t('console.checklists.title')}</h2>
      </header>
      <ChecklistFilters query={query} load={load} />
      <ErrorBanner messages={error ? [error] : []} />
      {rows && <ListCount total={total} />}
      <div className="table-wrap">
        <table className="table" data-testid="checklists-table">
          <thead>
            <tr>
              {sortable('site', t('console.complaints.site'))}
              {sortable('template', t('console.checklists.template'))}
              <th>{t('console.checklists.status')}</th>
              <th>{t('console.checklists.score')}</th>
              <th>{t('console.checklists.grade')}</th>
              {sortable('startedAt', t('console.checklists.started'))}
              {sortable('completedAt', t('console.checklists.completed'))}
            </tr>
          </thead>
          <tbody>
            {(rows ?? []).map((row) => (
              <ChecklistRow key={`${row.siteId}/${row.id}`} row={row} />
            ))}
          </tbody>
        </table>
        {rows?.length === 0 && <p className="muted">{t('console.empty')}</p>}
      </div>
      <Pager offset={query.offset ?? 0} pageSize={PAGE_SIZE} shown={rows?.length ?? 0} total={total} onPage={(offset) => void load({ ...query, offset })} />
    </section>
  );
}

type ChecklistsPage = ReturnType<typeof useChecklistsPage.getState>;

/** Filters: site, status, template (one per shipped id) and period; each change reloads from the first page. */
function ChecklistFilters({ query, load }: Pick<ChecklistsPage, 'query' | 'load'>) {
  const { t } = useTranslation();
  const lang = currentLanguage() === 'en' ? 'en' : 'zh';
  return (
    <div className="console-filters">
      <SiteSelect value={query.siteId} label={t('console.complaints.site')} onChange={(siteId) => void load({ ...query, siteId, offset: 0 })} />
      <label>
        {t('console.checklists.status')}{' '}
        <select className="toolbar-select" value={query.status ?? ''} onChange={(e) => void load({ ...query, status: (e.target.value || undefined) as RecordStatus | undefined, offset: 0 })}>
          <option value="">{t('console.complaints.allStatuses')}</option>
          {CHECKLIST_RECORD_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`console.checklists.statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('consoleLists.template')}{' '}
        <select className="toolbar-select" data-testid="template-filter" value={query.templateId ?? ''} onChange={(e) => void load({ ...query, templateId: e.target.value || undefined, offset: 0 })}>
          <option value="">{t('consoleLists.allTemplates')}</option>
          {templateChoices.map((template) => (
            <option key={template.id} value={template.id}>
              {template.title[lang]}
            </option>
          ))}
        </select>
      </label>
      <PeriodFilter value={query} onChange={(period) => void load({ ...query, ...period, offset: 0 })} />
    </div>
  );
}

/** A record: its site, template (opens it), status, score, grade and times. */
function ChecklistRow({ row }: { row: NonNullable<ChecklistsPage['rows']>[number] }) {
  const { t } = useTranslation();
  const go = useConsoleNav((s) => s.go);
  const lang = currentLanguage() === 'en' ? 'en' : 'zh';
  return (
    <tr data-testid="checklist-row">
      <td className="mono">{row.siteCode}</td>
      <td>
        <button type="button" className="link-button" data-testid="open-checklist" onClick={() => go({ page: 'checklist', siteId: row.siteId, id: row.id })}>
          {row.templateTitle?.[lang] ?? row.templateId}
        </button>{' '}
        <span className="muted mono">{row.templateVersion}</span>
      </td>
      <td>{row.status === 'draft' || row.status === 'completed' ? t(`console.checklists.statuses.${row.status}`) : row.status}</td>
      <td>{row.score ?? '—'}</td>
      <td>{row.grade?.[lang] ?? '—'}</td>
      <td className="nowrap">{formatInstant(row.startedAt)}</td>
      <td className="nowrap">{formatInstant(row.completedAt)}</td>
    </tr>
  );
}
