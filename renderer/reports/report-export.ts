import Papa from 'papaparse';
import type { ReportCase, ReportResult } from '../../shared/reports/result';
import { dimensionHeader, excelFormat, formatShare, formatValue, measureRows, targetText, type ReportLabels } from './report-format';

/**
 * Exports are produced in the renderer, in Electron and browser mode alike:
 * the numbers are already on screen, exceljs and papaparse run in the page,
 * and a download (an <a download> link) saves the file — the one way that
 * works in browser mode too. exceljs is imported only when an export runs.
 */

/** A table shown beside the report (the notification rates) that its exports carry too: a sheet of its own, a block of the CSV. */
export interface ExtraTable {
  name: string;
  header: string[];
  rows: (string | number | null)[][];
  /** 1-based columns holding a 0–1 rate: a percentage format in the xlsx, a percentage text in the CSV (empty when null). */
  rateColumns?: readonly number[];
}

/** Excel: one sheet of measures, one per dimension, an optional sheet of cases, then any extra tables; bold frozen header rows and number formats. */
export async function reportWorkbook(
  result: ReportResult,
  labels: ReportLabels,
  cases?: { header: string[]; rows: string[][] },
  extras: readonly ExtraTable[] = [],
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Branchline';
  const measures = book.addWorksheet(sheetName(labels.measures));
  const { header, rows } = measureRows(result, labels);
  addHeader(measures, header);
  for (const row of rows) {
    const added = measures.addRow([labels.measure(row.head), ...row.cells, row.total, targetText(row.head)]);
    for (let c = 2; c <= row.cells.length + 2; c++) added.getCell(c).numFmt = excelFormat(row.head.kind);
  }
  for (const table of result.tables) {
    const sheet = book.addWorksheet(sheetName(labels.dimension(table.dimension)));
    addHeader(sheet, dimensionHeader(table, result, labels));
    for (const row of table.rows) {
      const added = sheet.addRow([labels.value(table.dimension, row.value, row.label), ...row.counts, row.total, row.share]);
      added.getCell(row.counts.length + 3).numFmt = '0.0%';
    }
    const totals = sheet.addRow([labels.total, ...table.bucketTotals, table.total, table.total === 0 ? 0 : 1]);
    totals.font = { bold: true };
    totals.getCell(table.bucketTotals.length + 3).numFmt = '0.0%';
  }
  if (cases) {
    const sheet = book.addWorksheet(sheetName(labels.cases));
    addHeader(sheet, cases.header);
    for (const row of cases.rows) sheet.addRow(row);
  }
  for (const extra of extras) {
    const sheet = book.addWorksheet(sheetName(extra.name));
    addHeader(sheet, extra.header);
    for (const row of extra.rows) {
      const added = sheet.addRow(row);
      for (const column of extra.rateColumns ?? []) added.getCell(column).numFmt = '0.0%';
    }
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function addHeader(sheet: import('exceljs').Worksheet, header: string[]): void {
  const row = sheet.addRow(header);
  row.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 28 : 14));
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

const BOM = '\uFEFF';

/** CSV, UTF-8 with a byte-order mark so Excel reads the Chinese right: the measures, then each dimension table, as the screen shows them. */
export function reportCsv(result: ReportResult, labels: ReportLabels, extras: readonly ExtraTable[] = []): string {
  const lines: string[][] = [];
  const { header, rows } = measureRows(result, labels);
  lines.push(header);
  for (const row of rows) lines.push([labels.measure(row.head), ...row.cells.map((v) => formatValue(row.head, v, '')), formatValue(row.head, row.total, ''), targetText(row.head)]);
  for (const table of result.tables) {
    lines.push([]);
    lines.push(dimensionHeader(table, result, labels));
    for (const row of table.rows) lines.push([labels.value(table.dimension, row.value, row.label), ...row.counts.map(String), String(row.total), formatShare(row.share)]);
    lines.push([labels.total, ...table.bucketTotals.map(String), String(table.total), table.total === 0 ? '' : '100.0%']);
  }
  for (const extra of extras) {
    lines.push([]);
    lines.push(extra.header);
    for (const row of extra.rows) lines.push(row.map((cell, i) => (extra.rateColumns?.includes(i + 1) ? (typeof cell === 'number' ? formatShare(cell) : '') : cell === null ? '' : String(cell))));
  }
  return BOM + Papa.unparse(lines, { newline: '\r\n' });
}

export function casesCsv(header: string[], rows: string[][]): string {
  return BOM + Papa.unparse([header, ...rows], { newline: '\r\n' });
}

/** The cases a cell (or a whole period) holds, page after page, with progress; stops when `signal` aborts. */
export async function collectCases(
  page: (after: ReportCase | null) => Promise<{ cases: ReportCase[]; total: number | null; hasMore: boolean }>,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<ReportCase[] | null> {
  const all: ReportCase[] = [];
  let total = 0;
  let after: ReportCase | null = null;
  for (;;) {
    if (signal.aborted) return null;
    const next = await page(after);
    if (next.total !== null) total = next.total;
    all.push(...next.cases);
    onProgress(all.length, total);
    if (!next.hasMore || next.cases.length === 0) return signal.aborted ? null : all;
    after = next.cases.at(-1)!;
  }
}

/** Saves bytes as a file through the browser's download (browser mode and Electron alike). */
export function download(data: Uint8Array | string, fileName: string, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
