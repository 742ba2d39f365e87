import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreditMonth } from '../../../../../shared/api/credit-monthly';
import { SUPERVISOR_REPORT } from '../../../../../shared/credit/credit-monthly';
import { hasPermission } from '../../../../../shared/domain/roles';
import { noteText } from '../../../../../shared/sources/choice-note';
import { api } from '../../../../api/client';
import { ErrorBanner } from '../../../../components/ErrorBanner';
import { FormField } from '../../../../components/FormField';
import { useCitation } from '../../../../components/SourceCitation';
import { useTimeZone } from '../../../../hooks/use-time-zone';
import { currentLanguage } from '../../../../i18n/i18n';
import { errorText } from '../../../../lib/error-text';
import { formatCalendarDate } from '../../../../lib/locale-format';
import { formatInstant } from '../../../../lib/zoned-time';
import { useSessionStore } from '../../../../stores/session-store';

/** 业务主管月度书面汇报 (seed002 客户管理制度3 第三十九条): the month's report as filed, or the form to file it with the truthfulness declaration. */
export function SupervisorReportPanel({ view, onFiled }: { view: CreditMonth; onFiled: () => void }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const timeZone = useTimeZone();
  const user = useSessionStore((s) => s.user);
  const mayFile = !!user && hasPermission(user.roles, 'credit.propose');
  const report = view.report;
  const overdue = !report && view.reportRequired && view.today > view.dueOn;
  return (
    <section className="customer-file-section" data-testid="supervisor-report">
      <h3>{t('creditMonthly.report.title')}</h3>
      <p className="field-hint">
        {SUPERVISOR_REPORT.text}（{cite(SUPERVISOR_REPORT.source)}） {noteText(SUPERVISOR_REPORT.choice, i18n.language)}
      </p>
      {!view.reportRequired && !report && <p className="muted">{t('creditMonthly.report.notOwed')}</p>}
      {view.reportRequired && (
        <p data-testid="supervisor-report-status" className={overdue ? 'credit-due-overdue' : undefined}>
          {t('creditMonthly.report.due', { day: formatCalendarDate(view.dueOn, currentLanguage()) })} ·{' '}
          {report ? `${t('creditMonthly.report.filed', { name: report.filed.byName, time: formatInstant(report.filed.at, timeZone) })}${report.late ? ` ${t('creditMonthly.report.late')}` : ''}` : t('creditMonthly.report.missing')}
          {overdue && ` ${t('creditMonthly.report.overdue')}`}
        </p>
      )}
      {report && (
        <>
          <p>{t('creditMonthly.report.covers', { names: report.customers.map((c) => c.customerName).join('、') })}</p>
          <p className="credit-report-body" data-testid="supervisor-report-body">
            {report.text}
          </p>
        </>
      )}
      {!report && view.reportRequired && mayFile && <SupervisorReportForm month={view.month} onFiled={onFiled} />}
    </section>
  );
}

/** The form: the report's text and the truthfulness declaration, both required (第三十九条). */
function SupervisorReportForm({ month, onFiled }: { month: string; onFiled: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [declared, setDeclared] = useState(false);
  const [shown, setShown] = useState<Record<string, string | undefined>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string | undefined> = {};
    if (body.trim() === '') local.body = t('creditMonthly.report.bodyRequired');
    if (!declared) local.declared = t('creditMonthly.report.declareRequired');
    setShown(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      await api.call('credit.fileReport', { month, text: body.trim(), declared: true });
      setOther([]);
      onFiled();
    } catch (error) {
      setOther([errorText(error, t)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate data-testid="supervisor-report-form">
      <ErrorBanner messages={other} />
      <FormField id="supervisor-report-body" label={t('creditMonthly.report.body')} error={shown.body} required>
        {(control) => <textarea {...control} rows={5} maxLength={20_000} data-testid="supervisor-report-text" value={body} onChange={(e) => setBody(e.target.value)} />}
      </FormField>
      <label className="credit-tick" htmlFor="supervisor-report-declared">
        <input id="supervisor-report-declared" type="checkbox" data-testid="supervisor-report-declared" checked={declared} onChange={(e) => setDeclared(e.target.checked)} />
        {t('creditMonthly.report.declare')}
      </label>
      {shown.declared && <p className="field-error">{shown.declared}</p>}
      <div className="toolbar">
        <button type="submit" className="button primary" data-testid="supervisor-report-submit" disabled={busy}>
          {t('creditMonthly.report.submit')}
        </button>
      </div>
    </form>
  );
}
