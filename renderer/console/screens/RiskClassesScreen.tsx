import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RISK_CLASS_LABELS, RISK_CLASS_PACK_SOURCE, SEVERITY_ORDER, type RiskClass } from '../../../shared/risk-classes/pack';
import { noteText } from '../../../shared/sources/choice-note';
import type { ConsoleRiskList } from '../../../shared/sync/console-risk-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useCitation } from '../../components/SourceCitation';
import { currentLanguage } from '../../i18n/i18n';
import { formatInstant } from '../../lib/zoned-time';
import { useConsoleRiskStore } from '../stores/console-risk-store';
import { PAGE_SIZE } from '../stores/records-store';
import { useSitesStore } from '../stores/sites-store';
import { CreditGradingsPanel } from './CreditGradingsPanel';
import { ConsoleRiskMeetingsPanel } from './ConsoleRiskMeetingsPanel';
import { CreditMonthPanel } from './CreditMonthPanel';
import { CountedSelect, SearchBox } from './CountedFilters';
import { ListCount } from './ListControls';
import { Pager } from './Pager';
import { SiteSelect } from './SiteSelect';

/**
 * 风险分类 at head office (seed000 第二篇, issue 19 §3): each credit customer's current class as its site
 * decided it, per site, filtered by site, class and name, with the count per class, and the sites' risk
 * meetings of a period (第二篇 三、). Read-only: classes are proposed, reviewed and decided at the site.
 */
export function RiskClassesScreen() {
  const { t } = useTranslation();
  const cite = useCitation();
  const { query, list, error, load } = useConsoleRiskStore();
  const sites = useSitesStore((s) => s.sites);
  const loadSites = useSitesStore((s) => s.load);
  const [text, setText] = useState(query.q ?? '');
  const lang = currentLanguage();
  const label = (cls: RiskClass) => noteText(RISK_CLASS_LABELS[cls], lang);

  useEffect(() => {
    void load(query);
    if (!sites) void loadSites();
  }, []);

  const search = (event: FormEvent) => {
    event.preventDefault();
    void load({ ...query, q: text.trim() || undefined, offset: 0 });
  };

  return (
    <section className="page" aria-busy={list === null && !error}>
      <header className="page-header">
        <h2 className="page-title">{t('consoleRisk.title')}</h2>
      </header>
      <p className="muted">{t('consoleRisk.hint', { source: cite(RISK_CLASS_PACK_SOURCE) })}</p>
      <form className="console-filters" onSubmit={search} role="search">
        <SiteSelect value={query.siteId} label={t('console.complaints.site')} onChange={(siteId) => void load({ ...query, siteId, offset: 0 })} />
        <CountedSelect
          label={t('consoleRisk.riskClass')}
          allLabel={t('consoleRisk.allClasses')}
          testId="risk-class-filter"
          values={SEVERITY_ORDER}
          value={query.riskClass}
          labelOf={label}
          countOf={list ? (cls) => list.counts[cls] : null}
          onChange={(riskClass: RiskClass | undefined) => void load({ ...query, riskClass, offset: 0 })}
        />
        <SearchBox testId="risk-search" value={text} onChange={setText} />
      </form>
      <ErrorBanner messages={error ? [error] : []} />
      {list && <RiskCounts counts={list.counts} label={label} />}
      {list && <ListCount total={list.total} />}
      <RiskClassesTable rows={list?.rows} label={label} />
      <Pager offset={query.offset ?? 0} pageSize={PAGE_SIZE} shown={list?.rows.length ?? 0} total={list?.total ?? 0} onPage={(offset) => void load({ ...query, offset })} />
      <ConsoleRiskMeetingsPanel sites={sites ?? []} />
      <CreditGradingsPanel />
      <CreditMonthPanel />
    </section>
  );
}

type Label = (cls: RiskClass) => string;

/** The count of customers per class, most severe first. */
function RiskCounts({ counts, label }: { counts: ConsoleRiskList['counts']; label: Label }) {
  const { t } = useTranslation();
  return (
    <ul className="narrative-counts" data-testid="risk-counts">
      {SEVERITY_ORDER.map((cls) => (
        <li key={cls}>{t('consoleRisk.count', { cls: label(cls), n: counts[cls] })}</li>
      ))}
    </ul>
  );
}

/** One row per credit customer: site, customer, current class (and the one before), since, reason, changes. */
function RiskClassesTable({ rows, label }: { rows: ConsoleRiskList['rows'] | undefined; label: Label }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="risk-classes-table">
        <thead>
          <tr>
            <th>{t('console.complaints.site')}</th>
            <th>{t('consoleRisk.customer')}</th>
            <th>{t('consoleRisk.riskClass')}</th>
            <th>{t('consoleRisk.since')}</th>
            <th>{t('consoleRisk.reason')}</th>
            <th>{t('consoleRisk.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {(rows ?? []).map((row) => (
            <tr key={`${row.siteId}/${row.customerId}`} data-testid="risk-class-row">
              <td className="mono">{row.siteCode}</td>
              <td>{row.customerName ?? <span className="muted">{t('consoleRisk.unknownCustomer')}</span>}</td>
              <td>
                {label(row.riskClass)} <span className="muted">{t('consoleRisk.from', { cls: label(row.fromClass) })}</span>
              </td>
              <td className="nowrap">{formatInstant(row.since)}</td>
              <td>
                {row.reason}
                {row.decisionNote && <div className="muted">{t('consoleRisk.decisionNote', { note: row.decisionNote })}</div>}
              </td>
              <td>{row.changes}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows?.length === 0 && <p className="muted">{t('console.empty')}</p>}
    </div>
  );
}
