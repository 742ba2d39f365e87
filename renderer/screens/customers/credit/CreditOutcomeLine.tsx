import { useTranslation } from 'react-i18next';
import type { CreditOutcome } from '../../../../shared/credit/credit-grading';
import { GRADE_CREDIT } from '../../../../shared/credit/credit-pack';
import { useCitation } from '../../../components/SourceCitation';
import { yuan } from './credit-form-model';

/** The grade that follows from the criteria, with key data, the averages, the credit the grade allows and the review period. */
export function CreditOutcomeLine({ outcome }: { outcome: Omit<CreditOutcome, 'criteria'> }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const rule = GRADE_CREDIT[outcome.grade];
  return (
    <div className="credit-outcome" data-testid="credit-outcome" data-grade={outcome.grade}>
      <p>
        {t('credit.form.result')}
        {t('credit.colon')}<strong className={`credit-grade credit-grade-${outcome.grade}`}>{t(`credit.grades.${outcome.grade}`)}</strong>
        <small className="credit-source"> {cite(rule.source)}</small>
      </p>
      <p>{outcome.keyDataComplete ? t('credit.form.keyData') : t('credit.form.keyDataMissing', { items: outcome.missingKeyItems.join(t('common.listSeparator')) })}</p>
      <p>{t('credit.form.averages', { payment: yuan(outcome.averageMonthlyPayment), shipment: yuan(outcome.averageMonthlyShipment) })}</p>
      <p>
        {t('credit.limit')}
        {t('credit.colon')}
        {outcome.creditLimit > 0 ? t('credit.limitValue', { amount: yuan(outcome.creditLimit), kind: t(`credit.creditKinds.${outcome.creditKind}`), days: outcome.termDays }) : t('credit.noCredit')}
      </p>
      <p className="field-hint">{i18n.language.startsWith('en') ? rule.rule.en : rule.rule.zh}</p>
      <p>{t('credit.reviewEvery', { months: outcome.reviewMonths })}</p>
    </div>
  );
}
