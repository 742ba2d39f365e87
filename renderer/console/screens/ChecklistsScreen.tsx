import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_RECORD_STATUSES } from '../../../shared/sync/console-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { currentLanguage } from '../../i18n/i18n';
import { formatInstant } from '../../lib/zoned-time';
import { PAGE_SIZE, useChecklistsPage } from '../stores/records-store';
import { useSitesStore } from '../stores/sites-store';
import { Pager } from './Pager';
import { SiteSelect } from './SiteSelect';

type RecordStatus = (typeof CHECKLIST_RECORD_STATUSES)[number];

/** Checklist records from every site, with the score and grade head office computes from the same template. */
export function ChecklistsScreen() {
  const { t } = useTranslation();
  const { query, rows, total, error, load } = useChecklistsPage();
  const sites = useSitesStore((s) => s.sites);
  const loadSites = useSitesStore((s) => s.load);
  const lang = currentLanguage() === 'en' ? 'en' : 'zh';

  useEffect(() => {
    void load(query);
    if (!sites) void loadSites();
  }, []);

  return (
    <section className="page">
      <header className="page-header">
        <h2 className="page-title">{t('console.checklists.title')}</h2>
      </header>
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
      </div>
      <ErrorBanner messages={error ? [error] : []} />
      <div className="table-wrap">
        <table className="table" data-testid="checklists-table">
          <thead>
            <tr>
              <th>{t('console.complaints.site')}</th>
              <th>{t('console.checklists.template')}</th>
              <th>{t('console.checklists.status')}</th>
              <th>{t('console.checklists.score')}</th>
              <th>{t('console.checklists.grade')}</th>
              <th>{t('console.checklists.started')}</th>
              <th>{t('console.checklists.completed')}</th>
            </tr>
          </thead>
          <tbody>
            {(rows ?? []).map((row) => (
              <tr key={`${row.siteId}/${row.id}`} data-testid="checklist-row">
                <td className="mono">{row.siteCode}</td>
                <td>
                  {row.templateTitle?.[lang] ?? row.templateId} <span className="muted mono">{row.templateVersion}</span>
                </td>
                <td>{row.status === 'draft' || row.status === 'completed' ? t(`console.checklists.statuses.${row.status}`) : row.status}</td>
                <td>{row.score ?? '—'}</td>
                <td>{row.grade?.[lang] ?? '—'}</td>
                <td className="nowrap">{formatInstant(row.startedAt)}</td>
                <td className="nowrap">{formatInstant(row.completedAt)}</td>
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
