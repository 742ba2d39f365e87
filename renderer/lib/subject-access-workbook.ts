/** The sections of a subject-access document (privacy.subjectAccess), in the order a reader expects them. */
export const SUBJECT_ACCESS_SECTIONS = ['customer', 'complaints', 'callBacks', 'visits', 'opinionEntries', 'mediaIncidents', 'limitAdjustments', 'riskMeetings', 'accessRegister'] as const;
export type SubjectAccessSection = (typeof SUBJECT_ACCESS_SECTIONS)[number];

/**
 * The subject-access JSON as a workbook a person can read: one sheet per section, one row per record,
 * the stored columns as headers. exceljs is imported only when an export runs.
 */
export async function subjectAccessWorkbook(document: string, sheetName: (section: SubjectAccessSection) => string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const parsed = JSON.parse(document) as Partial<Record<SubjectAccessSection, Record<string, unknown> | Record<string, unknown>[]>>;
  const book = new ExcelJS.Workbook();
  book.creator = 'Branchline';
  for (const section of SUBJECT_ACCESS_SECTIONS) {
    const value = parsed[section];
    const rows = Array.isArray(value) ? value : value ? [value] : [];
    const sheet = book.addWorksheet(sheetName(section));
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    sheet.addRow(columns).font = { bold: true };
    for (const row of rows) sheet.addRow(columns.map((column) => cellOf(row[column])));
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function cellOf(value: unknown): string | number {
  if (typeof value === 'number') return value;
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
