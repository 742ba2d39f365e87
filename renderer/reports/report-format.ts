import type { DimensionTable, MeasureHead, ReportResult } from '../../shared/reports/result';

/**
 * How report values read on screen and in exports: a rate as a percentage
 * with one decimal, a mean in working days with two, counts whole, per
 * 100 million with two decimals. The xlsx keeps the number and gives the
 * cell the same format, so a reader sees what the screen shows.
 */
export function formatValue(head: Pick<MeasureHead, 'kind'>, value: number | null, empty = '—'): string {
  if (value === null) return empty;
  if (head.kind === 'rate') return `${(value * 100).toFixed(1)}%`;
  if (head.kind === 'mean' || head.kind === 'perHundredMillion') return value.toFixed(2);
  return String(value);
}

export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** Excel number formats matching formatValue. */
export function excelFormat(kind: MeasureHead['kind']): string {
  return kind === 'rate' ? '0.0%' : kind === 'count' ? '0' : '0.00';
}

/** The words a report's tables need, in the reader's language (the screens pass i18next's; tests pass the zh-CN texts). */
export interface ReportLabels {
  measure: (head: MeasureHead) => string;
  dimension: (dimension: string) => string;
  /** A dimension value as read: a channel's name, a handler's name, 未注明 for null. */
  value: (dimension: string, value: string | null, label: string | null) => string;
  bucket: (key: string) => string;
  total: string;
  share: string;
  measures: string;
  /** The sheet of cases behind a report. */
  cases: string;
  target: string;
  met: string;
  notMet: string;
}

/** The measures table as rows of cells (first the header): what the screen, the xlsx and the CSV all show. */
export function measureRows(result: ReportResult, labels: ReportLabels): { header: string[]; rows: { head: MeasureHead; cells: (number | null)[]; total: number | null }[] } {
  const header = [labels.measures, ...result.buckets.map(labels.bucket), labels.total, labels.target];
  const rows = result.measures.map((head) => ({
    head,
    cells: result.rows.map((r) => r.values[head.measure]?.value ?? null),
    total: result.total[head.measure]?.value ?? null,
  }));
  return { header, rows };
}

export function targetText(head: MeasureHead): string {
  if (!head.target) return '';
  return `${head.target.op === 'gte' ? '≥' : '≤'} ${formatValue(head, head.target.value)}`;
}

export function dimensionHeader(table: DimensionTable, result: ReportResult, labels: ReportLabels): string[] {
  return [labels.dimension(table.dimension), ...result.buckets.map(labels.bucket), labels.total, labels.share];
}
