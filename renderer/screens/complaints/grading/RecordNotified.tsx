import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/api/complaints';
import { ROLES } from '../../../../shared/domain/roles';
import { NOTIFIED_WAYS, type NotifiedWay } from '../../../../shared/rules/clock-start';
import { api } from '../../../api/client';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormField } from '../../../components/FormField';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { errorText } from '../../../lib/error-text';
import { fromDateTimeLocal, toDateTimeLocal } from '../../../lib/zoned-time';
import { useComplaintsStore } from '../../../stores/complaints-store';
import { DateField } from '../../../components/DateField';

/** The parties a step of this case counts from (接报后), those still awaited first. */
function partiesOf(complaint: Complaint): string[] {
  const steps = (complaint.grade?.deadlines ?? []).flatMap((d) => (d.clockBasis.kind === 'notified' ? [{ party: d.clockBasis.party, waiting: !d.clockStartedAt }] : []));
  return [...new Set([...steps.filter((s) => s.waiting), ...steps].map((s) => s.party))];
}

/**
 * 记录通知: who was told, when and how (seed002 客户管理制度8 具体内容6–7 接报后; seed001 S10 三.3). The steps
 * counted from that person's being told start at the time entered; shown only where such a step exists.
 */
export function RecordNotified({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const fetchOne = useComplaintsStore((s) => s.fetchOne);
  const parties = partiesOf(complaint);
  const [party, setParty] = useState(parties[0] ?? '');
  const [whom, setWhom] = useState('');
  const [way, setWay] = useState<NotifiedWay>('phone');
  const [when, setWhen] = useState(() => toDateTimeLocal(new Date(), timeZone));
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  if (parties.length === 0 || complaint.closedAt) return null;
  const partyName = (code: string) => ((ROLES as readonly string[]).includes(code) ? t(`roles.${code}` as 'roles.receiver') : code);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const notifiedAt = fromDateTimeLocal(when, timeZone);
    if (busy || !whom.trim() || !notifiedAt) {
      setErrors([t('clocks.form.required')]);
      return;
    }
    setBusy(true);
    setErrors([]);
    try {
      await api.call('complaints.recordNotified', { id: complaint.id, party: party || parties[0]!, whom: whom.trim(), way, notifiedAt });
      setWhom('');
      await fetchOne(complaint.id);
    } catch (error) {
      setErrors([errorText(error, t)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="grade-override-form" onSubmit={(e) => void save(e)} noValidate data-testid="notified-form">
      <h4>{t('clocks.form.title')}</h4>
      <ErrorBanner messages={errors} />
      <FormField id="notified-party" label={t('clocks.form.party')}>
        {(control) => (
          <select {...control} data-testid="notified-party" value={party} onChange={(e) => setParty(e.target.value)}>
            {parties.map((code) => (
              <option key={code} value={code}>
                {partyName(code)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="notified-whom" label={t('clocks.form.whom')} required>
        {(control) => <input {...control} data-testid="notified-whom" maxLength={100} value={whom} onChange={(e) => setWhom(e.target.value)} />}
      </FormField>
      <FormField id="notified-way" label={t('clocks.form.way')}>
        {(control) => (
          <select {...control} data-testid="notified-way" value={way} onChange={(e) => setWay(e.target.value as NotifiedWay)}>
            {NOTIFIED_WAYS.map((w) => (
              <option key={w} value={w}>
                {t(`clocks.ways.${w}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="notified-at" label={t('clocks.form.at')} required>
        {(control) => <DateField {...control} withTime data-testid="notified-at" value={when} onChange={(v) => setWhen(v)} />}
      </FormField>
      <button type="submit" className="button primary" data-testid="notified-save" disabled={busy}>
        {t('clocks.form.save')}
      </button>
    </form>
  );
}
