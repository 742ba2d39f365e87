import '../screens/sync/sync.css';
import { useTranslation } from 'react-i18next';
import { useTimeZone } from '../hooks/use-time-zone';
import { currentLanguage } from '../i18n/i18n';
import { relativeMoment } from '../lib/locale-format';
import { syncHealth } from '../lib/sync-health';
import { useSessionStore } from '../stores/session-store';
import { useSyncStore } from '../stores/sync-store';

/** Always visible: where we are, who is signed in, and how sync is doing (queue, last success, running, trouble). */
export function StatusBar() {
  const { t } = useTranslation();
  const site = useSessionStore((s) => s.status?.site ?? null);
  const user = useSessionStore((s) => s.user);
  const sync = useSyncStore((s) => s.status);
  const clicked = useSyncStore((s) => s.clicked);
  const timeZone = useTimeZone();
  const now = new Date();
  const health = syncHealth(sync, now, clicked);
  const roles = user?.roles.map((role) => t(`roles.${role}`)).join(t('common.listSeparator')) ?? '';
  return (
    <footer className="status-bar" data-testid="status-bar" aria-label={t('status.label')}>
      <span className="status-item">
        <span className="status-label">{t('status.site')}</span>
        <span data-testid="status-site">{site ? `${site.name} · ${site.code}` : '—'}</span>
      </span>
      <span className="status-item">
        <span className="status-label">{t('status.user')}</span>
        <span data-testid="status-user">{user ? `${user.displayName} · ${roles}` : '—'}</span>
      </span>
      <span className={`status-item sync-look-${health.look}`} data-testid="sync-look" data-look={health.look}>
        <span className="status-label">{t('status.queue')}</span>
        <strong data-testid="queue-length">{sync ? sync.queueLength : '—'}</strong>
        <span>{t('status.queueUnit')}</span>
        {health.look === 'running' && (
          <span className="sync-spinner" data-testid="sync-running" role="status">
            {t('syncStatus.running')}
          </span>
        )}
      </span>
      <span className="status-item">
        <span data-testid="last-sync">{sync?.lastSuccessAt ? t('syncStatus.lastSync', { time: relativeMoment(sync.lastSuccessAt, now, currentLanguage(), timeZone) }) : t('status.never')}</span>
      </span>
      {(health.failed || health.staleSince !== null || (sync?.conflicts ?? 0) > 0) && (
        <span className="status-item sync-warning" data-testid="sync-warning">
          {[
            health.failed ? t('syncStatus.failed') : null,
            health.staleSince !== null ? t('syncStatus.stale', { since: relativeMoment(health.staleSince, now, currentLanguage(), timeZone) }) : null,
            sync?.conflicts ? t('syncStatus.conflicts', { n: sync.conflicts }) : null,
          ]
            .filter(Boolean)
            .join(t('common.listSeparator'))}
        </span>
      )}
    </footer>
  );
}
