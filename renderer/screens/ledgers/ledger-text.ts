import type { TFunction } from 'i18next';
import type { CellValue, LedgerSheet } from '../../../shared/api/ledgers';
import type { CellFormat } from '../../../shared/reports/ledgers/fields';
import { MIN_GROW_MM, NUMBER_COLUMN_MM, PRINTABLE_WIDTH_MM, type LedgerColumn } from '../../../shared/reports/ledgers/ledger-schema';
import { i18n } from '../../i18n/i18n';
import { formatInstant } from '../../lib/zoned-time';
import { milestoneText } from '../settings/rule-pack-text';

type Bilingual = { zh: string; en: string };
const pick = (text: Bilingual, lang: string) => (lang === 'en' ? text.en : text.zh);

/** A period as people say it: 2026年11月, 2026年第47周（2026-11-16至2026-11-22）. */
export function periodText(period: NonNullable<LedgerSheet['period']>, t: TFunction): string {
  const [year, second] = period.code.split(/-(?:Q|W)?/i);
  const params = { year, n: Number(second), from: period.from, to: period.to };
  switch (period.kind) {
    case 'year':
      return t('ledgers.periodLabel.year', params);
    case 'quarter':
      return t('ledgers.periodLabel.quarter', params);
    case 'month':
      return t('ledgers.periodLabel.month', params);
    case 'week':
      return t('ledgers.periodLabel.week', params);
    case 'day':
      return t('ledgers.periodLabel.day', params);
    case 'range':
      return t('ledgers.periodLabel.range', params);
  }
}

function listText(value: readonly (Bilingual | { milestone: string })[], t: TFunction, lang: string): string {
  if (value.length === 0) return t('ledgers.sheet.none');
  return value.map((item) => ('milestone' in item ? milestoneText(item.milestone, t) : pick(item, lang))).join(lang === 'en' ? ', ' : '、');
}

/**
 * A cell as printed: a moment in site time (2026-11-23 10:05, the space lets
 * it wrap to two lines in a narrow column), 是/否, a number with its unit, a
 * stored code or a bilingual text in the reader's language. Nothing recorded
 * prints nothing: the cell is left for the pen.
 */
export function cellText(column: Pick<LedgerColumn, 'format' | 'unit'>, value: CellValue, t: TFunction, lang: string, timeZone: string): string {
  if (value === null || value === '') return '';
  const format: CellFormat = column.format;
  if (Array.isArray(value)) return listText(value, t, lang);
  if (typeof value === 'object') return pick(value, lang);
  if (typeof format === 'object') {
    const key = `${format.codes}.${String(value)}`;
    return i18n.exists(key) ? t(key as never) : String(value);
  }
  switch (format) {
    case 'instant':
      return formatInstant(String(value), timeZone);
    case 'yesNo':
      return t(value === true ? 'checklists.yesNo.yes' : 'checklists.yesNo.no');
    case 'number':
      return `${String(value)}${column.unit ? ` ${column.unit}` : ''}`;
    default:
      return String(value);
  }
}

/**
 * Every column's width in millimetres, the 序号 column first: fixed columns
 * as defined; the growing ones share what is left of the printable width in
 * proportion to their own widths, so none gets less than it asked for.
 */
export function columnWidths(columns: readonly Pick<LedgerColumn, 'width' | 'grow'>[]): number[] {
  const fixed = columns.filter((c) => !c.grow).reduce((sum, c) => sum + c.width, 0);
  const growing = columns.filter((c) => c.grow).reduce((sum, c) => sum + Math.max(c.width, MIN_GROW_MM), 0);
  const left = PRINTABLE_WIDTH_MM - NUMBER_COLUMN_MM - fixed;
  const round = (mm: number) => Math.floor(mm * 10) / 10;
  return [NUMBER_COLUMN_MM, ...columns.map((c) => (c.grow ? round((Math.max(c.width, MIN_GROW_MM) / growing) * left) : c.width))];
}
