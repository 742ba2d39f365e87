import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CadenceStatusOut } from '../../../shared/api/risk-classes';
import { hasPermission } from '../../../shared/domain/roles';
import { RISK_CADENCES, type RiskCadence } from '../../../shared/risk-classes/cadence';
import type { RiskClass } from '../../../shared/risk-classes/pack';
import { noteText } from '../../../shared/sources/choice-note';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useCitation } from '../../components/SourceCitation';
import { currentLanguage } from '../../i18n/i18n';
import { errorText } from '../../lib/error-text';
import { formatCalendarDate } from '../../lib/locale-format';
import { useCustomersStore } from '../../stores/customers-store';
import { useRiskClassesStore } from '../../stores/risk-classes-store';
import { useSessionStore } from '../../stores/session-store';

/** The ways of following up that a cadence of 三、 may count (a gift is no inspection). */
const RECORDABLE = ['visit', 'phone'] as const;

/** How a cadence's state reads: "not yet due", "due today", "n days overdue". */
export function CadenceState({ status }: { status: CadenceStatusOut }) {
  const { t } = useTranslation();
  return (
    <span className={status.state === 'overdue' ? 'credit-due-overdue' : undefined} data-testid="cadence-state" data-state={status.state}>
      {t(`riskClasses.cadence.states.${status.state}`, { n: status.daysOverdue })}
    </span>
  );
}

/**
 * 跟进频次 on the customer file (seed000 第二篇 三、): the frequency the class asks for, planned against
 * done since the class was set, the day the next follow-up falls due, and a form to record one.
 */
export function RiskCadencePanel({ customerId, riskClass, cadence }: { customerId: string; riskClass: RiskClass; cadence: CadenceStatusOut | null }) {
  const { t } = useTranslation();
  const user = useSessionStore((s) => s.user);
  if (riskClass === 'normal') return null;
  const rule = RISK_CADENCES[riskClass];
  return (
    <div className="risk-cadence" data-testid="risk-cadence">
      <h4>{t('riskClasses.cadence.title')}</h4>
      {rule && cadence ? <CadenceSummary rule={rule} cadence={cadence} /> : <p className="field-hint">{t('riskClasses.cadence.none')}</p>}
      {!!user && hasPermission(user.roles, 'customer.flag') && <CadenceRecordForm customerId={customerId} />}
    </div>
  );
}

/** The class's frequency with its source, planned against done, the last follow-up and the next due day. */
function CadenceSummary({ rule, cadence }: { rule: RiskCadence; cadence: CadenceStatusOut }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const lang = currentLanguage();
  const day = (d: string) => formatCalendarDate(d, lang);
  return (
    <>
      <p>{t('riskClasses.cadence.rule', { rule: noteText(rule.label, lang), source: cite(rule.source) })}</p>
      <p data-testid="cadence-planned-done">{t('riskClasses.cadence.plannedDone', { planned: cadence.planned, done: cadence.done, since: day(cadence.since) })}</p>
      <p>
        {cadence.lastDoneOn ? t('riskClasses.cadence.lastDone', { day: day(cadence.lastDoneOn) }) : t('riskClasses.cadence.neverDone')} ·{' '}
        <span data-testid="cadence-due-on">{t('riskClasses.cadence.dueOn', { day: day(cadence.dueOn) })}</span> <CadenceState status={cadence} />
      </p>
    </>
  );
}

/** Records a visit or a call as a follow-up of the customer, then reads the cadence again. */
function CadenceRecordForm({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const addFollowUp = useCustomersStore((s) => s.addFollowUp);
  const fetchOne = useRiskClassesStore((s) => s.fetchOne);
  const [method, setMethod] = useState<(typeof RECORDABLE)[number]>('visit');
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const onRecord = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    addFollowUp({ id: customerId, method, note: note.trim() })
      .then(() => fetchOne(customerId))
      .then(() => {
        setNote('');
        setFailure(null);
      }, setFailure)
      .finally(() => setBusy(false));
  };
  return (
    <form className="form" onSubmit={onRecord} noValidate data-testid="cadence-record">
      <ErrorBanner messages={failure ? [errorText(failure, t)] : []} />
      <FormField id="cadence-method" label={t('riskClasses.cadence.method')}>
        {(control) => (
          <select {...control} data-testid="cadence-method" value={method} onChange={(e) => setMethod(e.target.value as (typeof RECORDABLE)[number])}>
            {RECORDABLE.map((m) => (
              <option key={m} value={m}>
                {t(`followUpMethods.${m}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="cadence-note" label={t('riskClasses.cadence.note')} required>
        {(control) => <textarea {...control} rows={2} maxLength={1000} data-testid="cadence-note" value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
      <button type="submit" className="button" data-testid="cadence-submit" disabled={busy}>
        {t('riskClasses.cadence.submit')}
      </button>
    </form>
  );
}
