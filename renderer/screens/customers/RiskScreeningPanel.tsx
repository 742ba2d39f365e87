import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRisk } from '../../../shared/api/risk-classes';
import { hasPermission } from '../../../shared/domain/roles';
import { SCREENING_SECTIONS, SCREENING_SOURCES, type ScreeningSection } from '../../../shared/risk-classes/screening';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useCitation } from '../../components/SourceCitation';
import { useTimeZone } from '../../hooks/use-time-zone';
import { isApiCallError } from '../../api/api-call-error';
import { errorText } from '../../lib/error-text';
import { issuesByField } from '../../lib/field-errors';
import { formatInstant } from '../../lib/zoned-time';
import { useRiskClassesStore } from '../../stores/risk-classes-store';
import { useSessionStore } from '../../stores/session-store';

/** The form's labels are the printed sheet's (资金链 … 风险状况和处置情况), so screen and paper read alike. */
const SECTION_LABEL = {
  capitalChain: 'riskClasses.sheet.fundingChain',
  operatingChain: 'riskClasses.sheet.operatingChain',
  investmentChain: 'riskClasses.sheet.investmentChain',
  guaranteeChain: 'riskClasses.sheet.guaranteeChain',
  situation: 'riskClasses.sheet.disposal',
} as const satisfies Record<ScreeningSection, string>;

const emptySections = (): Record<ScreeningSection, string> => ({ capitalChain: '', operatingChain: '', investmentChain: '', guaranteeChain: '', situation: '' });

/** This month's form: filed, due by the month's end, or not required (the class month); with the months missed. */
export function ScreeningState({ filed, required, missed }: { filed: boolean; required: boolean; missed: readonly string[] }) {
  const { t } = useTranslation();
  const state = filed ? 'filed' : required ? 'due' : 'notRequired';
  return (
    <>
      <span className={state === 'due' ? 'credit-due-overdue' : undefined} data-testid="screening-state" data-state={state}>
        {t(`riskClasses.screening.states.${state}`)}
      </span>
      {missed.length > 0 && <span className="credit-due-overdue"> {t('riskClasses.screening.missed', { months: missed.join('、') })}</span>}
    </>
  );
}

/** The fields a refusal may name, in the form's order. */
const FIELDS = ['month', ...SCREENING_SECTIONS] as const;

/** The form to file one month's 《客户风险排查表》: the month (this one first, then those missed) and the five sections. */
function ScreeningForm({ customerId, months }: { customerId: string; months: readonly string[] }) {
  const { t } = useTranslation();
  const fileScreening = useRiskClassesStore((s) => s.fileScreening);
  const [month, setMonth] = useState('');
  const [sections, setSections] = useState(emptySections);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const chosen = months.includes(month) ? month : (months[0] ?? '');
  const split = failure && isApiCallError(failure) ? issuesByField(failure.issues, FIELDS) : { fields: {}, other: [] as string[] };
  const fieldErrors: Partial<Record<(typeof FIELDS)[number], string>> = split.fields;
  const banner = failure === null ? [] : Object.keys(fieldErrors).length > 0 ? split.other : [errorText(failure, t), ...split.other];

  const onFile = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    fileScreening({ customerId, month: chosen, ...sections })
      .then(() => {
        setSections(emptySections());
        setFailure(null);
      }, setFailure)
      .finally(() => setBusy(false));
  };

  return (
    <form className="form" onSubmit={onFile} noValidate data-testid="screening-form">
      <ErrorBanner messages={banner} />
      <FormField id="screening-month" label={t('riskClasses.screening.month')} error={fieldErrors.month}>
        {(control) => (
          <select {...control} data-testid="screening-month" value={chosen} onChange={(e) => setMonth(e.target.value)}>
            {months.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {SCREENING_SECTIONS.map((section) => (
        <FormField key={section} id={`screening-${section}`} label={t(SECTION_LABEL[section])} required error={fieldErrors[section]}>
          {(control) => (
            <textarea {...control} rows={2} maxLength={2000} data-testid={`screening-${section}`} value={sections[section]} onChange={(e) => setSections({ ...sections, [section]: e.target.value })} />
          )}
        </FormField>
      ))}
      <button type="submit" className="button" data-testid="screening-submit" disabled={busy}>
        {t('riskClasses.screening.submit')}
      </button>
    </form>
  );
}

/**
 * 《客户风险排查表》 on the customer file (seed000 第二篇 三(一)1、三(二)1(4)): this month's state, the months not
 * filed, the forms filed, and the form to file one (this month or a missed one). Shown for class 1 and 2 only.
 */
export function RiskScreeningPanel({ customerId, risk }: { customerId: string; risk: CustomerRisk }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const timeZone = useTimeZone();
  const user = useSessionStore((s) => s.user);
  const status = risk.screening;
  const source = SCREENING_SOURCES[risk.current];
  if (!status || !source) return null;
  const months = [status.month, ...[...status.missed].reverse()].filter((m) => !risk.screenings.some((s) => s.month === m));

  return (
    <div className="risk-cadence" data-testid="risk-screening">
      <h4>
        {t('riskClasses.screening.title')} <small className="muted">{cite(source)}</small>
      </h4>
      <p>
        {t('riskClasses.screening.thisMonth', { month: status.month })}
        {t('customerHistory.colon')}
        <ScreeningState filed={status.filed} required={status.required} missed={[]} />
      </p>
      {/* In the class month nothing earlier was owed: no line about earlier months. */}
      {(status.required || status.missed.length > 0) && (
        <p data-testid="screening-missed" className={status.missed.length > 0 ? 'credit-due-overdue' : undefined}>
          {status.missed.length > 0 ? t('riskClasses.screening.missed', { months: status.missed.join('、') }) : t('riskClasses.screening.noneMissed')}
        </p>
      )}
      {risk.screenings.length > 0 && (
        <ul aria-label={t('riskClasses.screening.filedList', { n: risk.screenings.length })} data-testid="screening-filed">
          {risk.screenings.map((s) => (
            <li key={s.id}>{t('riskClasses.screening.filedBy', { month: s.month, name: s.filedByName, at: formatInstant(s.filedAt, timeZone) })}</li>
          ))}
        </ul>
      )}
      {!!user && hasPermission(user.roles, 'riskClass.propose') && months.length > 0 && <ScreeningForm customerId={customerId} months={months} />}
    </div>
  );
}
