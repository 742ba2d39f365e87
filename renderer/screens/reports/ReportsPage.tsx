import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput, ApiOutput } from '../../../shared/api/contract';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { currentLanguage } from '../../i18n/i18n';
import { errorText } from '../../lib/error-text';
import { formatCalendarDate, formatMoment } from '../../lib/locale-format';
import { ExportBar, type CasePageFetcher, type ExportRecorder } from '../../reports/ExportBar';
import { ReportChart } from '../../reports/ReportChart';
import { ReportView, type CellRef } from '../../reports/ReportView';
import { ReportVocabulary } from '../../reports/report-vocabulary';
import { useReportLabels } from '../../reports/use-report-labels';
import { useReportsStore } from '../../stores/reports-store';
import { useSettingsStore } from '../../stores/settings-store';
import { CasesPanel } from './CasesPanel';
import { CadencePanel, OverduePanel } from './ListsPanels';
import { ReportControls } from './ReportControls';
import { SanctionRollupPanel } from './SanctionRollupPanel';
import { CircularPanel } from './CircularPanel';
import { NotificationRatesPanel, notificationRatesTable, usePeriodTimeliness } from './NotificationRatesPanel';
import { NarrativeReportsPanel, NarrativePaper } from './narrative/NarrativeReportsPanel';
import './reports.css';
import { useCitation } from '../../components/SourceCitation';
import { noteLang, noteText } from '../../../shared/sources/choice-note';

/** 报表: the site's reports, only what this user may see; bad input is refused by the core with its reason and nothing is shown. */
/** Each export of this computer's reports is entered in the site's register of bulk exports (issue 19 §4). */
const registerExport: ExportRecorder = async (exported) => {
  await api.call('privacy.recordExport', exported);
};

export function ReportsPage() {
  const { t } = useTranslation();
  const { meta, result, request, overdue, cadence, loading, error, loadMeta, run } = useReportsStore();
  const [cell, setCell] = useState<CellRef | null>(null);
  const { rulePack, loadRulePack, site, loadSite } = useSettingsStore();
  const vocabulary = useMemo(() => ({ pack: rulePack ?? null, siteNames: site ? { [site.siteId]: site.name } : {} }), [rulePack, site]);
  useEffect(() => {
    void loadMeta();
  }, [loadMeta]);
  useEffect(() => {
    if (rulePack === undefined) void loadRulePack();
  }, [rulePack, loadRulePack]);
  useEffect(() => {
    if (!site) void loadSite();
  }, [site, loadSite]);
  return (
    <ReportVocabulary.Provider value={vocabulary}>
      <section className="page reports-page">
        <h2 className="page-title">{t('reports.title')}</h2>
        {meta && (
          <ReportControls
            meta={meta}
            busy={loading}
            onRun={(input) => {
              setCell(null);
              void run(input);
            }}
          />
        )}
        {error !== null && <ErrorBanner messages={[errorText(error, t)]} />}
        {result && request && <ReportBody result={result} request={request} definition={meta?.definitions.find((d) => d.id === result.definitionId)} onCell={setCell} />}
        {cell && request && <CasesPanel request={request} cell={cell} onClose={() => setCell(null)} />}
        {overdue && <OverduePanel overdue={overdue} />}
        {cadence && <CadencePanel cadence={cadence} />}
        {meta && <SanctionRollupPanel meta={meta} />}
        {meta && <CircularPanel today={meta.today} />}
        {meta && <NarrativeReportsPanel today={meta.today} />}
        <NarrativePaper />
      </section>
    </ReportVocabulary.Provider>
  );
}

function ReportBody({
  result,
  request,
  definition,
  onCell,
}: {
  result: ApiOutput<'reports.run'>;
  request: ApiInput<'reports.run'>;
  definition: ApiOutput<'reports.definitions'>['definitions'][number] | undefined;
  onCell: (cell: CellRef) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = useReportLabels();
  const title = lang === 'en' ? result.title.en : result.title.zh;
  const fetchCases: CasePageFetcher = async (after) => {
    const page = await api.call('reports.cases', { ...request, cell: {}, limit: 500, ...(after ? { after: { receivedAt: after.receivedAt, siteId: after.siteId, complaintId: after.complaintId } } : {}) });
    return { cases: page.cases, total: page.total, hasMore: page.next !== null };
  };
  const counts = result.measures.filter((m) => m.kind === 'count');
  const trend = useMemo(() => counts.map((m) => ({ name: labels.measure(m), values: result.rows.map((r) => r.values[m.measure]?.value ?? 0) })), [result, counts, labels]);
  const first = result.tables[0];
  const timeliness = usePeriodTimeliness(result.period);
  const extraTables = useMemo(() => (timeliness.stats ? [notificationRatesTable(timeliness.stats, t)] : []), [timeliness.stats, t]);
  const shares = useMemo(() => (first ? [{ name: labels.dimension(first.dimension), values: first.rows.map((r) => r.total) }] : []), [first, labels]);
  return (
    <article className="report" data-testid="report-result">
      <ReportHead result={result} definition={definition} title={title} />
      <ExportBar result={result} fileStem={`${title}-${result.period.key}`} fetchCases={fetchCases} recordExport={registerExport} extraTables={extraTables} />
      <div className="report-charts">
        {trend.length > 0 && <ReportChart kind="trend" title={t('reports.trend')} categories={result.buckets} series={trend} testId="chart-trend" />}
        {first && <ReportChart kind="shares" title={`${t('reports.shares')} · ${labels.dimension(first.dimension)}`} categories={first.rows.map((r) => labels.value(first.dimension, r.value, r.label))} series={shares} testId="chart-shares" />}
      </div>
      <ReportView result={result} onCell={onCell} />
      <NotificationRatesPanel stats={timeliness.stats} error={timeliness.error} />
    </article>
  );
}

/** The report's title, source, the app's choice where the source is silent, when it is due, who makes it and for whom. */
function ReportHead({ result, definition, title }: { result: ApiOutput<'reports.run'>; definition: ApiOutput<'reports.definitions'>['definitions'][number] | undefined; title: string }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const lang = currentLanguage();
  return (
    <header className="report-head">
      <h3 data-testid="report-title">
        {title} · {result.period.key}
        {result.unit && ` · ${result.unit}`}
      </h3>
      <dl className="report-meta">
        <dt>{t('reports.source')}</dt>
        <dd>{cite(result.source)}</dd>
        {definition?.choice && (
          <>
            <dt>{t('reports.choice')}</dt>
            <dd lang={noteLang(lang)} data-testid="report-choice">{cite(noteText(definition.choice, lang))}</dd>
          </>
        )}
        <dt>{t('reports.due')}</dt>
        <dd data-testid="report-due">{result.dueDate ? t('reports.dueBy', { date: formatCalendarDate(result.dueDate, lang) }) : t('reports.dueNone')}</dd>
        {definition && (
          <>
            <dt>{t('reports.producer')}</dt>
            <dd>{lang === 'en' ? definition.producer.label.en : definition.producer.label.zh}</dd>
            <dt>{t('reports.recipients')}</dt>
            <dd>{definition.recipients.map((r) => (lang === 'en' ? r.label.en : r.label.zh)).join('、')}</dd>
          </>
        )}
      </dl>
      <p className="muted">{t('reports.asOf', { at: formatMoment(result.asOf, lang) })}</p>
    </header>
  );
}
