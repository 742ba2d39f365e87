import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleCreditMonth } from '../../../shared/sync/console-credit-monthly-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { currentLanguage } from '../../i18n/i18n';
import { formatCalendarDate } from '../../lib/locale-format';
import { useConsoleCreditMonthStore } from '../stores/console-risk-store';
import { SiteSelect } from './SiteSelect';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Head office's month, Asia/Shanghai, as the sites keep their records. */
export const currentHeadOfficeMonth = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());

/**
 * 授信月度检查 at head office (seed002 客户管理制度3 第三十九条、第四十条, issue 19 §2):
 * a month of the sites' 《客户授信额度执行评价表》 lines as they computed them
 * (limit, over-limit, overdue days) and the supervisors' written reports. Read-only.
 */
export function CreditMonthPanel() {
  const { t } = useTranslation();
  const { query, view, error, load } = useConsoleCreditMonthStore();
  const [typed, setTyped] = useState(query.month || currentHeadOfficeMonth());

  useEffect(() => {
    void load({ ...query, month: query.month || currentHeadOfficeMonth() });
  }, []);

  const show = (event: FormEvent) => {
    event.preventDefault();
    if (MONTH.test(typed.trim())) void load({ ...query, month: typed.trim() });
  };

  return (
    <section aria-labelledby="console-credit-month-title" data-testid="console-credit-month">
      <h3 id="console-credit-month-title">{t('consoleRisk.monthly.title')}</h3>
      <form className="console-filters" onSubmit={show}>
        <SiteSelect value={query.siteId} label={t('console.complaints.site')} onChange={(siteId) => void load({ ...query, siteId })} />
        <label>
          {t('consoleRisk.monthly.month')}{' '}
          <input data-testid="console-credit-month-input" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </label>
        <button type="submit" className="button" data-testid="console-credit-month-show">
          {t('consoleRisk.monthly.show')}
        </button>
      </form>
      <ErrorBanner messages={error ? [error] : []} />
      <ConsoleEvaluationsTable evaluations={view?.evaluations ?? null} />
      <ConsoleSupervisorReports reports={view?.reports ?? null} />
    </section>
  );
}

/** Each site's evaluation lines as the site computed them (null while loading). */
function ConsoleEvaluationsTable({ evaluations }: { evaluations: ConsoleCreditMonth['evaluations'] | null }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const amount = (n: number) => n.toLocaleString(lang === 'en' ? 'en' : 'zh-CN');
  return (
    <div className="table-wrap">
      <table className="table" data-testid="console-credit-month-table">
        <thead>
          <tr>
            <th>{t('console.complaints.site')}</th>
            <th>{t('consoleRisk.customer')}</th>
            <th>{t('consoleRisk.credit.limit')}</th>
            <th>{t('consoleRisk.monthly.balance')}</th>
            <th>{t('consoleRisk.monthly.overdue')}</th>
            <th>{t('consoleRisk.monthly.overLimit')}</th>
            <th>{t('consoleRisk.monthly.check')}</th>
          </tr>
        </thead>
        <tbody>
          {(evaluations ?? []).map((e) => (
            <tr key={`${e.siteId}/${e.customerId}`} data-testid="console-evaluation-row" data-over-limit={String(e.overLimit)}>
              <td className="mono">{e.siteCode}</td>
              <td>{e.customerName ?? <span className="muted">{t('consoleRisk.unknownCustomer')}</span>}</td>
              <td>{amount(e.creditLimit)}</td>
              <td>{amount(e.balance)}</td>
              <td>{e.overdueAmount > 0 ? t('consoleRisk.monthly.overdueValue', { amount: amount(e.overdueAmount), days: e.overdueDays }) : '—'}</td>
              <td>{e.overLimit ? <strong>{t('consoleRisk.monthly.over')}</strong> : t('consoleRisk.monthly.within')}</td>
              <td>{e.checkedByName ? `${e.checkedByName}：${e.opinion ?? ''}` : <span className="muted">{t('consoleRisk.monthly.notChecked')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {evaluations?.length === 0 && <p className="muted">{t('console.empty')}</p>}
    </div>
  );
}

/** Each site's written report of the month: who filed it, when, whether late, and its text. */
function ConsoleSupervisorReports({ reports }: { reports: ConsoleCreditMonth['reports'] | null }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <>
      <h4>{t('consoleRisk.monthly.reports')}</h4>
      {reports?.length === 0 && <p className="muted">{t('console.empty')}</p>}
      <ul data-testid="console-credit-reports">
        {(reports ?? []).map((r) => (
          <li key={r.siteId}>
            <span className="mono">{r.siteCode}</span> {t('consoleRisk.monthly.filed', { name: r.filedByName, day: formatCalendarDate(r.filedOn, lang) })}
            {r.late && <strong> {t('consoleRisk.monthly.late')}</strong>}：{r.text}
          </li>
        ))}
      </ul>
    </>
  );
}
