import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_COUNT_CAP } from '../../../shared/api/complaints';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { useComplaintsStore } from '../../stores/complaints-store';
import { useNavigationStore } from '../../stores/navigation-store';
import { ComplaintSearch } from './ComplaintSearch';
import { ComplaintTable } from './ComplaintTable';
import { useSitePack } from './grading/use-site-pack';
import { UnitFilter } from './UnitFilter';
import { WORK_LIST_PANEL_ID, WorkListTabs } from './WorkListTabs';
import './complaint-list.css';

/** The register as work lists (全部, 我的待办, 即将到期 …), searchable; a row opens its record. */
export function ComplaintList() {
  const { t } = useTranslation();
  const { items, total, totalCapped, nextCursor, loading, error, list, query, unit, load, loadMore, setList, setQuery, setUnit } = useComplaintsStore();
  const go = useNavigationStore((s) => s.go);
  // Rows carry only the class code: the pack names it (read once, kept in the settings store).
  const pack = useSitePack();

  useEffect(() => {
    void load();
  }, [load]);

  const open = (id: string) => go({ page: 'complaint-detail', id });
  const totalText = total === null ? '' : totalCapped ? t('complaints.totalCapped', { n: LIST_COUNT_CAP }) : t('complaints.total', { n: total });
  const emptyText = query ? t('complaints.emptySearch', { query }) : list === 'all' ? t('complaints.empty') : t('complaints.emptyList');

  return (
    <section className="page">
      <div className="page-header">
        <h2 className="page-title">{t('complaints.title')}</h2>
        <span className="muted" data-testid="complaint-total" aria-live="polite">
          {totalText}
        </span>
        <button type="button" className="button" data-testid="open-customers" onClick={() => go({ page: 'customers' })}>
          {t('customers.open')}
        </button>
        <button type="button" className="button primary" data-testid="new-complaint" onClick={() => go({ page: 'complaint-new' })}>
          {t('complaints.new')}
        </button>
      </div>
      <nav className="register-links" aria-label={t('registers.label')}>
        <button type="button" className="link-button" data-testid="open-opinion-book" onClick={() => go({ page: 'opinion-book' })}>
          {t('registers.opinionBook')}
        </button>
        <button type="button" className="link-button" data-testid="open-media" onClick={() => go({ page: 'media' })}>
          {t('registers.media')}
        </button>
      </nav>
      <div className="work-list-bar">
        <WorkListTabs current={list} onChoose={(next) => void setList(next)} />
        <UnitFilter unit={unit} onChoose={(next) => void setUnit(next)} />
        <ComplaintSearch query={query} onSearch={(text) => void setQuery(text)} />
      </div>
      <div id={WORK_LIST_PANEL_ID} role="tabpanel" aria-labelledby={`work-list-tab-${list}`}>
        <ErrorBanner messages={error ? [errorText(error, t)] : []} />
        {items.length === 0 ? (
          <p className="muted">{loading ? t('complaints.loading') : emptyText}</p>
        ) : (
          <ComplaintTable items={items} pack={pack} onOpen={open} />
        )}
        {nextCursor && (
          <button type="button" className="button" disabled={loading} onClick={() => void loadMore()}>
            {t('complaints.loadMore')}
          </button>
        )}
      </div>
    </section>
  );
}
