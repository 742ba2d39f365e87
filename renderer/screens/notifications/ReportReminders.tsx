import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportReminder } from '../../../shared/api/notifications';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useCitation } from '../../components/SourceCitation';
import { useTimeZone } from '../../hooks/use-time-zone';
import { currentLanguage } from '../../i18n/i18n';
import { errorText } from '../../lib/error-text';
import { formatCalendarDate, formatMoment } from '../../lib/locale-format';
import { useNavigationStore } from '../../stores/navigation-store';
import { useNotificationsStore } from '../../stores/notifications-store';

/**
 * 报告到期提醒: the narrative reports this person's role signs that are due
 * soon or overdue (issue 16 item 7), above the complaint notifications; shown
 * only when there is one. 确认收到 takes one off the to-do list; issuing the
 * report (on the 报表 page) closes it.
 */
export function ReportReminders({ show }: { show: 'open' | 'all' }) {
  const { t } = useTranslation();
  const loadSummary = useNotificationsStore((s) => s.loadSummary);
  const [items, setItems] = useState<ReportReminder[]>([]);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      setItems((await api.call('notifications.reportReminders', { show })).items);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [show]);
  useEffect(() => {
    void load();
  }, [load]);
  if (items.length === 0 && error === null) return null;
  const acknowledge = async (item: ReportReminder) => {
    try {
      await api.call('notifications.acknowledgeReminder', { id: item.id, version: item.version });
      await Promise.all([load(), loadSummary()]);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="report-reminders" data-testid="report-reminders" aria-label={t('notifications.reminders.title')}>
      <h3>{t('notifications.reminders.title')}</h3>
      {error !== null && <ErrorBanner messages={[errorText(error, t)]} />}
      <ul className="notification-list">
        {items.map((item) => (
          <ReminderCard key={item.id} item={item} onAcknowledge={() => void acknowledge(item)} />
        ))}
      </ul>
    </section>
  );
}

function ReminderCard({ item, onAcknowledge }: { item: ReportReminder; onAcknowledge: () => void }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const timeZone = useTimeZone();
  const lang = currentLanguage();
  const go = useNavigationStore((s) => s.go);
  const open = item.closedAt === null && item.acknowledgedAt === null;
  const classes = ['notification-card', open ? 'unread' : 'read', item.step === 'overdue' && item.closedAt === null ? 'overdue' : ''].filter(Boolean).join(' ');
  return (
    <li className={classes} data-testid="report-reminder" data-step={item.step}>
      <div className="notification-head">
        <strong className="notification-who">
          {lang === 'en' ? item.title.en : item.title.zh} · {item.period.key}
        </strong>
        <span className={item.step === 'overdue' ? 'tag tag-overdue' : 'tag'}>{t(`notifications.reminders.steps.${item.step}`)}</span>
      </div>
      <dl className="notification-facts">
        <dt>{t('notifications.reminders.dueBy')}</dt>
        <dd data-testid="report-reminder-due">{formatCalendarDate(item.dueDate, lang)}</dd>
        <dt>{t('notifications.reminders.signer')}</dt>
        <dd>{lang === 'en' ? item.signer.en : item.signer.zh}</dd>
        <dt>{t('notifications.source')}</dt>
        <dd>{cite(item.source)}</dd>
      </dl>
      <ul className="notification-status">
        {item.acknowledgedAt && <li>{t('notifications.acknowledged', { name: item.acknowledgedByName ?? '', at: formatMoment(item.acknowledgedAt, lang, timeZone) })}</li>}
        {item.closedAt && <li>{t('notifications.reminders.closed', { at: formatMoment(item.closedAt, lang, timeZone) })}</li>}
      </ul>
      <div className="form-actions">
        {item.canAcknowledge && (
          <button type="button" className="button primary" data-testid="report-reminder-acknowledge" onClick={onAcknowledge}>
            {t('notifications.acknowledge')}
          </button>
        )}
        <button type="button" className="link-button" data-testid="report-reminder-open" onClick={() => go({ page: 'reports' })}>
          {t('notifications.reminders.openReports')}
        </button>
      </div>
    </li>
  );
}
