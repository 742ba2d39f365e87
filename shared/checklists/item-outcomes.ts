import { photoRefs, tableRows, type AnswerValue, type Answers, type CellValue } from './answers';
import { withComputedAnswers } from './computed-answers';
import type { Bilingual, ChecklistTemplate, FailsOn, TemplateItem, TemplateSection } from './template-schema';

/**
 * One item's outcome. `pass`/`fail` for checks (pass/fail, yes/no, numbers
 * with limits, tables whose numbers have limits), `na` for 不适用, `answered`
 * for items that record something without judging it, `missing` when
 * unanswered, `hidden` when its `showIf` is not met (not asked, not scored).
 * A yes/no item fails on the answer its `failsOn` names (a veto item's
 * disqualifying condition is present; a hazard was found; a required step was
 * not done). A yes/no item with `correctiveAction: false`, no points, no
 * veto and no `requiredFor` records a fact and is only `answered`.
 */
export type ItemStatus = 'pass' | 'fail' | 'na' | 'answered' | 'missing' | 'hidden';

export interface ItemOutcome {
  itemId: string;
  sectionId: string;
  label: Bilingual;
  source: string;
  status: ItemStatus;
  /** Why it failed (out-of-limit value, rows out of limit …). */
  reason?: Bilingual;
}

export interface MissingAnswer {
  itemId: string;
  label: Bilingual;
  /** For a table: the row (0-based) and column left empty. */
  row?: number;
  columnId?: string;
}

const isEmpty = (value: AnswerValue | undefined): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

const fmt = (n: number) => String(n);

/** Whether a yes/no answer is the one `failsOn` names as "problem found"; without `failsOn` (refused by the schema) nothing fails. */
export function yesNoFails(failsOn: FailsOn | undefined, value: unknown): boolean {
  return typeof value === 'boolean' && failsOn !== undefined && value === (failsOn === 'yes');
}

const YES_NO = { yes: { zh: '是', en: 'yes' }, no: { zh: '否', en: 'no' } } as const;

/**
 * Whether an item is asked: no `showIf`, or the answer it depends on equals the
 * value (and that item is itself shown). Only compares plain answers, so the
 * fill screen's stored answers and the scoring shapes both serve.
 */
export function isShown(item: TemplateItem, template: ChecklistTemplate, answers: Readonly<Record<string, unknown>>, depth = 0): boolean {
  if (!item.showIf) return true;
  if (depth > 20) return false; // a showIf cycle: never shown rather than looping
  const on = template.sections.flatMap((s) => s.items).find((i) => i.id === item.showIf?.itemId);
  if (!on || !isShown(on, template, answers, depth + 1)) return false;
  return answers[on.id] === item.showIf.equals;
}

function limitReason(value: number, min: number | undefined, max: number | undefined, unit = ''): Bilingual | undefined {
  if (min !== undefined && value < min) return { zh: `${fmt(value)}${unit} 低于下限 ${fmt(min)}${unit}`, en: `${fmt(value)}${unit} below the minimum ${fmt(min)}${unit}` };
  if (max !== undefined && value > max) return { zh: `${fmt(value)}${unit} 超过上限 ${fmt(max)}${unit}`, en: `${fmt(value)}${unit} above the maximum ${fmt(max)}${unit}` };
  return undefined;
}

function evidenceMissing(item: Pick<TemplateItem, 'evidence'>, value: AnswerValue | CellValue | undefined): string[] {
  if (!item.evidence?.length) return [];
  const shown = new Set((photoRefs(value) ?? []).map((p) => p.evidence));
  return item.evidence.filter((e) => !shown.has(e.zh)).map((e) => e.zh);
}

function judge(item: TemplateItem, value: AnswerValue | undefined): Omit<ItemOutcome, 'itemId' | 'sectionId' | 'label' | 'source'> {
  if (isEmpty(value)) return { status: 'missing' };
  switch (item.kind) {
    case 'passFail':
      return value === 'pass' || value === 'fail' || value === 'na' ? { status: value } : { status: 'missing' };
    case 'yesNo':
      if (typeof value !== 'boolean') return { status: 'missing' };
      if (item.vetoes?.length) return { status: yesNoFails(item.failsOn, value) ? 'fail' : 'pass' };
      // A recorded fact, not a check (e.g. "had a fatal accident", which only opens the accident list).
      if (item.correctiveAction === false && !item.requiredFor?.length && item.points === undefined) return { status: 'answered' };
      return { status: yesNoFails(item.failsOn, value) ? 'fail' : 'pass' };
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { status: 'missing' };
      const min = item.partScore ? Math.max(item.min ?? 0, 0) : item.min;
      const max = item.partScore ? Math.min(item.max ?? 100, 100) : item.max;
      const reason = limitReason(value, min, max, item.unit);
      if (reason) return { status: 'fail', reason };
      return { status: min === undefined && max === undefined ? 'answered' : 'pass' };
    }
    case 'table':
      return judgeTable(item, value);
    default:
      return { status: 'answered' };
  }
}

function judgeTable(item: TemplateItem, value: AnswerValue | undefined): Omit<ItemOutcome, 'itemId' | 'sectionId' | 'label' | 'source'> {
  const rows = tableRows(value);
  if (!rows) return { status: 'missing' };
  // Columns that judge: numbers with limits, and yes/no questions (a register line's 车辆资质已核对: 否).
  const limited = (item.columns ?? []).filter((c) => (c.kind === 'number' && (c.min !== undefined || c.max !== undefined)) || (c.kind === 'yesNo' && c.failsOn));
  const bad: { zh: string[]; en: string[] } = { zh: [], en: [] };
  rows.forEach((row, i) => {
    for (const column of limited) {
      const cell = row[column.id];
      const reason =
        column.kind === 'yesNo'
          ? yesNoFails(column.failsOn, cell) && column.failsOn
            ? YES_NO[column.failsOn]
            : undefined
          : typeof cell === 'number'
            ? limitReason(cell, column.min, column.max, column.unit)
            : undefined;
      if (reason) {
        bad.zh.push(`第${i + 1}行 ${column.label.zh} ${reason.zh}`);
        bad.en.push(`row ${i + 1} ${column.label.en} ${reason.en}`);
      }
    }
  });
  if (bad.zh.length) return { status: 'fail', reason: { zh: bad.zh.join('；'), en: bad.en.join('; ') } };
  return { status: limited.length ? 'pass' : 'answered' };
}

/** Outcomes of every item, in template order, and the required answers still missing. */
export function itemOutcomes(template: ChecklistTemplate, entered: Answers): { items: ItemOutcome[]; missing: MissingAnswer[] } {
  // Computed answers (a period from two dates, a count against the source's number) are judged like entered ones.
  const answers = withComputedAnswers(template, entered);
  const items: ItemOutcome[] = [];
  const missing: MissingAnswer[] = [];
  for (const section of template.sections) {
    for (const item of section.items) {
      const base = { itemId: item.id, sectionId: section.id, label: item.label, source: item.source };
      if (!isShown(item, template, answers)) {
        items.push({ ...base, status: 'hidden' });
        continue;
      }
      const value = answers[item.id];
      const outcome = { ...base, ...judge(item, value) };
      items.push(outcome);
      if (outcome.status === 'missing' && item.required) missing.push({ itemId: item.id, label: item.label });
      if (outcome.status !== 'missing') missing.push(...missingInside(item, value));
    }
  }
  return { items, missing };
}

/** Required cells of a table's rows, and required evidence photos, left empty. */
function missingInside(item: TemplateItem, value: AnswerValue | undefined): MissingAnswer[] {
  const out: MissingAnswer[] = [];
  if (item.kind === 'photo' && evidenceMissing(item, value).length) {
    const lacking = evidenceMissing(item, value).join('、');
    out.push({ itemId: item.id, label: { zh: `${item.label.zh}：缺少照片 ${lacking}`, en: `${item.label.en}: photos missing (${lacking})` } });
  }
  const rows = item.kind === 'table' ? tableRows(value) : null;
  if (!rows) return out;
  rows.forEach((row, i) => {
    for (const column of item.columns ?? []) {
      const cell = row[column.id];
      if (column.required && isEmpty(cell)) out.push({ itemId: item.id, label: column.label, row: i, columnId: column.id });
      else if (column.kind === 'photo' && !isEmpty(cell) && evidenceMissing(column, cell).length) {
        const lacking = evidenceMissing(column, cell).join('、');
        out.push({ itemId: item.id, label: { zh: `${column.label.zh}：缺少照片 ${lacking}`, en: `${column.label.en}: photos missing (${lacking})` }, row: i, columnId: column.id });
      }
    }
  });
  return out;
}

/** The sections that count as parts of a weighted total: weighted, or with a part score, or with points. */
export function isScoredSection(section: TemplateSection): boolean {
  return section.weight !== undefined || section.items.some((i) => i.partScore || i.points !== undefined);
}
