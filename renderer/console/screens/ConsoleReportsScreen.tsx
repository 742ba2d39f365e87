import { useEffect, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CONSOLE_REPORT_PATHS, reportDefinitionsResponseSchema, type ConsoleReportResult } from '../../../shared/sync/console-reports-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useCitation } from '../../components/SourceCitation';
import { currentLanguage } from '../../i18n/i18n';
import { ExportBar, type CasePageFetcher } from '../../reports/ExportBar';
import { ReportView, type CellRef } from '../../reports/ReportView';
import { consoleCall } from '../api/console-client';
import { consoleExportRecorder } from '../api/register-export';
import { ConsoleCaseReportsPanel } from './ConsoleCaseReportsPanel';
import { ConsoleNarrativePanel } from './ConsoleNarrativePanel';
import { ConsoleNotificationRates, consoleNotificationRatesTable, useConsoleNotificationRates } from './ConsoleNotificationRates';
import { ConsoleReportCases } from './ConsoleReportCases';
import { ConsoleSanctionPanel } from './ConsoleSanctionPanel';
import { PeriodSiteForm, periodSiteQuery, usePeriodSiteChoice, type PeriodSiteLabels } from './PeriodSiteFilter';
import { ReferenceForm } from './ReferenceForm';
import { useConsoleReport } from './use-console-report';

type Meta = z.output<typeof reportDefinitionsResponseSchema>;

function reportFilterLabels(t: TFunction): PeriodSiteLabels {
  return { period: t('reports.periodKind'), kind: (k) => t(`reports.periodKinds.${k}`), site: t('reports.site'), allSites: t('reports.allSites'), run: t('reports.run') };
}

/** 报表 at head office: any definition over every site or one, the cases behind a cell, exports, and the premium and policy counts. */
export function ConsoleReportsScreen() {
  const { t } = useTranslation();
  const [meta, setMeta] = useState<Meta | null>(null);
  useEffect(() => {
    void consoleCall('GET', CONSOLE_REPORT_PATHS.definitions, reportDefinitionsResponseSchema).then(setMeta);
  }, []);
  if (!meta) return <p className="muted">{t('console.loading')}</p>;
  return (
    <section className="page" data-testid="console-reports">
      <h2 className="page-title">{t('reports.console.reportsNav')}</h2>
      <ConsoleReportRunner meta={meta} />
      <ReferenceForm sites={meta.sites} today={meta.today} />
      <ConsoleSanctionPanel sites={meta.sites} today={meta.today} />
      <ConsoleNarrativePanel sites={meta.sites} today={meta.today} />
      <ConsoleCaseReportsPanel sites={meta.sites} today={meta.today} />
    </section>
  );
}

/** The report form (the first definition, this month, every site to start with), its result and the cases behind a cell. */
function ConsoleReportRunner({ meta }: { meta: Meta }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [definitionId, setDefinitionId] = useState(meta.definitions[0]!.id);
  const [choice, setChoice] = usePeriodSiteChoice(meta.today);
  const query = { definitionId, ...periodSiteQuery(choice) };
  const report = useConsoleReport(query);
  const definition = meta.definitions.find((d) => d.id === definitionId)!;
  const definitionField = (
    <label>
      {t('reports.report')}
      <select value={definitionId} onChange={(e) => setDefinitionId(e.target.value)} data-testid="console-report-definition">
        {meta.definitions.map((d) => (
          <option key={d.id} value={d.id}>
            {lang === 'en' ? d.title.en : d.title.zh}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <PeriodSiteForm choice={choice} onChange={setChoice} onRun={() => void report.run(query)} kinds={definition.periods} sites={meta.sites} today={meta.today} labels={reportFilterLabels(t)} testId="console-report" leading={definitionField} />
      <ErrorBanner messages={report.error ? [report.error] : []} />
      {report.result && <ConsoleReportResultView result={report.result} fetchCases={report.fetchCases} onCell={(c) => void report.openCell(c)} />}
      {report.cell && report.cases && <ConsoleReportCases cell={report.cell} cases={report.cases} sites={meta.sites} />}
    </>
  );
}

/** The result with its source, its exports (each registered with a purpose first) and, below, 通知时效 for the same period. */
function ConsoleReportResultView({ result, fetchCases, onCell }: { result: ConsoleReportResult; fetchCases: CasePageFetcher; onCell(cell: CellRef): void }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const lang = currentLanguage();
  // Every export is registered at head office with its purpose before the file is saved (issue 19 §4); none without a purpose.
  const registerExport = consoleExportRecorder(t('consolePrivacy.purposeRequired'));
  const rates = useConsoleNotificationRates(result.period.kind, result.period.key);
  // 通知时效 travels with the report's exports as on screen (per site and all sites); left out until it has answered.
  const extraTables = useMemo(() => (rates.data ? [consoleNotificationRatesTable(rates.data, t)] : []), [rates.data, t]);
  return (
    <>
      <article data-testid="console-report-result">
        <p className="muted">{cite(result.source)}</p>
        <ExportBar result={result} fileStem={`${lang === 'en' ? result.title.en : result.title.zh}-${result.period.key}`} fetchCases={fetchCases} recordExport={registerExport} extraTables={extraTables} />
        <ReportView result={result} onCell={onCell} />
      </article>
      <ConsoleNotificationRates {...rates} />
    </>
  );
}
