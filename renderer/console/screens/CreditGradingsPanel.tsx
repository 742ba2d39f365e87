import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CREDIT_GRADES, type ConsoleCreditList } from '../../../shared/sync/console-risk-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { currentLanguage } from '../../i18n/i18n';
import { formatCalendarDate } from '../../lib/locale-format';
import { formatInstant } from '../../lib/zoned-time';
import { useConsoleCreditStore } from '../stores/console-risk-store';
import { PAGE_SIZE } from '../stores/records-store';
import { CountedSelect, SearchBox } from './CountedFilters';
import { ListCount } from './ListControls';
import { Pager } from './Pager';
import { SiteSelect } from './SiteSelect';

type Grade = (typeof CREDIT_GRADES)[number];

/**
 * 信用等级 at head office (seed002 客户管理制度3, issue 19 §2): each customer's grading in force as its site
 * approved it, with the review day and whether it has passed; filtered by site, grade, overdue and name. Read-only.
 */
export function CreditGradingsPanel() {
  const { t } = useTranslation();
  const { query, list, error, load } = useConsoleCreditStore();
  const [text, setText] = useState(query.q ?? '');

  useEffect(() => {
    void load(query);
  }, []);

  const search = (event: FormEvent) => {
    event.preventDefault();
    void load({ ...query, q: text.trim() || undefined, offset: 0 });
  };

  return (
    <section aria-labelledby="console-credit-title" data-testid="console-credit">
      <h3 id="console-credit-title">{t('consoleRisk.credit.title')}</h3>
      <form className="console-filters" onSubmit={search} role="search">
        <SiteSelect value={query.siteId} label={t('console.complaints.site')} onChange={(siteId) => void load({ ...query, siteId, offset: 0 })} />
        <CountedSelect
          label={t('consoleRisk.credit.grade')}
          allLabel={t('consoleRisk.credit.allGrades')}
          testId="credit-grade-filter"
          values={CREDIT_GRADES}
          value={query.grade}
          labelOf={(grade) => t(`credit.grades.${grade}`)}
          countOf={list ? (grade) => list.counts[grade] : null}
          onChange={(grade: Grade | undefined) => void load({ ...query, grade, offset: 0 })}
        />
        <label>
          <input type="checkbox" data-testid="credit-overdue-filter" checked={query.overdue === 'true'} onChange={(e) => void load({ ...query, overdue: e.target.checked ? 'true' : undefined, offset: 0 })} />{' '}
          {t('consoleRisk.credit.overdueOnly', { n: list?.counts.overdue ?? 0 })}
        </label>
        <SearchBox testId="credit-search" value={text} onChange={setText} />
      </form>
      <ErrorBanner messages={error ? [error] : []} />
      {list && <ListCount total={list.total} />}
      <CreditGradingsTable rows={list?.rows} />
      <Pager offset={query.offset ?? 0} pageSize={PAGE_SIZE} shown={list?.rows.length ?? 0} total={list?.total ?? 0} onPage={(offset) => void load({ ...query, offset })} />
    </section>
  );
}

/** One row per customer: site, customer, grade, credit limit, approved at, review day (and whether it has passed). */
function CreditGradingsTable({ rows }: { rows: ConsoleCreditList['rows'] | undefined }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="console-credit-table">
        <thead>
          <tr>
            <th>{t('console.complaints.site')}</th>
            <th>{t('consoleRisk.customer')}</th>
            <th>{t('consoleRisk.credit.grade')}</th>
            <th>{t('consoleRisk.credit.limit')}</th>
            <th>{t('consoleRisk.credit.approvedAt')}</th>
            <th>{t('consoleRisk.credit.reviewDueOn')}</th>
          </tr>
        </thead>
        <tbody>
          {(rows ?? []).map((row) => (
            <tr key={`${row.siteId}/${row.customerId}`} data-testid="credit-row" data-overdue={String(row.reviewOverdue)}>
              <td className="mono">{row.siteCode}</td>
              <td>{row.customerName ?? <span className="muted">{t('consoleRisk.unknownCustomer')}</span>}</td>
              <td>{t(`credit.grades.${row.grade}`)}</td>
              <td>{row.creditLimit > 0 ? row.creditLimit.toLocaleString(lang === 'en' ? 'en' : 'zh-CN') : t('credit.noCredit')}</td>
              <td className="nowrap">{formatInstant(row.approvedAt)}</td>
              <td className="nowrap">
                {row.reviewDueOn ? formatCalendarDate(row.reviewDueOn, lang) : '—'}
                {row.reviewOverdue && <strong> {t('consoleRisk.credit.overdue')}</strong>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows?.length === 0 && <p className="muted">{t('console.empty')}</p>}
    </div>
  );
}
