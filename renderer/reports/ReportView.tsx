import { useTranslation } from 'react-i18next';
import type { ReportResult } from '../../shared/reports/result';
import { dimensionHeader, formatShare, formatValue, measureRows, targetText } from './report-format';
import { useReportLabels } from './use-report-labels';

/** What a drill-down asks for: a dimension's value (null: not stated) and/or one bucket. */
export interface CellRef {
  dimension?: string;
  value?: string | null;
  bucket?: string;
  /** What the cell is, in words, for the list's heading. */
  title: string;
}

/** The measures against their targets, then one period × dimension table per dimension; every count opens its cases. */
export function ReportView({ result, onCell }: { result: ReportResult; onCell: (cell: CellRef) => void }) {
  const { t } = useTranslation();
  return (
    <div className="report-view">
      <MeasuresTable result={result} />
      <h3>{t('reports.tables')}</h3>
      <p className="muted">{t('reports.drillHint')}</p>
      {result.tables.map((table) => (
        <DimensionTable key={table.dimension} table={table} result={result} onCell={onCell} />
      ))}
    </div>
  );
}

/** Each measure by period, its total, and its target met or not. */
function MeasuresTable({ result }: { result: ReportResult }) {
  const { t, i18n } = useTranslation();
  const labels = useReportLabels();
  const { header, rows } = measureRows(result, labels);
  return (
    <table className="report-table" data-testid="report-measures">
      <caption>{t('reports.measures')}</caption>
      <thead>
        <tr>
          {header.map((h, i) => (
            <th key={i} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const total = result.total[row.head.measure];
          return (
            <tr key={row.head.measure} data-measure={row.head.measure}>
              <th scope="row" title={i18n.language === 'en' ? row.head.note.en : row.head.note.zh}>
                {labels.measure(row.head)}
                {row.head.hours !== null && <span className="muted"> ({row.head.hours} h)</span>}
              </th>
              {row.cells.map((v, i) => (
                <td key={i} className="num">
                  {formatValue(row.head, v)}
                </td>
              ))}
              <td className="num total" data-testid={`total-${row.head.measure}`}>
                {row.head.kind === 'perHundredMillion' && row.total === null ? <span title={t('reports.headOfficeOnly')}>{t('reports.noValue')}</span> : formatValue(row.head, row.total)}
              </td>
              <td className={total?.met === false ? 'target missed' : total?.met ? 'target met' : 'target'}>
                {targetText(row.head)}
                {total?.met === true && ` ✓ ${t('reports.met')}`}
                {total?.met === false && ` ✗ ${t('reports.notMet')}`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** One dimension's values by period, with totals and shares; every count opens its cases. */
function DimensionTable({ table, result, onCell }: { table: ReportResult['tables'][number]; result: ReportResult; onCell: (cell: CellRef) => void }) {
  const labels = useReportLabels();
  return (
    <table className="report-table" data-testid={`dimension-${table.dimension}`}>
      <caption>{labels.dimension(table.dimension)}</caption>
      <thead>
        <tr>
          {dimensionHeader(table, result, labels).map((h, i) => (
            <th key={i} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => {
          const name = labels.value(table.dimension, row.value, row.label);
          const cell = (bucket: string | undefined, n: number) => (
            <button type="button" className="link-button" disabled={n === 0} onClick={() => onCell({ dimension: table.dimension, value: row.value, ...(bucket ? { bucket } : {}), title: `${labels.dimension(table.dimension)} ${name}${bucket ? ` · ${bucket}` : ''}` })}>
              {n}
            </button>
          );
          return (
            <tr key={row.value ?? '\u0000'}>
              <th scope="row">{name}</th>
              {row.counts.map((n, i) => (
                <td key={i} className="num">
                  {cell(result.buckets[i], n)}
                </td>
              ))}
              <td className="num total">{cell(undefined, row.total)}</td>
              <td className="num">{formatShare(row.share)}</td>
            </tr>
          );
        })}
        <tr className="total-row">
          <th scope="row">{labels.total}</th>
          {table.bucketTotals.map((n, i) => (
            <td key={i} className="num">
              {n}
            </td>
          ))}
          <td className="num">{table.total}</td>
          <td className="num">{table.total === 0 ? '' : '100.0%'}</td>
        </tr>
      </tbody>
    </table>
  );
}
