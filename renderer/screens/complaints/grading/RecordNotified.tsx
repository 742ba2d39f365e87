import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/api/complaints';
import { ROLES } from '../../../../shared/domain/roles';
import { NOTIFIED_WAYS, type NotifiedWay } from '../../../../shared/rules/clock-start';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormField } from '../../../components/FormField';
import { DateField } from '../../../components/DateField';
import { partiesOf, useRecordNotified } from './use-record-notified';

/**
 * 记录通知: who was told, when and how (seed002 客户管理制度8 具体内容6–7 接报后; seed001 S10 三.3). The steps
 * counted from that person's being told start at the time entered; shown only where such a step exists.
 */
export function RecordNotified({ complaint }: { complaint: Complaint }) {
  const parties = partiesOf(complaint);
  if (parties.length === 0 || complaint.closedAt) return null;
  return <NotifiedForm complaint={complaint} parties={parties} />;
}

/** The form itself, for a case that has a step counted from someone's being told. */
function NotifiedForm({ complaint, parties }: { complaint: Complaint; parties: string[] }) {
  const { t } = useTranslation();
  const { party, setParty, whom, setWhom, way, setWay, when, setWhen, errors, busy, save } = useRecordNotified(complaint, parties);
  const partyName = (code: string) => ((ROLES as readonly string[]).includes(code) ? t(`roles.${code}` as 'roles.receiver') : code);

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
