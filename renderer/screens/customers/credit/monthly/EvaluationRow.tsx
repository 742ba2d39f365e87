import { useTranslation } from 'react-i18next';
import type { CreditMonth } from '../../../../../shared/api/credit-monthly';
import { useTimeZone } from '../../../../hooks/use-time-zone';
import { formatInstant } from '../../../../lib/zoned-time';
import { yuan } from '../credit-form-model';

export type RowAction = 'fill' | 'check' | 'decide';

/** One customer's line of the month: finance's figures, the computed columns, the check and the decision, and what the signed-in user may do next. */
export function EvaluationRow(props: { row: CreditMonth['rows'][number]; may: Record<RowAction, boolean>; /** The signed-in user, who may not check figures they entered. */ userId: string | undefined; onAction: (action: RowAction) => void }) {
  const { row, may, userId, onAction } = props;
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const e = row.evaluation;
  const when = (at: string) => formatInstant(at, timeZone);
  return (
    <tr data-testid={`evaluation-row-${row.customerId}`} data-over-limit={e ? String(e.overLimit) : undefined}>
      <th scope="row">
        {row.customerName}
        {!row.required && <small className="credit-kind"> {t('creditMonthly.notRequired')}</small>}
      </th>
      {e ? (
        <>
          <td>{yuan(e.creditLimit)}</td>
          <td>{yuan(e.balance)}</td>
          <td>{yuan(e.shipments)}</td>
          <td>{yuan(e.payments)}</td>
          <td>{e.overdueAmount > 0 ? t('creditMonthly.overdueValue', { amount: yuan(e.overdueAmount), days: e.overdueDays }) : '—'}</td>
          <td className={e.overLimit ? 'credit-due-overdue' : undefined} data-testid="evaluation-over-limit">
            {e.overLimit ? t('creditMonthly.overLimitYes') : t('creditMonthly.overLimitNo')}
          </td>
        </>
      ) : (
        <td colSpan={6} className="muted">
          {t('creditMonthly.notFilled')}
        </td>
      )}
      <td>
        {e && <small className="muted">{t('creditMonthly.filled', { name: e.filled.byName, time: when(e.filled.at), version: e.version })}</small>}
        {e?.check ? (
          <p data-testid="evaluation-checked">
            {t('creditMonthly.checked', { name: e.check.byName, time: when(e.check.at), agree: e.check.figuresAgree ? t('creditMonthly.agree') : t('creditMonthly.disagree'), opinion: e.check.opinion })}
            {e.check.proposedLimit !== null && <> · {t('creditMonthly.proposed', { amount: yuan(e.check.proposedLimit) })}</>}
            {e.decision && <> · {t('creditMonthly.decided', { name: e.decision.byName, time: when(e.decision.at), decision: t(`creditMonthly.decisions.${e.decision.decision}`) })}</>}
          </p>
        ) : (
          e && <p className="muted">{t('creditMonthly.notChecked')}</p>
        )}
        <div className="toolbar">
          {may.fill && !e?.check && (
            <button type="button" className="button" data-testid="evaluation-fill" onClick={() => onAction('fill')}>
              {e ? t('creditMonthly.correct') : t('creditMonthly.fill')}
            </button>
          )}
          {may.check && e && !e.check && <CheckButton evaluationId={e.id} ownFigures={e.filled.byId === userId} onCheck={() => onAction('check')} />}
          {may.decide && e?.check && e.check.proposedLimit !== null && !e.decision && (
            <button type="button" className="button" data-testid="evaluation-decide" onClick={() => onAction('decide')}>
              {t('creditMonthly.decideAction')}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}

/** 核对, offered to the sales manager; shown disabled with the reason to whoever entered the figures (第四十条 gives filling and checking to two departments; the core refuses them too). */
function CheckButton({ evaluationId, ownFigures, onCheck }: { evaluationId: string; ownFigures: boolean; onCheck: () => void }) {
  const { t } = useTranslation();
  const reasonId = `evaluation-check-own-${evaluationId}`;
  return (
    <>
      <button type="button" className="button" data-testid="evaluation-check" disabled={ownFigures} aria-describedby={ownFigures ? reasonId : undefined} onClick={onCheck}>
        {t('creditMonthly.checkAction')}
      </button>
      {ownFigures && (
        <small id={reasonId} className="muted" data-testid="evaluation-check-own">
          {t('creditMonthly.ownFigures')}
        </small>
      )}
    </>
  );
}
