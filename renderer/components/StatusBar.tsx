import { useTranslation } from 'react-i18next';
import { useTimeZone } from '../hooks/use-time-zone';
import { formatInstant } from '../lib/zoned-time';
import { useSessionStore } from '../stores/session-store';
import { useSyncStore } from '../stores/sync-store';

/** Always visible: where we are, who is signed in, and whether anything waits to be synced. */
export function StatusBar() {
  const { t } = useTranslation();
  const site = useSessionStore((s) => s.status?.site ?? null);
  const user = useSessionStore((s) => s.user);
  const sync = useSyncStore((s) => s.status);
  const timeZone = useTimeZone();
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
      <span className="status-item">
        <span className="status-label">{t('status.queue')}</span>
        <strong data-testid="queue-length">{sync ? sync.queueLength : '—'}</strong>
        <span>{t('status.queueUnit')}</span>
      </span>
      <span className="status-item">
        <span className="status-label">{t('status.lastSync')}</span>
        <span data-testid="last-sync">{sync?.lastSuccessAt ? formatInstant(sync.lastSuccessAt, timeZone) : t('status.never')}</span>
      </span>
    </footer>
  );
}
