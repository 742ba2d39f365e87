import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { useNotificationsStore } from '../../stores/notifications-store';
import { NotificationCard } from './NotificationCard';
import { ReportReminders } from './ReportReminders';
import './notifications.css';

/** 通知: what the rule pack obliges anyone to tell this person, unread first, then newest. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const inbox = useNotificationsStore((s) => s.inbox);
  const show = useNotificationsStore((s) => s.show);
  const error = useNotificationsStore((s) => s.error);
  const load = useNotificationsStore((s) => s.load);
  const loading = useNotificationsStore((s) => s.loading);

  // Busy until this visit's own load answers: the store still holds the list of the last visit until then.
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void load().finally(() => setLoaded(true));
  }, [load]);

  return (
    <section className="page" data-testid="notifications-page">
      <h2 className="page-title">{t('notifications.title')}</h2>
      <div className="notification-toolbar" role="group" aria-label={t('notifications.title')}>
        {(['open', 'all'] as const).map((value) => (
          <button key={value} type="button" className={value === show ? 'button primary' : 'button'} aria-pressed={value === show} data-testid={`notifications-show-${value}`} onClick={() => void load(value)}>
            {t(`notifications.show.${value}`)}
          </button>
        ))}
        {inbox && (
          <span className="muted" data-testid="notifications-counts">
            {t('notifications.counts', { unread: inbox.unread, open: inbox.open })}
          </span>
        )}
      </div>
      {error !== null && <ErrorBanner messages={[errorText(error, t)]} />}
      <ReportReminders show={show} />
      {inbox && inbox.items.length === 0 && <p className="muted">{t(show === 'open' ? 'notifications.empty' : 'notifications.emptyAll')}</p>}
      <ul className="notification-list" data-testid="notification-list" aria-busy={!loaded || loading}>
        {inbox?.items.map((item) => <NotificationCard key={item.id} item={item} />)}
      </ul>
    </section>
  );
}
