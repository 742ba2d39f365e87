import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../shared/domain/roles';
import { needsNewEnrolment, classifySyncError } from '../../shared/sync/error-kinds';
import { ErrorBanner } from '../components/ErrorBanner';
import { useTimeZone } from '../hooks/use-time-zone';
import { errorText } from '../lib/error-text';
import { formatInstant } from '../lib/zoned-time';
import { useSessionStore } from '../stores/session-store';
import { syncActive, useSyncStore } from '../stores/sync-store';
import { ConflictList } from './sync/ConflictList';
import { EnrolForm } from './sync/EnrolForm';
import { RemarkList } from './sync/RemarkList';
import { SyncErrorNotice } from './sync/SyncErrorNotice';
import { SyncIntervalSetting } from './sync/SyncIntervalSetting';
import { SyncProgress } from './sync/SyncProgress';
import { UsbTransferPanel } from './sync/UsbTransferPanel';
import './sync/sync.css';

/**
 * 同步: enrol this computer with head office, sync now, watch a run, read
 * what went wrong in plain words, choose the interval, resolve conflicts.
 * The status is polled every 500 ms while a run is under way (use-sync-polling).
 */
export function SyncPage() {
  const { t } = useTranslation();
  const roles = useSessionStore((s) => s.user?.roles ?? []);
  const site = useSessionStore((s) => s.status?.site ?? null);
  const { status, error, refresh, runError, loadConflicts } = useSyncStore();
  const active = useSyncStore(syncActive);
  const canManage = hasPermission(roles, 'sync.manage');

  const enrolled = status?.enrolled ?? false;
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(() => {
    // Conflicts and remarks only exist once head office is in the picture.
    if (enrolled) void loadConflicts();
  }, [enrolled, loadConflicts]);

  const lastError = status?.lastError ?? null;
  const reenrol = lastError !== null && enrolled && needsNewEnrolment(classifySyncError(lastError));
  const problems = [error, !lastError ? runError : null].filter(Boolean).map((e) => errorText(e, t));

  return (
    <section className="page" data-testid="sync-page">
      <div className="page-header">
        <h2 className="page-title">{t('sync.title')}</h2>
        <button type="button" className="button ghost" onClick={() => void refresh()}>
          {t('sync.refresh')}
        </button>
      </div>
      <ErrorBanner messages={problems} />
      {status && !enrolled && (
        <div className="banner banner-info">
          <p>{canManage ? t('sync.notEnrolled') : t('sync.notEnrolledReader')}</p>
        </div>
      )}
      {status && enrolled && (
        <p data-testid="sync-enrolled">
          {t('sync.enrolledAs', { server: status.serverUrl ?? '' })}
          {site ? ` · ${t('sync.site')} ${site.name}（${site.code}）` : ''}
        </p>
      )}
      {canManage && status && (!enrolled || reenrol) && <EnrolForm again={enrolled} defaultDeviceName={site ? `${site.name}电脑` : ''} />}

      {enrolled && canManage && <SyncActions />}
      {active && <SyncProgress progress={status?.progress ?? null} />}
      {lastError && !active && <SyncErrorNotice error={lastError} failures={status?.failures ?? 0} />}

      <SyncDetails />

      {enrolled && canManage && status && <SyncIntervalSetting minutes={status.intervalMinutes} />}
      {enrolled && canManage && <UsbTransferPanel />}
      {enrolled && <ConflictList canResolve={canManage} />}
      {enrolled && <RemarkList />}
    </section>
  );
}

/** 立即同步, and what the last run did. */
function SyncActions() {
  const { t } = useTranslation();
  const { runNow, lastRun } = useSyncStore();
  const active = useSyncStore(syncActive);
  return (
    <div className="sync-actions">
        <button type="button" className="button" data-testid="sync-now" disabled={active} onClick={() => void runNow()}>
          {active ? t('sync.running') : t('sync.runNow')}
        </button>
        {lastRun && !active && (
          <span className="banner banner-success" role="status" data-testid="sync-done">
            {t('sync.lastRunOk', { pushed: lastRun.pushed, pulled: lastRun.pulled })}
          </span>
        )}
      </div>
  );
}

/** The queue, the oldest change waiting, the last success and the next attempt. */
function SyncDetails() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const status = useSyncStore((s) => s.status);
  const enrolled = status?.enrolled ?? false;
  return (
    <dl className="details">
      <div className="detail-item">
        <dt>{t('sync.queueLength')}</dt>
        <dd data-testid="sync-queue-length">{status ? t('sync.queueValue', { n: status.queueLength }) : '—'}</dd>
      </div>
      <div className="detail-item">
        <dt>{t('sync.oldestPending')}</dt>
        <dd data-testid="sync-oldest-pending">{status?.oldestPendingAt ? formatInstant(status.oldestPendingAt, timeZone) : t('sync.none')}</dd>
      </div>
      <div className="detail-item">
        <dt>{t('sync.lastSuccess')}</dt>
        <dd data-testid="sync-last-success">{status?.lastSuccessAt ? formatInstant(status.lastSuccessAt, timeZone) : t('sync.never')}</dd>
      </div>
      {enrolled && (
        <div className="detail-item">
          <dt>{t('sync.nextAttempt')}</dt>
          <dd data-testid="sync-next-attempt">{status?.nextAttemptAt ? formatInstant(status.nextAttemptAt, timeZone) : t('sync.nextAttemptOff')}</dd>
        </div>
      )}
    </dl>
  );
}
