import Papa from 'papaparse';
import type { LedgerEntry, SanctionRollup } from '../../shared/api/sanction-ledger';

/**
 * The fines and points roll-up as xlsx and CSV, by the same path as the
 * report exports (produced in the page, saved by a download): a sheet per
 * view (person, unit, month, the entries with their occurrence), bold frozen
 * header rows, 元 with two decimals and points whole. The CSV holds the same
 * tables one after another, UTF-8 with a byte-order mark for Excel.
 */

/** The headers and words the tables need, in the reader's language. */
export interface RollupLabels {
  sheets: { persons: string; units: string; months: string; entries: string };
  person: string;
  unit: string;
  month: string;
  amount: string;
  points: string;
  count: string;
  ownAmount: string;
  total: string;
  decidedOn: string;
  decidedBy: string;
  case: string;
  article: string;
  target: string;
  note: string;
  unitTarget: string;
  /** The article as the reader reads it: label and citation. */
  articleText: (entry: LedgerEntry) => string;
}

export type Cell = string | number;
export interface Table {
  name: string;
  header: string[];
  rows: Cell[][];
  /** Columns (0-based) holding 元 and points. */
  money: number[];
  whole: number[];
}

function targetOf(entry: LedgerEntry, labels: RollupLabels): string {
  if (entry.target === 'unit') return `${entry.unit ?? ''}${labels.unitTarget}`;
  return entry.deductionRole ? `${entry.personName ?? ''}（${entry.deductionRole.zh}）` : (entry.personName ?? '');
}

/** The fines on units themselves, all units together, to the cent. */
const ownTotal = (rollup: SanctionRollup) => Math.round(rollup.units.reduce((sum, u) => sum + u.ownAmount, 0) * 100) / 100;

export function rollupTables(rollup: SanctionRollup, labels: RollupLabels): Table[] {
  const totalRow = (first: number): Cell[] => [labels.total, ...Array<string>(first).fill(''), rollup.total.amount, rollup.total.points, rollup.total.entries];
  return [
    {
      name: labels.sheets.persons,
      header: [labels.person, labels.unit, labels.amount, labels.points, labels.count],
      rows: [...rollup.persons.map((p) => [p.personName, p.unit ?? '', p.amount, p.points, p.entries])],
      money: [2],
      whole: [3, 4],
    },
    {
      name: labels.sheets.units,
      header: [labels.unit, labels.amount, labels.points, labels.count, labels.ownAmount],
      rows: [...rollup.units.map((u) => [u.unit ?? '', u.amount, u.points, u.entries, u.ownAmount]), [labels.total, rollup.total.amount, rollup.total.points, rollup.total.entries, ownTotal(rollup)]],
      money: [1, 4],
      whole: [2, 3],
    },
    {
      name: labels.sheets.months,
      header: [labels.month, labels.amount, labels.points, labels.count],
      rows: [...rollup.months.map((m) => [m.month, m.amount, m.points, m.entries]), totalRow(0)],
      money: [1],
      whole: [2, 3],
    },
    {
      name: labels.sheets.entries,
      header: [labels.decidedOn, labels.case, labels.target, labels.article, labels.amount, labels.points, labels.decidedBy, labels.note],
      rows: rollup.entries.map((e) => [e.decidedOn, e.serial, targetOf(e, labels), labels.articleText(e), e.amount, e.points, e.decidedByName, e.note ?? '']),
      money: [4],
      whole: [5],
    },
  ];
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

export async function rollupWorkbook(rollup: SanctionRollup, labels: RollupLabels): Promise<Uint8Array> {
  return tablesWorkbook(rollupTables(rollup, labels), labels.total);
}

/** Tables as one workbook, a sheet each: bold frozen header row, 元 with two decimals, whole numbers whole, the total row bold. */
export async function tablesWorkbook(tables: readonly Table[], totalLabel: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Branchline';
  for (const table of tables) {
    const sheet = book.addWorksheet(sheetName(table.name));
    const head = sheet.addRow(table.header);
    head.font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    sheet.columns.forEach((column, i) => (column.width = i === 0 ? 18 : 16));
    for (const cells of table.rows) {
      const row = sheet.addRow(cells);
      for (const c of table.money) if (typeof cells[c] === 'number') row.getCell(c + 1).numFmt = '#,##0.00';
      for (const c of table.whole) if (typeof cells[c] === 'number') row.getCell(c + 1).numFmt = '0';
      if (cells[0] === totalLabel) row.font = { bold: true };
    }
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const BOM = '\uFEFF';
const csvCell = (cell: Cell, money: boolean) => (typeof cell === 'number' && money ? cell.toFixed(2) : String(cell));

export function rollupCsv(rollup: SanctionRollup, labels: RollupLabels): string {
  return tablesCsv(rollupTables(rollup, labels));
}

/** Tables one after another (name, header, rows), UTF-8 with a byte-order mark for Excel. */
export function tablesCsv(tables: readonly Table[]): string {
  const lines: string[][] = [];
  for (const table of tables) {
    if (lines.length) lines.push([]);
    lines.push([table.name]);
    lines.push(table.header);
    for (const row of table.rows) lines.push(row.map((cell, i) => csvCell(cell, table.money.includes(i))));
  }
  return BOM + Papa.unparse(lines, { newline: '\r\n' });
}
