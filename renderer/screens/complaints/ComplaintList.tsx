import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTimeZone } from '../../hooks/use-time-zone';
import { errorText } from '../../lib/error-text';
import { summarise } from '../../lib/summarise';
import { formatInstant } from '../../lib/zoned-time';
import { useComplaintsStore } from '../../stores/complaints-store';
import { useNavigationStore } from '../../stores/navigation-store';
import { useSettingsStore } from '../../stores/settings-store';
import { ClassCell, rowState } from './grading/ClassCell';

const SUMMARY_LENGTH = 40;

/** The register, newest first; a row opens its record. */
export function ComplaintList() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { items, total, nextCursor, loading, error, load, loadMore } = useComplaintsStore();
  const go = useNavigationStore((s) => s.go);
  // The pack only colours the highest class; the register does not fetch it itself.
  const pack = useSettingsStore((s) => s.rulePack);
  const now = new Date();

  useEffect(() => {
    void load();
  }, [load]);

  const open = (id: string) => go({ page: 'complaint-detail', id });

  return (
    <section className="page">
      <div className="page-header">
        <h2 className="page-title">{t('complaints.title')}</h2>
        <span className="muted">{t('complaints.total', { n: total })}</span>
        <button type="button" className="button primary" data-testid="new-complaint" onClick={() => go({ page: 'complaint-new' })}>
          {t('complaints.new')}
        </button>
      </div>
      <ErrorBanner messages={error ? [errorText(error, t)] : []} />
      {items.length === 0 ? (
        <p className="muted">{loading ? t('complaints.loading') : t('complaints.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('complaints.serial')}</th>
                <th scope="col">{t('complaints.kind')}</th>
                <th scope="col">{t('grading.class')}</th>
                <th scope="col">{t('complaints.channel')}</th>
                <th scope="col">{t('complaints.customer')}</th>
                <th scope="col">{t('complaints.summary')}</th>
                <th scope="col">{t('complaints.receivedAt')}</th>
                <th scope="col">{t('complaints.firstReceiver')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => {
                const state = rowState(c, now);
                return (
                  <tr key={c.id} data-testid="complaint-row" className={state ? `clickable row-${state}` : 'clickable'} onClick={() => open(c.id)}>
                    <td>
                      {/* The serial is the row's keyboard target; the whole row also takes a click or tap. */}
                      <button type="button" className="link-button serial" onClick={(e) => {
                          e.stopPropagation();
                          open(c.id);
                        }}>
                        {c.serial}
                      </button>
                    </td>
                    <td>
                      <span className={`tag tag-${c.kind}`}>{t(`kinds.${c.kind}`)}</span>
                    </td>
                    <ClassCell complaint={c} pack={pack} state={state} />
                    <td className="nowrap">{t(`channels.${c.channel}`)}</td>
                    <td>{c.customerName}</td>
                    <td className="summary" title={c.content}>
                      {summarise(c.content, SUMMARY_LENGTH)}
                    </td>
                    <td className="nowrap">{formatInstant(c.receivedAt, timeZone)}</td>
                    <td>{c.firstReceiverName}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {nextCursor && (
        <button type="button" className="button" disabled={loading} onClick={() => void loadMore()}>
          {t('complaints.loadMore')}
        </button>
      )}
    </section>
  );
}
