import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { CreditMonth } from '../../../../../shared/api/credit-monthly';
import { EXECUTION_EVALUATION, SUPERVISOR_REPORT } from '../../../../../shared/credit/credit-monthly';
import { siteDayOf } from '../../../../../shared/domain/opinion-book';
import { hasPermission } from '../../../../../shared/domain/roles';
import { noteText } from '../../../../../shared/sources/choice-note';
import { api } from '../../../../api/client';
import { ErrorBanner } from '../../../../components/ErrorBanner';
import { MonthPicker } from '../../../../components/MonthPicker';
import { useCitation } from '../../../../components/SourceCitation';
import { useLoaded } from '../../../../hooks/use-loaded';
import { useTimeZone } from '../../../../hooks/use-time-zone';
import { currentLanguage } from '../../../../i18n/i18n';
import { errorText } from '../../../../lib/error-text';
import { formatCalendarDate } from '../../../../lib/locale-format';
import { useNavigationStore } from '../../../../stores/navigation-store';
import { useSessionStore } from '../../../../stores/session-store';
import { CreditEvaluationPrint } from '../print/CreditEvaluationPrint';
import '../credit.css';
import { AdjustmentDecision, EvaluationCheckForm } from './EvaluationCheckForm';
import { EvaluationFiguresForm } from './EvaluationFiguresForm';
import { EvaluationRow, type RowAction } from './EvaluationRow';
import { SupervisorReportPanel } from './SupervisorReportPanel';

/**
 * 授信月度检查 (seed002 客户管理制度3 第三十九条、第四十条): a month's
 * 《客户授信额度执行评价表》 — a line per customer holding a limit on its first
 * day, finance's figures, the sales manager's check, the general manager's
 * decision on an adjustment — printable blank or filled, and the supervisor's
 * written report.
 */
export function CreditMonthPage() {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const timeZone = useTimeZone();
  const user = useSessionStore((s) => s.user);
  const may = { fill: !!user && hasPermission(user.roles, 'credit.fillFigures'), check: !!user && hasPermission(user.roles, 'credit.propose'), decide: !!user && hasPermission(user.roles, 'credit.approve') };
  const [month, setMonth] = useState(() => siteDayOf(new Date(), timeZone).slice(0, 7));
  const { value: view, failure, load } = useLoaded(useCallback(() => api.call('credit.month', { month }), [month]));
  const [open, setOpen] = useState<{ customerId: string; action: RowAction } | null>(null);
  const [printed, setPrinted] = useState<{ blank: boolean; n: number } | null>(null);
  const page = useRef<HTMLElement>(null);
  useEffect(() => {
    if (printed) window.print();
  }, [printed]);

  const done = () => {
    setOpen(null);
    void load();
  };
  const openRow = view?.rows.find((r) => r.customerId === open?.customerId);

  return (
    <section className="page" data-testid="credit-month" ref={page}>
      <div className="page-header">
        <h2 className="page-title">{t('creditMonthly.title')}</h2>
        <PrintActions printable={!!view} onPrint={(blank) => setPrinted({ blank, n: (printed?.n ?? 0) + 1 })} />
      </div>
      <p className="field-hint">{t('creditMonthly.hint', { evaluation: cite(EXECUTION_EVALUATION.source), report: cite(SUPERVISOR_REPORT.source) })}</p>
      <p className="field-hint">{noteText(EXECUTION_EVALUATION.choice, i18n.language)}</p>
      <MonthPicker prefix="credit-month" initial={month} onShow={setMonth} />
      <ErrorBanner messages={failure ? [errorText(failure, t)] : []} />
      {view && <p data-testid="credit-month-due">{t('creditMonthly.dueOn', { day: formatCalendarDate(view.dueOn, currentLanguage()) })}</p>}
      {view && view.rows.length === 0 && <p className="muted">{t('creditMonthly.none')}</p>}
      {view && view.rows.length > 0 && <EvaluationTable view={view} may={may} userId={user?.id} onAction={(customerId, action) => setOpen({ customerId, action })} />}
      {view && openRow && open?.action === 'fill' && (
        <EvaluationFiguresForm customerId={openRow.customerId} customerName={openRow.customerName} month={view.month} today={view.today} held={openRow.evaluation} onDone={done} />
      )}
      {openRow?.evaluation && open?.action === 'check' && <EvaluationCheckForm evaluation={openRow.evaluation} onDone={done} />}
      {openRow?.evaluation && open?.action === 'decide' && <AdjustmentDecision evaluation={openRow.evaluation} onDone={done} />}
      {view && <SupervisorReportPanel view={view} onFiled={() => void load()} />}
      {printed && createPortal(<CreditEvaluationPrint key={printed.n} view={printed.blank ? null : view} />, page.current ?? document.body)}
    </section>
  );
}

/** 打印空白表, 打印本月表 and the way back to 信用复查到期. */
function PrintActions({ printable, onPrint }: { printable: boolean; onPrint: (blank: boolean) => void }) {
  const { t } = useTranslation();
  const go = useNavigationStore((s) => s.go);
  return (
    <div className="page-header-actions">
      <button type="button" className="button" data-testid="evaluation-print-blank" onClick={() => onPrint(true)}>
        {t('creditMonthly.printBlank')}
      </button>
      <button type="button" className="button" data-testid="evaluation-print-filled" disabled={!printable} onClick={() => onPrint(false)}>
        {t('creditMonthly.printFilled')}
      </button>
      <button type="button" className="button" onClick={() => go({ page: 'credit-review-due' })}>
        {t('creditMonthly.back')}
      </button>
    </div>
  );
}

const COLUMNS = ['customer', 'limit', 'balance', 'shipments', 'payments', 'overdue', 'overLimit', 'check'] as const;

/** The month's lines, one per customer, each with the next step the signed-in user may take. */
function EvaluationTable(props: { view: CreditMonth; may: Record<RowAction, boolean>; userId: string | undefined; onAction: (customerId: string, action: RowAction) => void }) {
  const { view, may, userId, onAction } = props;
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="credit-criteria" data-testid="evaluation-table">
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th key={key} scope="col">
                {t(`creditMonthly.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <EvaluationRow key={`${row.customerId}-${row.evaluation?.version ?? 0}`} row={row} may={may} userId={userId} onAction={(action) => onAction(row.customerId, action)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
