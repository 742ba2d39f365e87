import { useTranslation } from 'react-i18next';
import type { CreditCap } from '../../../../shared/api/credit';
import { TOTAL_CREDIT_CAP } from '../../../../shared/credit/credit-pack';
import { hasPermission } from '../../../../shared/domain/roles';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormField } from '../../../components/FormField';
import { useCitation } from '../../../components/SourceCitation';
import { currentLanguage } from '../../../i18n/i18n';
import { errorText } from '../../../lib/error-text';
import { formatCalendarDate, formatMoment } from '../../../lib/locale-format';
import { useSessionStore } from '../../../stores/session-store';
import { yuan } from './credit-form-model';
import { useCreditCap } from './use-credit-cap';

/**
 * 授信总额控制 (第二十四条2①): the total of the limits in force against the
 * cap the station lead enters. The source's year is a placeholder and its
 * figure the company's books, hence a setting (TOTAL_CREDIT_CAP.choice); the
 * core refuses an approval that would go over it.
 */
export function CreditCapPanel() {
  const { t } = useTranslation();
  const cite = useCitation();
  const user = useSessionStore((s) => s.user);
  const mayEdit = !!user && hasPermission(user.roles, 'site.manage');
  const state = useCreditCap();
  const { cap, failure } = state;
  const over = cap !== null && cap.totalCap !== null && cap.totalInForce > cap.totalCap;
  return (
    <section className="card credit-cap" data-testid="credit-cap" aria-label={t('credit.cap.title')}>
      <h3>{t('credit.cap.title')}</h3>
      <p className="field-hint">{t('credit.cap.hint', { source: cite(TOTAL_CREDIT_CAP.source) })}</p>
      <ErrorBanner messages={failure ? [errorText(failure, t)] : []} />
      {cap && <CapFigures cap={cap} />}
      {over && <p className="credit-due-overdue" role="status">{t('credit.cap.over')}</p>}
      {mayEdit && cap && <CapForm {...state} />}
    </section>
  );
}

/** The total of the limits in force, and the cap with its base year and who set it. */
function CapFigures({ cap }: { cap: CreditCap }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <dl className="credit-cap-figures">
      <dt>{t('credit.cap.total')}</dt>
      <dd data-testid="credit-cap-total">{yuan(cap.totalInForce)}</dd>
      <dt>{t('credit.cap.limit')}</dt>
      <dd data-testid="credit-cap-limit">
        {cap.totalCap === null ? t('credit.cap.notSet') : yuan(cap.totalCap)}
        {cap.baseDay && ` （${t('credit.cap.baseDay', { day: formatCalendarDate(cap.baseDay, lang) })}）`}
        {cap.setByName && cap.setAt && <small className="muted"> {t('credit.cap.setBy', { name: cap.setByName, time: formatMoment(cap.setAt, lang) })}</small>}
      </dd>
    </dl>
  );
}

/** The station lead's form: the cap in 元 and its base year. */
function CapForm({ amount, setAmount, year, setYear, saved, submit }: ReturnType<typeof useCreditCap>) {
  const { t } = useTranslation();
  return (
    <form className="form credit-cap-form" onSubmit={(e) => void submit(e)} noValidate data-testid="credit-cap-form">
      <FormField id="credit-cap-amount" label={t('credit.cap.amount')} hint={t('credit.cap.amountHint')}>
        {(control) => <input {...control} type="number" min={0} step="any" data-testid="credit-cap-amount" value={amount} onChange={(e) => setAmount(e.target.value)} />}
      </FormField>
      <FormField id="credit-cap-year" label={t('credit.cap.baseYear')}>
        {(control) => <input {...control} type="number" min={1990} max={2100} step={1} data-testid="credit-cap-year" value={year} onChange={(e) => setYear(e.target.value)} />}
      </FormField>
      <button type="submit" className="button" data-testid="credit-cap-save">
        {t('credit.cap.save')}
      </button>
      {saved && <span role="status"> {t('credit.cap.saved')}</span>}
    </form>
  );
}
