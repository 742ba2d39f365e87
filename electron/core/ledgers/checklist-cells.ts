import type { CellValue, LedgerRow } from '../../../shared/api/ledgers';
import type { AnswerField, Answers, TableRow } from '../../../shared/checklists/answer-values';
import { isShown } from '../../../shared/checklists/item-outcomes';
import type { ChecklistTemplate, TemplateItem } from '../../../shared/checklists/template-schema';
import { siteDayOf } from '../../../shared/domain/opinion-book';
import type { LedgerColumn, LedgerData } from '../../../shared/reports/ledgers/ledger-schema';
import type { ReadDb } from '../db/handles';
import { findCatalogTemplate } from '../templates';
import { checklistRecordsOf, type ChecklistRecordRow } from './ledgers-repository';

type RowsData = Extract<LedgerData, { kind: 'checklistRows' }>;
type RecordsData = Extract<LedgerData, { kind: 'checklistRecords' }>;

export interface DayFilter {
  fromDay: string;
  toDay: string;
  unit: string | null;
  timeZone: string;
}

/** An answer as a ledger cell: a choice prints its option's label, a date-time as an instant; photos and tables have no cell. */
function cellOf(field: AnswerField | undefined, value: unknown): CellValue {
  if (!field || value === null || value === undefined || value === '') return null;
  switch (field.kind) {
    case 'choice': {
      const option = field.options?.find((o) => o.value === value);
      return option ? { zh: option.label.zh, en: option.label.en } : String(value);
    }
    case 'dateTime':
      return Number.isNaN(Date.parse(String(value))) ? String(value) : new Date(String(value)).toISOString();
    case 'yesNo':
      return value === true;
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'photo':
    case 'table':
      return null;
    default:
      return String(value);
  }
}

/** The site day a date or date-time answer falls on; null when the answer is missing or unreadable. */
function dayOf(field: AnswerField | undefined, value: unknown, timeZone: string): string | null {
  if (typeof value !== 'string' || !field) return null;
  if (field.kind === 'date') return value;
  const ms = Date.parse(value);
  return field.kind === 'dateTime' && !Number.isNaN(ms) ? siteDayOf(new Date(ms), timeZone) : null;
}

/** A moment to order by: a date-time as is, a day at its start, else the record's start. */
function sortKey(field: AnswerField | undefined, value: unknown, fallback: string): string {
  if (typeof value === 'string' && field?.kind === 'dateTime' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  if (typeof value === 'string' && field?.kind === 'date') return `${value}T00:00:00.000Z`;
  return fallback;
}

const itemsOf = (template: ChecklistTemplate): TemplateItem[] => template.sections.flatMap((s) => s.items);

function templateFor(db: ReadDb): (record: ChecklistRecordRow) => ChecklistTemplate | undefined {
  const seen = new Map<string, ChecklistTemplate | undefined>();
  return (record) => {
    const key = `${record.template_id}@${record.template_version}`;
    if (!seen.has(key)) seen.set(key, findCatalogTemplate(db, record.template_id, record.template_version));
    return seen.get(key);
  };
}

/**
 * The value of a record-level column (an item, the first answered of several
 * items, a table's row count, the record's people). An item the record does
 * not ask (its condition unmet) has no value, even if an answer from before
 * the condition changed is still stored.
 */
function recordCell(column: LedgerColumn, template: ChecklistTemplate, answers: Answers, record: ChecklistRecordRow): CellValue {
  const value = column.value;
  if ('item' in value) {
    for (const itemId of Array.isArray(value.item) ? value.item : [value.item]) {
      const item = itemsOf(template).find((i) => i.id === itemId);
      const cell = item && isShown(item, template, answers) ? cellOf(item, answers[itemId]) : null;
      if (cell !== null) return cell;
    }
    return null;
  }
  if ('rowCount' in value) return Array.isArray(answers[value.rowCount]) ? (answers[value.rowCount] as unknown[]).length : null;
  if ('field' in value) {
    if (value.field === 'startedByName') return record.started_by_name;
    if (value.field === 'completedByName') return record.completed_by_name;
    if (value.field === 'completedAt') return record.completed_at;
  }
  return null;
}

interface Placed {
  row: LedgerRow;
  sort: string;
}

/** One ledger row per row of the register table, across the template's records (drafts too), placed by the row's or the record's date. */
export function checklistTableRows(db: ReadDb, data: RowsData, columns: readonly LedgerColumn[], filter: DayFilter): LedgerRow[] {
  const template = templateFor(db);
  const placed: Placed[] = [];
  for (const record of checklistRecordsOf(db, { templateId: data.templateId, unit: filter.unit, completedOnly: false })) {
    const t = template(record);
    if (!t) continue;
    const items = itemsOf(t);
    const table = items.find((i) => i.id === data.tableItemId);
    const answers = JSON.parse(record.answers) as Answers;
    const rows = (Array.isArray(answers[data.tableItemId]) ? answers[data.tableItemId] : []) as TableRow[];
    const tableColumns = table?.columns ?? [];
    rows.forEach((tableRow, index) => {
      const dateField = 'row' in data.dateFrom ? tableColumns.find((c) => c.id === (data.dateFrom as { row: string }).row) : items.find((i) => i.id === (data.dateFrom as { item: string }).item);
      const dateValue = 'row' in data.dateFrom ? tableRow[data.dateFrom.row] : answers[data.dateFrom.item];
      const day = dayOf(dateField, dateValue, filter.timeZone) ?? siteDayOf(new Date(record.started_at), filter.timeZone);
      if (day < filter.fromDay || day > filter.toDay) return;
      const cells: Record<string, CellValue> = {};
      for (const column of columns) {
        cells[column.id] = 'row' in column.value ? cellOf(tableColumns.find((c) => c.id === (column.value as { row: string }).row), tableRow[column.value.row]) : recordCell(column, t, answers, record);
      }
      placed.push({ row: { key: `${record.id}:${tableRow.id}`, cells }, sort: `${sortKey(dateField, dateValue, record.started_at)}|${record.started_at}|${String(index).padStart(6, '0')}` });
    });
  }
  return placed.sort((a, b) => a.sort.localeCompare(b.sort)).map((p) => p.row);
}

/** One ledger row per completed record of the template, placed by its date item (else the day it was completed). */
export function checklistRecordRows(db: ReadDb, data: RecordsData, columns: readonly LedgerColumn[], filter: DayFilter): LedgerRow[] {
  const template = templateFor(db);
  const placed: Placed[] = [];
  for (const record of checklistRecordsOf(db, { templateId: data.templateId, unit: filter.unit, completedOnly: true })) {
    const t = template(record);
    if (!t) continue;
    const items = itemsOf(t);
    const answers = JSON.parse(record.answers) as Answers;
    const dateField = items.find((i) => i.id === data.dateFrom.item);
    const dateValue = answers[data.dateFrom.item];
    const day = dayOf(dateField, dateValue, filter.timeZone) ?? siteDayOf(new Date(record.completed_at ?? record.started_at), filter.timeZone);
    if (day < filter.fromDay || day > filter.toDay) continue;
    const cells = Object.fromEntries(columns.map((column) => [column.id, recordCell(column, t, answers, record)]));
    placed.push({ row: { key: record.id, cells }, sort: `${sortKey(dateField, dateValue, record.completed_at ?? record.started_at)}|${record.started_at}` });
  }
  return placed.sort((a, b) => a.sort.localeCompare(b.sort)).map((p) => p.row);
}
