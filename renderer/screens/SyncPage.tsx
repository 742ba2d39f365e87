import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../components/ErrorBanner';
import { useTimeZone } from '../hooks/use-time-zone';
import { errorText } from '../lib/error-text';
import { formatInstant } from '../lib/zoned-time';
import { useSyncStore } from '../stores/sync-store';

/** What waits to go to head office. The upload itself is not configured yet, and the page says so. */
export function SyncPage() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { status, error, refresh } = useSyncStore();

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <section className="page">
      <div className="page-header">
        <h2 className="page-title">{t('sync.title')}</h2>
        <button type="button" className="button" onClick={() => void refresh()}>
          {t('sync.refresh')}
        </button>
      </div>
      <div className="banner banner-info">
        <p>{t('sync.notConfigured')}</p>
      </div>
      <ErrorBanner messages={error ? [errorText(error, t)] : []} />
      <dl className="details">
        <div className="detail-item">
          <dt>{t('sync.queueLength')}</dt>
          <dd data-testid="sync-queue-length">{status ? t('sync.queueValue', { n: status.queueLength }) : '—'}</dd>
        </div>
        <div className="detail-item">
          <dt>{t('sync.oldestPending')}</dt>
          <dd>{status?.oldestPendingAt ? formatInstant(status.oldestPendingAt, timeZone) : t('sync.none')}</dd>
        </div>
        <div className="detail-item">
          <dt>{t('sync.lastSuccess')}</dt>
          <dd>{status?.lastSuccessAt ? formatInstant(status.lastSuccessAt, timeZone) : t('sync.never')}</dd>
        </div>
      </dl>
    </section>
  );
}
