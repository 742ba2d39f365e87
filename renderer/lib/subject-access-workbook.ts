import type { Workbook, Worksheet } from 'exceljs';
import { beijingTime, cellText, type Translate } from './subject-access-cells';
import { SUBJECT_ACCESS_COLUMNS, SUBJECT_ACCESS_SECTIONS, type SubjectAccessColumn, type SubjectAccessSection } from './subject-access-columns';

type Row = Record<string, unknown>;
type SubjectAccessDocument = Partial<Record<SubjectAccessSection, Row | Row[]>> & {
  exportedAt?: string;
  exportedBy?: string;
  purpose?: string;
  staff?: Record<string, string>;
};

const rowsOf = (value: Row | Row[] | undefined): Row[] => (Array.isArray(value) ? value : value ? [value] : []);

/** How a reader knows the records the document points at: the customer by name, complaints by serial, entries by number. */
function recordNames(doc: SubjectAccessDocument, t: Translate): Record<string, string> {
  const names: Record<string, string> = {};
  const customer = rowsOf(doc.customer)[0];
  if (customer) names[String(customer['id'])] = String(customer['name'] ?? '');
  for (const c of rowsOf(doc.complaints)) names[String(c['id'])] = String(c['serial'] ?? '');
  for (const e of rowsOf(doc.opinionEntries)) names[String(e['id'])] = t('privacy.subjectAccess.opinionEntryNo', { n: e['entry_no'] });
  for (const m of rowsOf(doc.mediaIncidents)) names[String(m['id'])] = t('privacy.subjectAccess.mediaIncidentAt', { time: beijingTime(m['occurred_at']) });
  return names;
}

function headerOf(column: SubjectAccessColumn, t: Translate): string {
  const label = t(`privacy.subjectAccess.columns.${column.header ?? column.column}`);
  return column.kind === 'time' ? `${label}${t('privacy.subjectAccess.beijingTime')}` : label;
}

function styleHeader(sheet: Worksheet, widths: number[]): void {
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

/** The export's own facts first: when, by whom, for what, and the zone every time in the workbook is given in. */
function addCover(book: Workbook, doc: SubjectAccessDocument, t: Translate): void {
  const sheet = book.addWorksheet(t('privacy.subjectAccess.cover.sheet'));
  sheet.addRow([t('privacy.subjectAccess.cover.item'), t('privacy.subjectAccess.cover.value')]);
  sheet.addRow([`${t('privacy.subjectAccess.cover.exportedAt')}${t('privacy.subjectAccess.beijingTime')}`, doc.exportedAt ? beijingTime(doc.exportedAt) : '']);
  sheet.addRow([t('privacy.subjectAccess.cover.exportedBy'), doc.exportedBy ?? '']);
  sheet.addRow([t('privacy.subjectAccess.cover.purpose'), doc.purpose ?? '']);
  sheet.addRow([t('privacy.subjectAccess.cover.timeZone'), t('privacy.subjectAccess.cover.timeZoneNote')]);
  styleHeader(sheet, [24, 60]);
}

/**
 * The subject-access JSON (privacy.subjectAccess) as a workbook a person can read, in the language of the
 * one who exports it: a cover sheet, then one sheet per section with its header row always (a row saying
 * there is none when the section is empty), every code labelled as the screens label it, every moment in
 * Beijing time (the header says so), staff by name and records by serial. Values are written as the
 * document carries them otherwise (what the core masked stays masked). exceljs is imported only when an export runs.
 */
export async function subjectAccessWorkbook(document: string, t: Translate, lang: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const doc = JSON.parse(document) as SubjectAccessDocument;
  const book = new ExcelJS.Workbook();
  book.creator = 'Branchline';
  addCover(book, doc, t);
  const records = recordNames(doc, t);
  const staff = doc.staff ?? {};
  for (const section of SUBJECT_ACCESS_SECTIONS) {
    const columns = SUBJECT_ACCESS_COLUMNS[section];
    const sheet = book.addWorksheet(t(`privacy.subjectAccess.sections.${section}`));
    sheet.addRow(columns.map((column) => headerOf(column, t)));
    const rows = rowsOf(doc[section]);
    for (const row of rows) sheet.addRow(columns.map((column) => cellText(column.kind, row[column.column], { t, lang, staff, records, row })));
    if (rows.length === 0) sheet.addRow([t('privacy.subjectAccess.none')]);
    styleHeader(sheet, columns.map((column) => (column.kind === 'time' ? 22 : 16)));
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
