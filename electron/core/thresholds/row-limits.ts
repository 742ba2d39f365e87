import { ApiError } from '../../../shared/api/errors';
import type { TableRow } from '../../../shared/checklists/answer-values';
import type { TemplateItem } from '../../../shared/checklists/template-schema';
import type { ReadDb } from '../db/handles';
import { registerRows } from './register-rows-repository';

const nameOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const monthOf = (value: unknown): string | null => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value.slice(0, 7) : null);

/**
 * A register row that would be one too many for a person in its month
 * (seed002 客户管理制度2 七、4: 每人每月换班不得超过3次) is refused: the rows of
 * every record of the template at the site are counted, the row being saved
 * (by its record and row id) once. A row without a name or date yet is not
 * counted until it has both.
 */
export function requireWithinRowLimit(db: ReadDb, templateId: string, item: TemplateItem, recordId: string, row: TableRow): void {
  const limit = item.rowLimit;
  if (!limit) return;
  const month = monthOf(row[limit.dateColumnId]);
  if (!month) return;
  const others = registerRows(db, templateId, item.id).filter((r) => !(r.recordId === recordId && r.row.id === row.id));
  for (const column of limit.personColumns) {
    const person = nameOf(row[column]);
    if (!person) continue;
    const count = others.filter((r) => monthOf(r.row[limit.dateColumnId]) === month && limit.personColumns.some((c) => nameOf(r.row[c]) === person)).length;
    if (count + 1 > limit.max) {
      const [year, m] = month.split('-').map(Number) as [number, number];
      throw ApiError.because('CONFLICT', 'thresholds.errors.rowLimit', { person, year, month: m, count, max: limit.max, source: limit.source }, `cells.${column}`);
    }
  }
}
