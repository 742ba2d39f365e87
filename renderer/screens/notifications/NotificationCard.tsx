import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationItem } from '../../../shared/api/notifications';
import { ErrorBanner } from '../../components/ErrorBanner';
import { currentLanguage } from '../../i18n/i18n';
import { errorText } from '../../lib/error-text';
import { formatMoment } from '../../lib/locale-format';
import { useTimeZone } from '../../hooks/use-time-zone';
import { useNavigationStore } from '../../stores/navigation-store';
import { useNotificationsStore } from '../../stores/notifications-store';
import { PhoneConfirmForm, WrittenReportForm } from './NotificationForms';
import { limitText, notifyText, recipientsText } from './notification-text';
import { useCitation } from '../../components/SourceCitation';
import { noteLang, noteText } from '../../../shared/sources/choice-note';

/**
 * One notification: who must be told (the source's words, its citation and
 * our reading), for whom, by when, and what has been done; the actions this
 * person may take (the core's can* flags).
 */
export function NotificationCard({ item }: { item: NotificationItem }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<'phone' | 'written' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (work: () => Promise<void>) => {
    setError(null);
    work().catch((e: unknown) => setError(errorText(e, t)));
  };
  const classes = ['notification-card', item.read ? 'read' : 'unread', item.overdue ? 'overdue' : ''].filter(Boolean).join(' ');

  return (
    <li className={classes} data-testid="notification" data-obligation={item.obligation} data-level={item.level}>
      <div className="notification-head">
        <strong className="notification-who">{notifyText(item, t, i18n.language)}</strong>
        {!item.read && <span className="tag tag-unread">{t('notifications.tags.unread')}</span>}
        {item.overdue && <span className="tag tag-overdue">{t('notifications.tags.overdue')}</span>}
        {item.concerns === 'copy' && <span className="tag">{t('notifications.tags.copy')}</span>}
        {item.level > 0 && <span className="tag tag-escalated">{t('notifications.tags.level', { level: item.level })}</span>}
        {item.escalatedAt && <span className="tag tag-escalated">{t('notifications.tags.escalated')}</span>}
      </div>
      <p className="notification-case">
        {t('notifications.complaint')} <span className="serial">{item.serial}</span> {item.customerName}
      </p>
      {item.level > 0 && <p className="muted">{t('notifications.escalatedFrom')}</p>}
      <NotificationDetails item={item} />
      {error && <ErrorBanner messages={[error]} />}
      <NotificationActions item={item} formOpen={form !== null} onForm={setForm} run={run} />
      {form === 'phone' && <PhoneConfirmForm item={item} onDone={() => setForm(null)} />}
      {form === 'written' && <WrittenReportForm item={item} onDone={() => setForm(null)} />}
    </li>
  );
}

/** Recipients, due time with the limit as the source gives it, citation and reading; then what was done. */
function NotificationDetails({ item }: { item: NotificationItem }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const timeZone = useTimeZone();
  const at = (iso: string) => formatMoment(iso, currentLanguage(), timeZone);
  const acknowledged = item.acknowledgedAt
    ? t(item.acknowledgedAtHeadOffice ? 'notifications.acknowledgedAtHeadOffice' : 'notifications.acknowledged', { name: item.acknowledgedByName ?? '', at: at(item.acknowledgedAt) })
    : t('notifications.notAcknowledged');
  return (
    <>
      <dl className="notification-facts">
        <dt>{t('notifications.to')}</dt>
        <dd data-testid="notification-to">{recipientsText(item.recipients, t) || '—'}</dd>
        {item.copies.length > 0 && (
          <>
            <dt>{t('notifications.copies')}</dt>
            <dd>{recipientsText(item.copies, t)}</dd>
          </>
        )}
        <dt>{t('notifications.due')}</dt>
        <dd data-testid="notification-due">
          {t('notifications.dueLine', { due: item.dueAt ? at(item.dueAt) : t('notifications.noDue'), limit: limitText(item.limit, t), start: at(item.startsAt) })}
        </dd>
        <dt>{t('notifications.source')}</dt>
        <dd>
          {cite(item.source)}
          {item.choice && (
            <span className="notification-choice">
              {' '}
              · {t('notifications.ourReading')}：<span lang={noteLang(i18n.language)}>{cite(noteText(item.choice, i18n.language))}</span>
            </span>
          )}
        </dd>
      </dl>
      <ul className="notification-status">
        <li data-testid="notification-ack">{acknowledged}</li>
        {item.confirmByPhone && (
          <li>{item.phoneConfirmedAt ? t('notifications.phoneDone', { at: at(item.phoneConfirmedAt), reached: item.phoneReached ?? '', name: item.phoneConfirmedByName ?? '' }) : t('notifications.phoneNeeded')}</li>
        )}
        {item.writtenDueAt && (
          <li>{item.writtenAt ? t('notifications.writtenDone', { name: item.writtenByName ?? '', at: at(item.writtenAt) }) : t('notifications.writtenDue', { at: at(item.writtenDueAt) })}</li>
        )}
      </ul>
    </>
  );
}

/** The actions the core allows this person (the item's can* flags). */
function NotificationActions({ item, formOpen, onForm, run }: { item: NotificationItem; formOpen: boolean; onForm: (form: 'phone' | 'written') => void; run: (work: () => Promise<void>) => void }) {
  const { t } = useTranslation();
  const acknowledge = useNotificationsStore((s) => s.acknowledge);
  const markRead = useNotificationsStore((s) => s.markRead);
  const go = useNavigationStore((s) => s.go);
  return (
    <div className="form-actions">
      {item.canAcknowledge && (
        <button type="button" className="button primary" data-testid="notification-acknowledge" onClick={() => run(() => acknowledge(item))}>
          {t('notifications.acknowledge')}
        </button>
      )}
      {!item.read && !item.canAcknowledge && (
        <button type="button" className="button" data-testid="notification-mark-read" onClick={() => run(() => markRead([item.id]))}>
          {t('notifications.markRead')}
        </button>
      )}
      {item.canConfirmPhone && !formOpen && (
        <button type="button" className="button" data-testid="notification-phone" onClick={() => onForm('phone')}>
          {t('notifications.confirmPhone')}
        </button>
      )}
      {item.canRecordWritten && !formOpen && (
        <button type="button" className="button" data-testid="notification-written" onClick={() => onForm('written')}>
          {t('notifications.recordWritten')}
        </button>
      )}
      <button type="button" className="link-button" data-testid="notification-open-complaint" onClick={() => go({ page: 'complaint-detail', id: item.complaintId })}>
        {t('notifications.openComplaint')}
      </button>
    </div>
  );
}
