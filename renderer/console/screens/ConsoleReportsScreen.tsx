import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { periodKeyOf, type PeriodKind } from '../../../shared/reports/period';
import type { ReportCase } from '../../../shared/reports/result';
import {
  CONSOLE_REPORT_PATHS,
  consoleCasePageSchema,
  consoleReportResultSchema,
  reportDefinitionsResponseSchema,
  type ConsoleReportResult,
} from '../../../shared/sync/console-reports-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { currentLanguage } from '../../i18n/i18n';
import { caseHeader, caseRow } from '../../reports/case-cells';
import { ExportBar, type CasePageFetcher } from '../../reports/ExportBar';
import { ReportView, type CellRef } from '../../reports/ReportView';
import { useReportLabels } from '../../reports/use-report-labels';
import { consoleCall, queryString } from '../api/console-client';
import { consoleExportRecorder } from '../api/register-export';
import { ReferenceForm } from './ReferenceForm';
import { ConsoleSanctionPanel } from './ConsoleSanctionPanel';
import { ConsoleNarrativePanel } from './ConsoleNarrativePanel';
import { ConsoleNotificationRates } from './ConsoleNotificationRates';
import { useCitation } from '../../components/SourceCitation';

type Meta = z.output<typeof reportDefinitionsResponseSchema>;
interface Query {
  definitionId: string;
  kind: PeriodKind;
  key: string;
  siteId?: string;
}

/** 报表 at head office: any definition over every site or one, the cases behind a cell, exports, and the premium and policy counts. */
export function ConsoleReportsScreen() {
  const { t } = useTranslation();
  const cite = useCitation();
  const lang = currentLanguage();
  const [meta, setMeta] = useState<Meta | null>(null);
  const [query, setQuery] = useState<Query | null>(null);
  const [result, setResult] = useState<ConsoleReportResult | null>(null);
  const [cell, setCell] = useState<CellRef | null>(null);
  const [cases, setCases] = useState<ReportCase[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Every export is registered at head office with its purpose before the file is saved (issue 19 §4); none without a purpose.
  const registerExport = consoleExportRecorder(t('consolePrivacy.purposeRequired'));
  const labels = useReportLabels();
  useEffect(() => {
    void consoleCall('GET', CONSOLE_REPORT_PATHS.definitions, reportDefinitionsResponseSchema).then((m) => {
      setMeta(m);
      setQuery({ definitionId: m.definitions[0]!.id, kind: 'month', key: periodKeyOf('month', m.today) });
    });
  }, []);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const run = async (q: Query) => {
    try {
      setResult(await consoleCall('GET', `${CONSOLE_REPORT_PATHS.run}${queryString({ ...q })}`, consoleReportResultSchema));
      setCell(null);
      setCases(null);
      setError(null);
    } catch (e) {
      fail(e);
    }
  };
  const page = (c: Partial<CellRef>, after: ReportCase | null, limit: number) =>
    consoleCall(
      'GET',
      `${CONSOLE_REPORT_PATHS.cases}${queryString({
        ...query!,
        limit,
        dimension: c.dimension,
        value: c.value ?? undefined,
        none: c.dimension && c.value === null ? '1' : undefined,
        cellBucket: c.bucket,
        afterReceivedAt: after?.receivedAt,
        afterSiteId: after?.siteId,
        afterComplaintId: after?.complaintId,
      })}`,
      consoleCasePageSchema,
    );
  const openCell = async (c: CellRef) => {
    setCell(c);
    try {
      setCases((await page(c, null, 200)).cases);
    } catch (e) {
      fail(e);
    }
  };
  const fetchCases: CasePageFetcher = async (after) => {
    const p = await page({}, after, 500);
    return { cases: p.cases, total: p.total, hasMore: p.next !== null };
  };
  if (!meta || !query) return <p className="muted">{t('console.loading')}</p>;
  const definition = meta.definitions.find((d) => d.id === query.definitionId)!;
  return (
    <section className="page" data-testid="console-reports">
      <h2 className="page-title">{t('reports.console.reportsNav')}</h2>
      <form
        className="report-controls toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          void run(query);
        }}
      >
        <label>
          {t('reports.report')}
          <select value={query.definitionId} onChange={(e) => setQuery({ ...query, definitionId: e.target.value })} data-testid="console-report-definition">
            {meta.definitions.map((d) => (
              <option key={d.id} value={d.id}>
                {lang === 'en' ? d.title.en : d.title.zh}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reports.periodKind')}
          <select value={query.kind} onChange={(e) => setQuery({ ...query, kind: e.target.value as PeriodKind, key: periodKeyOf(e.target.value as PeriodKind, meta.today) })}>
            {definition.periods.map((k) => (
              <option key={k} value={k}>
                {t(`reports.periodKinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reports.periodKey')}
          <input value={query.key} onChange={(e) => setQuery({ ...query, key: e.target.value })} size={9} data-testid="console-report-key" />
        </label>
        <label>
          {t('reports.site')}
          <select value={query.siteId ?? ''} onChange={(e) => setQuery({ ...query, ...(e.target.value ? { siteId: e.target.value } : { siteId: undefined }) })}>
            <option value="">{t('reports.allSites')}</option>
            {meta.sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.code} {s.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button primary" data-testid="console-report-run">
          {t('reports.run')}
        </button>
      </form>
      <ErrorBanner messages={error ? [error] : []} />
      {result && (
        <article data-testid="console-report-result">
          <p className="muted">{cite(result.source)}</p>
          <ExportBar result={result} fileStem={`${lang === 'en' ? result.title.en : result.title.zh}-${result.period.key}`} fetchCases={fetchCases} recordExport={registerExport} />
          <ReportView result={result} onCell={(c) => void openCell(c)} />
        </article>
      )}
      {result && <ConsoleNotificationRates kind={result.period.kind} periodKey={result.period.key} />}
      {cell && cases && (
        <section className="card" data-testid="console-report-cases">
          <h3>{t('reports.casesOf', { what: cell.title, total: cases.length })}</h3>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t('reports.site')}</th>
                {caseHeader(t).map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={`${c.siteId}-${c.complaintId}`}>
                  <td>{meta.sites.find((s) => s.id === c.siteId)?.code ?? c.siteId}</td>
                  {caseRow(c, labels, t).map((v, i) => (
                    <td key={i}>{v}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <ReferenceForm sites={meta.sites} today={meta.today} />
      <ConsoleSanctionPanel sites={meta.sites} today={meta.today} />
      <ConsoleNarrativePanel sites={meta.sites} today={meta.today} />
    </section>
  );
}
