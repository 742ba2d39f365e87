import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaIncidentDetail } from '../../../shared/api/media';
import { NOTIFY_PARTIES, type NotifyParty } from '../../../shared/domain/media';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useTimeZone } from '../../hooks/use-time-zone';
import type { FieldErrors } from '../../lib/field-errors';
import { formatInstant, fromDateTimeLocal, toDateTimeLocal } from '../../lib/zoned-time';
import { useMediaStore } from '../../stores/media-store';
import { pick } from '../settings/rule-pack-text';
import { useCitation } from '../../components/SourceCitation';
import { DateField } from '../../components/DateField';

const FIELDS = ['party', 'notifiedAt', 'note'] as const;
type Field = (typeof FIELDS)[number];

/** Who was told and when (S1: 企划部, 主管经理, 相关责任人, 厂家公关部门), and recording one more. */
export function NotifyPanel({ incident }: { incident: MediaIncidentDetail }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  const label = (code: NotifyParty) => pick(NOTIFY_PARTIES.find((p) => p.code === code)!.label, i18n.language);
  return (
    <section className="panel" data-testid="media-notifications">
      <h3>{t('media.notifications')}</h3>
      {incident.notifications.length === 0 ? (
        <p className="muted">{t('media.noNotifications')}</p>
      ) : (
        <ul data-testid="notification-list">
          {incident.notifications.map((n, i) => (
            <li key={i}>
              {label(n.party)} · {formatInstant(n.notifiedAt, timeZone)} · {n.byName}
              {n.note && `（${n.note}）`}
            </li>
          ))}
        </ul>
      )}
      <NotifyEntryForm incident={incident} />
    </section>
  );
}

/** Records one more notification: the party (with its source), when, and a note; party and time required. */
function NotifyEntryForm({ incident }: { incident: MediaIncidentDetail }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const timeZone = useTimeZone();
  const write = useMediaStore((s) => s.write);
  const [party, setParty] = useState<NotifyParty | ''>('');
  const [notifiedAt, setNotifiedAt] = useState(() => toDateTimeLocal(new Date(), timeZone));
  const [note, setNote] = useState('');
  const { errors, other, busy, submit } = useFormSubmit(FIELDS);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const at = fromDateTimeLocal(notifiedAt, timeZone);
    const local: FieldErrors<Field> = {};
    if (!party) local.party = t('media.chooseParty');
    if (!at) local.notifiedAt = t('media.enterTime');
    const ok = await submit(local, () => write('media.notify', { id: incident.id, party: party as NotifyParty, notifiedAt: at!, note }).then(() => undefined));
    if (ok) {
      setParty('');
      setNote('');
    }
  };

  return (
    <form className="form" noValidate data-testid="notify-form" onSubmit={(e) => void onSubmit(e)}>
      <ErrorBanner messages={other} />
      <div className="field-row">
        <FormField id="notify-party" label={t('media.notifyParty')} error={errors.party} required>
          {(control) => (
            <select {...control} data-testid="notify-party" value={party} onChange={(e) => setParty(e.target.value as NotifyParty | '')}>
              <option value="">{t('media.selectChannel')}</option>
              {NOTIFY_PARTIES.map((p) => (
                <option key={p.code} value={p.code}>
                  {pick(p.label, i18n.language)}（{cite(p.source)}）
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="notify-notifiedAt" label={t('media.notifiedAt')} error={errors.notifiedAt} required>
          {(control) => <DateField {...control} withTime data-testid="notify-notifiedAt" value={notifiedAt} onChange={(v) => setNotifiedAt(v)} />}
        </FormField>
        <FormField id="notify-note" label={t('media.notifyNote')} error={errors.note}>
          {(control) => <input {...control} type="text" data-testid="notify-note" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />}
        </FormField>
      </div>
      <button type="submit" className="button" data-testid="notify-submit" disabled={busy}>
        {t('media.recordNotification')}
      </button>
    </form>
  );
}
