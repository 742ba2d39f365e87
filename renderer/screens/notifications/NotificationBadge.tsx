import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { onWrite } from '../../api/client';
import { useNotificationsStore } from '../../stores/notifications-store';
import './notifications.css';

export const NOTIFICATION_POLL_MS = 30_000;

/**
 * The unread count beside 通知 in the navigation: fetched now, every 30 s
 * (the core's timer may have escalated something to this person meanwhile)
 * and after each write; red while something of theirs is overdue.
 */
export function NotificationBadge() {
  const { t } = useTranslation();
  const summary = useNotificationsStore((s) => s.summary);
  useEffect(() => {
    const refresh = () => void useNotificationsStore.getState().loadSummary();
    refresh();
    const timer = window.setInterval(refresh, NOTIFICATION_POLL_MS);
    const unsubscribe = onWrite(refresh);
    return () => {
      window.clearInterval(timer);
      unsubscribe();
    };
  }, []);
  if (!summary || summary.unread === 0) return null;
  return (
    <span className={summary.overdue > 0 ? 'nav-badge overdue' : 'nav-badge'} data-testid="notification-badge" aria-label={t('notifications.badge', { count: summary.unread })}>
      {summary.unread > 99 ? '99+' : summary.unread}
    </span>
  );
}
