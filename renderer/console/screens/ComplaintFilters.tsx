import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_KINDS, type ComplaintKind } from '../../../shared/domain/complaint-vocabulary';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../../../shared/domain/workflow';
import type { ComplaintClass, ComplaintsQuery } from '../../../shared/sync/console-api';
import { PeriodFilter } from './ListControls';
import { SiteSelect } from './SiteSelect';

interface ComplaintFiltersProps {
  query: ComplaintsQuery;
  classes: ComplaintClass[];
  /** Loads the first page for the filters changed. */
  load: (query: ComplaintsQuery) => Promise<void>;
}

/** The complaint list's filters: site, status, kind, class, period, overdue only, and the search text (applied on 搜索). */
export function ComplaintFilters({ query, classes, load }: ComplaintFiltersProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(query.q ?? '');
  const en = i18n.language === 'en';
  const search = (event: FormEvent) => {
    event.preventDefault();
    void load({ ...query, q: text.trim() || undefined, offset: 0 });
  };
  return (
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
  );
}
