import type { ChecklistTemplate, FailsOn, ItemKind, TemplateItem } from './template-schema';
import { isShown, yesNoFails } from './item-outcomes';
import { isCalendarDay, isCleanText, isSaneDay, isSaneInstant } from '../api/common';

/**
 * What a checklist record's answers are, and how one answer is checked.
 *
 * Answers are a plain map of item id → value; the value's shape follows the
 * item's kind:
 * - passFail: 'pass' | 'fail' | 'na'          - yesNo: boolean
 * - number: a finite number                   - text: a string
 * - date: 'yyyy-mm-dd'                        - dateTime: an ISO instant with offset
 * - choice: one option's `value`              - signature: the signer's name
 * - photo: PhotoRef[] (attachments of this record; `evidence` = index into the item's evidence list)
 * - table: TableRow[] (each row: its `id` and one value per column, keyed by column id)
 * A missing key or null is "not answered".
 */
export type Answers = Record<string, unknown>;

export interface PhotoRef {
  attachmentId: string;
  fileName: string;
  /** Which of the item's required evidence photos this is (e.g. 0 = 车身正面). */
  evidence?: number;
}

export type TableRow = { id: string } & Record<string, unknown>;

/** An item or a table column: what a value is checked against. */
export type AnswerField = Pick<TemplateItem, 'kind' | 'label' | 'required' | 'min' | 'max' | 'options' | 'evidence' | 'unit'> & { id: string };

export const PASS_FAIL_VALUES = ['pass', 'fail', 'na'] as const;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const ROW_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_TEXT = 2000;

/** "中文 / English" for the renderer and the API's field issues. */
const msg = (zh: string, en: string) => `${zh} / ${en}`;

/** A real calendar day in the contract's sane range (shared/api/common.ts). */
function validDate(value: string): boolean {
  return isCalendarDay(value) && isSaneDay(value);
}

/** A real moment: its date part a real calendar day (Date.parse would roll 2 月 31 日 over into March), in the sane range. */
function validInstant(value: string): boolean {
  return INSTANT.test(value) && isCalendarDay(value.slice(0, 10)) && isSaneInstant(value);
}

/** Null when the value fits the field's kind; otherwise why not, in Chinese and English. Null/undefined (cleared) always fits. */
export function checkValue(field: AnswerField, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const name = field.label.zh;
  switch (field.kind as ItemKind) {
    case 'passFail':
      return (PASS_FAIL_VALUES as readonly unknown[]).includes(value) ? null : msg(`「${name}」请选择合格、不合格或不适用`, 'choose pass, fail or n/a');
    case 'yesNo':
      return typeof value === 'boolean' ? null : msg(`「${name}」请选择是或否`, 'choose yes or no');
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return msg(`「${name}」须为数字`, 'must be a number');
      return null;
    case 'text':
      if (typeof value !== 'string' || !isCleanText(value)) return msg(`「${name}」须为文字`, 'must be text');
      return value.length > MAX_TEXT ? msg(`「${name}」不能超过${MAX_TEXT}个字`, `at most ${MAX_TEXT} characters`) : null;
    case 'signature':
      if (typeof value !== 'string' || !isCleanText(value)) return msg(`「${name}」请填写签字人姓名`, 'enter the name of the person signing');
      return value.length > 50 ? msg(`「${name}」不能超过50个字`, 'at most 50 characters') : null;
    case 'date':
      return typeof value === 'string' && validDate(value) ? null : msg(`「${name}」日期格式不对（应为 年-月-日）`, 'not a date (yyyy-mm-dd)');
    case 'dateTime':
      return typeof value === 'string' && validInstant(value) ? null : msg(`「${name}」时间格式不对`, 'not a date and time');
    case 'choice':
      return typeof value === 'string' && (field.options ?? []).some((o) => o.value === value) ? null : msg(`「${name}」请从选项中选择`, 'choose one of the options');
    case 'photo':
      return checkPhotos(field, value);
    case 'table':
      return Array.isArray(value) ? null : msg(`「${name}」的行数据无法读取`, 'rows unreadable');
  }
}

function checkPhotos(field: AnswerField, value: unknown): string | null {
  const name = field.label.zh;
  if (!Array.isArray(value)) return msg(`「${name}」的照片数据无法读取`, 'photos unreadable');
  for (const photo of value as unknown[]) {
    const p = photo as Partial<PhotoRef> | null;
    if (!p || typeof p.attachmentId !== 'string' || typeof p.fileName !== 'string') return msg(`「${name}」的照片数据无法读取`, 'photos unreadable');
    if (p.evidence !== undefined && !(Number.isInteger(p.evidence) && p.evidence >= 0 && p.evidence < (field.evidence?.length ?? 0))) {
      return msg(`「${name}」的照片标注了不存在的取证项`, 'a photo names unknown evidence');
    }
  }
  return null;
}

/** True when the value counts as an answer (a blank text or an empty photo list does not). */
export function isAnswered(kind: ItemKind, value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (kind === 'photo' || kind === 'table') return Array.isArray(value) && value.length > 0;
  return true;
}

/**
 * A failed answer: 不合格, a number outside its limits, or on a yes/no question
 * the answer its `failsOn` names as "problem found" ("yes" on 发现静态隐患, "no"
 * on 巡护结果已向中心站汇报). A yes/no field without `failsOn` (a template the
 * schema would refuse) never fails rather than guessing which answer is the problem.
 */
export function isFailed(field: AnswerField & { failsOn?: FailsOn | undefined }, value: unknown): boolean {
  switch (field.kind) {
    case 'passFail':
      return value === 'fail';
    case 'yesNo':
      return yesNoFails(field.failsOn, value);
    case 'number':
      return typeof value === 'number' && ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max));
    default:
      return false;
  }
}

/** Whether a failed answer may raise a corrective action: the item's own setting, by default on checks. */
export function offersCorrectiveAction(item: Pick<TemplateItem, 'kind' | 'correctiveAction'>): boolean {
  return item.correctiveAction ?? ['passFail', 'yesNo', 'number'].includes(item.kind);
}

export function isRowId(value: unknown): value is string {
  return typeof value === 'string' && ROW_ID.test(value);
}

/** The evidence photos a field still lacks, by label. */
export function missingEvidence(field: AnswerField, value: unknown): string[] {
  const photos = Array.isArray(value) ? (value as PhotoRef[]) : [];
  return (field.evidence ?? []).filter((_, i) => !photos.some((p) => p.evidence === i)).map((e) => e.zh);
}

export interface CompletionIssue {
  /** `itemId`, or `itemId.rowId.columnId` for a table cell. */
  path: string;
  message: string;
}

/** What stops a record from being completed: required items and cells unanswered, required evidence photos missing. */
export function completionIssues(template: ChecklistTemplate, answers: Answers): CompletionIssue[] {
  const issues: CompletionIssue[] = [];
  for (const section of template.sections) {
    for (const item of section.items) {
      if (!isShown(item, template, answers)) continue;
      const value = answers[item.id];
      if (item.required && !isAnswered(item.kind, value)) {
        issues.push({ path: item.id, message: msg(item.kind === 'table' ? `「${item.label.zh}」至少要有一行` : `请填写「${item.label.zh}」`, `${item.label.en} is required`) });
        continue;
      }
      if (item.kind === 'table') {
        (Array.isArray(value) ? (value as TableRow[]) : []).forEach((row, index) => {
          for (const column of item.columns ?? []) issues.push(...fieldIssues(column, row[column.id], `${item.id}.${row.id}.${column.id}`, `第${index + 1}行`, `row ${index + 1}`));
        });
      } else if (isAnswered(item.kind, value)) {
        issues.push(...fieldIssues({ ...item, required: false }, value, item.id, '', ''));
      }
    }
  }
  return issues;
}

function fieldIssues(field: AnswerField, value: unknown, path: string, whereZh: string, whereEn: string): CompletionIssue[] {
  const prefixEn = whereEn ? `${whereEn}: ` : '';
  if (field.required && !isAnswered(field.kind, value)) return [{ path, message: msg(`${whereZh}请填写「${field.label.zh}」`, `${prefixEn}${field.label.en} is required`) }];
  if (field.kind === 'photo' && (field.required || isAnswered('photo', value))) {
    const missing = missingEvidence(field, value);
    if (missing.length) return [{ path, message: msg(`${whereZh}「${field.label.zh}」缺少照片：${missing.join('、')}`, `${prefixEn}missing photos of ${missing.length} required views`) }];
  }
  return [];
}
