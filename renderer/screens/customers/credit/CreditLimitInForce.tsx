import { useTranslation } from 'react-i18next';
import type { CreditFile } from '../../../../shared/api/credit';
import { LIMIT_ADJUSTMENT } from '../../../../shared/credit/credit-monthly';
import { noteText } from '../../../../shared/sources/choice-note';
import { useCitation } from '../../../components/SourceCitation';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { currentLanguage } from '../../../i18n/i18n';
import { formatCalendarDate } from '../../../lib/locale-format';
import { formatInstant } from '../../../lib/zoned-time';
import { yuan } from './credit-form-model';

/** The grade in force on the customer file: its grading's limit, kind and term, and when it is reviewed. */
export function CreditCurrentLine({ current }: { current: CreditFile['current'] }) {
  const { t } = useTranslation();
  return (
    <p data-testid="credit-current">
      {t('credit.current')}
      {t('credit.colon')}
      {current ? (
        <>
          <strong className={`credit-grade credit-grade-${current.grade}`}>{t(`credit.grades.${current.grade}`)}</strong> · {t('credit.limit')}{' '}
          {current.creditLimit > 0 ? t('credit.limitValue', { amount: yuan(current.creditLimit), kind: t(`credit.creditKinds.${current.creditKind}`), days: current.termDays }) : t('credit.noCredit')}
          {current.reviewDueOn && (
            <>
              {' '}
              · {t('credit.reviewDue')}
              {t('credit.colon')}
              {formatCalendarDate(current.reviewDueOn, currentLanguage())}
            </>
          )}
        </>
      ) : (
        <span className="muted">{t('credit.none')}</span>
      )}
    </p>
  );
}

/**
 * 现行额度 after an approved adjustment (seed002 客户管理制度3 第四十一条) and
 * every adjustment: from which month's evaluation, from → to, who proposed,
 * who approved, and the day it took effect. Nothing while none was approved.
 */
export function CreditLimitInForce({ file }: { file: CreditFile }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const timeZone = useTimeZone();
  const inForce = file.limitInForce;
  if (file.adjustments.length === 0) return null;
  const day = (d: string) => formatCalendarDate(d, currentLanguage());
  return (
    <div data-testid="credit-limit-in-force">
      {inForce && (
        <p data-testid="credit-limit-now">
          {t('credit.adjustment.inForce', { amount: yuan(inForce.limit), day: day(inForce.since) })}
          {inForce.adjustmentId === null && ` ${t('credit.adjustment.byGrading')}`}
        </p>
      )}
      <h4>{t('credit.adjustment.history', { n: file.adjustments.length })}</h4>
      <p className="field-hint">
        {cite(LIMIT_ADJUSTMENT.source)} {noteText(LIMIT_ADJUSTMENT.choice, i18n.language)}
      </p>
      <ul className="credit-history" data-testid="credit-adjustments">
        {file.adjustments.map((a) => (
          <li key={a.id} data-testid={`credit-adjustment-${a.id}`}>
            {t('credit.adjustment.entry', {
              month: a.month,
              from: yuan(a.fromLimit),
              to: yuan(a.toLimit),
              proposer: a.proposedByName,
              proposedAt: formatInstant(a.proposedAt, timeZone),
              approver: a.approvedByName,
              approvedAt: formatInstant(a.approvedAt, timeZone),
              day: day(a.effectiveOn),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
