import { useTranslation } from 'react-i18next';
import type { CreditEvaluation, CreditMonth } from '../../../../../shared/api/credit-monthly';
import { EXECUTION_EVALUATION } from '../../../../../shared/credit/credit-monthly';
import { useCitation } from '../../../../components/SourceCitation';
import { useSessionStore } from '../../../../stores/session-store';
import { yuan } from '../credit-form-model';
import { SignatureRow } from './CreditGradingPrint';
import './credit-print.css';

/** Rows of a blank form: room for the customers of a month written by hand. */
const BLANK_ROWS = 10;

const distinct = (names: (string | undefined)[]) => [...new Set(names.filter((n): n is string => !!n))].join('、') || undefined;

/**
 * 《客户授信额度执行评价表》 on A4 (seed002 客户管理制度3 第四十条): blank for
 * filling in by hand, or the month's evaluations as recorded (computed columns:
 * limit, overdue days, over-limit), with the signature lines of 第四十条、第四十一条
 * and who took each step in the app. Shown only on paper.
 */
export function CreditEvaluationPrint({ view }: { view: CreditMonth | null }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const siteInfo = useSessionStore((s) => s.status?.site ?? null);
  const site = siteInfo ? `${siteInfo.name}（${siteInfo.code}）` : '';
  const rows = view?.rows ?? [];
  return (
    <div className="paper-sheet credit-print" data-testid="evaluation-print-sheet" aria-hidden="true">
      <section className="credit-print-page">
        <h1>{t('creditMonthly.sheet.title')}</h1>
        <p className="credit-print-head">
          {t('credit.sheet.site')}：{site}　{t('creditMonthly.sheet.month')}：{view ? view.month : t('creditMonthly.sheet.blankMonth')}　{cite(EXECUTION_EVALUATION.source)}
        </p>
        <EvaluationPrintTable rows={rows} blankRows={view ? 0 : BLANK_ROWS} />
        <p>{t('creditMonthly.sheet.truth')}</p>
        <EvaluationSignatures evaluations={rows.map((r) => r.evaluation)} />
      </section>
    </div>
  );
}

/** The form's lines: the month's customers with their figures and computed columns, or empty rows to fill by hand. */
function EvaluationPrintTable({ rows, blankRows }: { rows: CreditMonth['rows']; blankRows: number }) {
  const { t } = useTranslation();
  const blank = Array.from({ length: blankRows }, (_, i) => i);
  return (
    <table>
      <thead>
        <tr>
          <th>{t('creditMonthly.customer')}</th>
          <th>{t('creditMonthly.limit')}</th>
          <th>{t('creditMonthly.balance')}</th>
          <th>{t('creditMonthly.shipments')}</th>
          <th>{t('creditMonthly.payments')}</th>
          <th>{t('creditMonthly.sheet.overdueAmount')}</th>
          <th>{t('creditMonthly.sheet.overdueDays')}</th>
          <th>{t('creditMonthly.overLimit')}</th>
          <th>{t('creditMonthly.sheet.opinion')}</th>
          <th>{t('creditMonthly.sheet.adjustment')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ customerId, customerName, evaluation: e }) => (
          <tr key={customerId} data-testid="evaluation-print-row">
            <td>{customerName}</td>
            <td>{e ? yuan(e.creditLimit) : ''}</td>
            <td>{e ? yuan(e.balance) : ''}</td>
            <td>{e ? yuan(e.shipments) : ''}</td>
            <td>{e ? yuan(e.payments) : ''}</td>
            <td>{e ? yuan(e.overdueAmount) : ''}</td>
            <td>{e ? e.overdueDays : ''}</td>
            <td>{e ? (e.overLimit ? t('creditMonthly.overLimitYes') : t('creditMonthly.overLimitNo')) : ''}</td>
            <td>{e?.check?.opinion ?? ''}</td>
            <td>{e?.check?.proposedLimit != null ? yuan(e.check.proposedLimit) : ''}</td>
          </tr>
        ))}
        {blank.map((i) => (
          <tr key={i} data-testid="evaluation-print-blank-row">
            {Array.from({ length: 10 }, (_, c) => (
              <td key={c} className={c === 0 ? 'credit-print-sign' : undefined} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The signature lines of 第四十条、第四十一条, with who took each step in the app. */
function EvaluationSignatures({ evaluations }: { evaluations: (CreditEvaluation | null)[] }) {
  const { t } = useTranslation();
  return (
    <table className="credit-print-signatures">
      <tbody>
        <SignatureRow post={t('creditMonthly.sheet.finance')} signed={distinct(evaluations.map((e) => e?.filled.byName))} />
        <SignatureRow post={t('creditMonthly.sheet.manager')} signed={distinct(evaluations.map((e) => e?.check?.byName))} />
        <SignatureRow post={t('creditMonthly.sheet.gm')} signed={distinct(evaluations.map((e) => e?.decision?.byName))} />
        <SignatureRow post={t('creditMonthly.sheet.chairman')} />
      </tbody>
    </table>
  );
}
