import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodKeyOf, type PeriodKind } from '../../../shared/reports/period';
import { CONSOLE_REPORT_PATHS, overviewResponseSchema, type OverviewResponse } from '../../../shared/sync/console-reports-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatValue } from '../../reports/report-format';
import { ReportChart } from '../../reports/ReportChart';
import { useReportLabels } from '../../reports/use-report-labels';
import { consoleCall, queryString } from '../api/console-client';
import { AttentionTable } from './AttentionTable';
import { VetoFailureList } from './VetoFailureList';
import '../../screens/reports/reports.css';

type Comparison = NonNullable<OverviewResponse['comparison']>;

/** The period compared: its kind (week … year) and key, run on 查询. */
function OverviewPeriodForm({ kind, periodKey, onKind, onKey, onRun }: { kind: PeriodKind; periodKey: string; onKind: (kind: PeriodKind) => void; onKey: (key: string) => void; onRun: () => void }) {
  const { t } = useTranslation();
  return (
    <form
      className="report-controls toolbar"
      onSubmit={(e) => {
        e.preventDefault();
        onRun();
      }}
    >
      <label>
        {t('reports.periodKind')}
        <select value={kind} onChange={(e) => onKind(e.target.value as PeriodKind)} data-testid="overview-kind">
          {(['week', 'month', 'quarter', 'year'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`reports.periodKinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('reports.periodKey')}
        <input value={periodKey} onChange={(e) => onKey(e.target.value)} size={9} title={t('reports.periodHint')} data-testid="overview-key" />
      </label>
      <button type="submit" className="button primary" data-testid="overview-run">
        {t('reports.run')}
      </button>
    </form>
  );
}

/** The year's trend, and the sites' complaints compared for the period. */
function OverviewCharts({ data, siteName }: { data: OverviewResponse; siteName: (id: string) => string }) {
  const { t } = useTranslation();
  const trend = useMemo(() => [{ name: t('reports.console.received'), values: data.trend.map((m) => m.received) }, { name: t('reports.console.complaints'), values: data.trend.map((m) => m.complaints) }], [data, t]);
  const compared = data.comparison;
  return (
    <div className="report-charts">
      <ReportChart kind="trend" title={t('reports.console.trend')} categories={data.trend.map((m) => m.key)} series={trend} testId="overview-trend" />
      {compared && (
        <ReportChart
          kind="comparison"
          title={t('reports.console.comparison')}
          categories={compared.perSite.map((s) => siteName(s.siteId))}
          series={[{ name: t('reports.console.complaints'), values: compared.perSite.map((s) => s.values.complaints?.value ?? 0) }]}
          testId="overview-comparison-chart"
        />
      )}
    </div>
  );
}

/** Every measure of the period, a row per site. */
function ComparisonTable({ compared, periodKey, siteName }: { compared: Comparison; periodKey: string; siteName: (id: string) => string }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  return (
    <table className="report-table" data-testid="overview-comparison">
      <caption>
        {t('reports.console.comparison')} · {periodKey}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.site')}</th>
          {compared.measures.map((m) => (
            <th key={m.measure} scope="col">
              {labels.measure(m)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {compared.perSite.map((s) => (
          <tr key={s.siteId}>
            <th scope="row">{siteName(s.siteId)}</th>
            {compared.measures.map((m) => (
              <td key={m.measure} className="num">
                {formatValue(m, s.values[m.measure]?.value ?? null)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 总部总览: every site — what needs attention now, a year's trend, and the sites compared for a period. */
export function OverviewScreen() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PeriodKind>('month');
  const [key, setKey] = useState(periodKeyOf('month', new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)));
  const [data, setData] = useState<OverviewResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async (k: PeriodKind, p: string) => {
    try {
      setData(await consoleCall('GET', `${CONSOLE_REPORT_PATHS.overview}${queryString({ kind: k, key: p })}`, overviewResponseSchema));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  useEffect(() => {
    void load(kind, key);
  }, []);
  const siteName = (id: string) => data?.attention.find((a) => a.siteId === id)?.name ?? id;
  return (
    <section className="page" data-testid="console-overview">
      <h2 className="page-title">{t('reports.console.overview')}</h2>
      <OverviewPeriodForm kind={kind} periodKey={key} onKind={setKind} onKey={setKey} onRun={() => void load(kind, key)} />
      <ErrorBanner messages={error ? [error] : []} />
      {data && (
        <>
          <h3>{t('reports.console.attention')}</h3>
          <AttentionTable rows={data.attention} asOf={data.asOf} />
          <VetoFailureList failures={data.vetoFailures} siteLabel={siteName} />
          <OverviewCharts data={data} siteName={siteName} />
          {data.comparison && <ComparisonTable compared={data.comparison} periodKey={data.period.key} siteName={siteName} />}
        </>
      )}
    </section>
  );
}
