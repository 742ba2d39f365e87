import { newId } from '../../../shared/ids';
import type { SaveAnswersInput } from '../../../shared/api/checklists';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { checkValue, completionIssues, isRowId, type Answers, type TableRow } from '../../../shared/checklists/answer-values';
import type { TemplateItem } from '../../../shared/checklists/template-schema';
import type { WriteDb } from '../db/handles';
import { gradingPrefill } from '../mine-level';
import { readStoreEvidence } from '../privacy/self-check-evidence';
import { storeEvidenceItems, withStoreEvidence } from '../../../shared/checklists/store-evidence';
import { fieldError } from '../field-error';
import { appliesHere, findCatalogTemplate } from '../templates';
import { requireWithinRowLimit } from '../thresholds';
import { recordChecklistChange } from './audit';
import { draftToResume } from './due';
import { answersOf, checklistRow, findItem, templateOf, type ChecklistRow } from './record-views';
import { completionSnapshot, insertChecklistRecord, isPhotoLinked, markChecklistCompleted, updateChecklistAnswers } from './records-repository';

/**
 * Filling a checklist record: start it on the newest version of its
 * template (shipped or published) if the template applies at this site, save one answer or one table row at a time (each save re-reads
 * the stored answers and changes only its own item, so nothing else is lost),
 * and complete it once every required item and evidence photo is there.
 * Every save names the record version it was based on: a stale one is refused
 * (another screen or PC saved meanwhile) rather than overwriting.
 */

/** Starts a record, or with `resume` opens the open draft of this period instead (开始填写 clicked twice never makes a second draft). */
export function startRecord(tx: WriteDb, templateId: string, user: User, at: Date, resume = false, defaultSecretHolders: readonly string[] = []): string {
  const template = findCatalogTemplate(tx, templateId);
  if (!template) throw fieldError('templateId', `没有这个检查表模板 / no template ${templateId}`);
  // Another organisation's form is not offered here, and not started either (issue 17: a bank outlet is never given H2S checks).
  if (!appliesHere(tx, template.id)) throw ApiError.because('CONFLICT', 'checklists.errors.notForThisSite', { title: template.title.zh }, 'templateId');
  const open = resume ? draftToResume(tx, template, at) : null;
  if (open) return open;
  const id = newId();
  const now = at.toISOString();
  // The coal-mine self-assessment starts with the mine's level record read in (its accidents and level events, with their dates).
  const prefilled = gradingPrefill(tx, template);
  // The personal-information self-check starts with the evidence of this store (its accounts, sign-ins, access register).
  const answers = storeEvidenceItems(template).length ? withStoreEvidence(template, prefilled, readStoreEvidence(tx, template.id, at, defaultSecretHolders)) : prefilled;
  insertChecklistRecord(tx, { id, templateId: template.id, templateVersion: template.version, answers: JSON.stringify(answers), userId: user.id, at: now });
  recordChecklistChange(tx, id, user, at, 'checklists.start', null);
  return id;
}

export const staleVersion = () => new ApiError('CONFLICT', '该记录已被其他人或其他窗口修改，请刷新后再填 / the record changed meanwhile; reload it');

/** A draft at the version the caller saw. */
export function requireDraft(row: ChecklistRow, version: number): void {
  if (row.status !== 'draft') throw new ApiError('CONFLICT', '该记录已完成，不能再修改 / the record is completed');
  if (row.version !== version) throw staleVersion();
}

/** Photos may only be removed through an answer, never named from another record. */
function requireOwnPhotos(tx: WriteDb, recordId: string, value: unknown, path: string): void {
  if (!Array.isArray(value)) return;
  for (const photo of value as { attachmentId: string }[]) {
    if (!isPhotoLinked(tx, recordId, photo.attachmentId)) {
      throw fieldError(path, '照片不属于本记录，请重新上传 / the photo is not attached to this record');
    }
  }
}

/** The new value of one item after the save, checked against its kind (and, for a row, each cell against its column). */
function applySave(tx: WriteDb, recordId: string, item: TemplateItem, answers: Answers, input: SaveAnswersInput): unknown {
  if ('value' in input) {
    if (item.kind === 'table') throw fieldError('value', `「${item.label.zh}」按行保存 / save a table row by row`);
    const problem = checkValue(item, input.value);
    if (problem) throw fieldError('value', problem);
    if (item.kind === 'photo') requireOwnPhotos(tx, recordId, input.value, 'value');
    return input.value ?? null;
  }
  if (item.kind !== 'table') throw fieldError('itemId', `「${item.label.zh}」不是表格 / not a table`);
  const rows = Array.isArray(answers[item.id]) ? [...(answers[item.id] as TableRow[])] : [];
  const index = rows.findIndex((r) => r.id === input.rowId);
  if ('remove' in input) {
    if (index < 0) throw new ApiError('NOT_FOUND', '该行不存在或已删除 / no such row');
    rows.splice(index, 1);
    return rows;
  }
  if (!isRowId(input.rowId)) throw fieldError('rowId', '行编号无效 / invalid row id');
  const columns = item.columns ?? [];
  for (const [columnId, value] of Object.entries(input.cells)) {
    const column = columns.find((c) => c.id === columnId);
    if (!column) throw fieldError(`cells.${columnId}`, `「${item.label.zh}」没有「${columnId}」这一列 / no such column`);
    const problem = checkValue(column, value);
    if (problem) throw fieldError(`cells.${columnId}`, problem);
    if (column.kind === 'photo') requireOwnPhotos(tx, recordId, value, `cells.${columnId}`);
  }
  const merged: TableRow = { ...(index >= 0 ? rows[index] : {}), ...input.cells, id: input.rowId };
  for (const key of Object.keys(merged)) if (merged[key] === null) delete merged[key];
  if (index >= 0) rows[index] = merged;
  else rows.push(merged);
  return rows;
}

export function writeAnswers(tx: WriteDb, row: ChecklistRow, answers: Answers, user: User, at: Date, action: string, before: unknown): void {
  updateChecklistAnswers(tx, row.id, JSON.stringify(answers), user.id, at.toISOString());
  recordChecklistChange(tx, row.id, user, at, action, before);
}

export function saveAnswers(tx: WriteDb, input: SaveAnswersInput, user: User, at: Date): void {
  const row = checklistRow(tx, input.id);
  requireDraft(row, input.version);
  const template = templateOf(tx, row);
  const item = findItem(template, input.itemId);
  // Where the source states a number or a period, the app answers from the dates and counts entered.
  if (item.computed) throw ApiError.because('VALIDATION', 'thresholds.errors.computedItem', undefined, 'itemId');
  if (item.fromStore) throw ApiError.because('VALIDATION', 'checklists.errors.fromStoreItem', undefined, 'itemId');
  const answers = answersOf(row);
  const before = { itemId: item.id, value: answers[item.id] ?? null };
  const value = applySave(tx, row.id, item, answers, input);
  if (item.rowLimit && 'cells' in input) {
    const saved = (value as TableRow[]).find((r) => r.id === input.rowId);
    if (saved) requireWithinRowLimit(tx, template.id, item, row.id, saved);
  }
  if (value === null) delete answers[item.id];
  else answers[item.id] = value;
  writeAnswers(tx, row, answers, user, at, 'checklists.saveAnswers', before);
}

export function completeRecord(tx: WriteDb, input: { id: string; version: number }, user: User, at: Date): void {
  const row = checklistRow(tx, input.id);
  requireDraft(row, input.version);
  const issues = completionIssues(templateOf(tx, row), answersOf(row));
  if (issues.length) {
    throw new ApiError('VALIDATION', `还有 ${issues.length} 项未填或缺少照片，不能完成 / ${issues.length} required answers or photos missing`, issues);
  }
  const before = completionSnapshot(tx, row.id);
  markChecklistCompleted(tx, row.id, user.id, at.toISOString());
  recordChecklistChange(tx, row.id, user, at, 'checklists.complete', before);
}

/** 重新统计本机数据: the draft's evidence items read from the store again, as of `at` (the other answers kept). */
export function refreshEvidence(tx: WriteDb, input: { id: string; version: number }, user: User, at: Date, defaultSecretHolders: readonly string[]): void {
  const row = checklistRow(tx, input.id);
  requireDraft(row, input.version);
  const template = templateOf(tx, row);
  const items = storeEvidenceItems(template);
  if (items.length === 0) throw ApiError.because('CONFLICT', 'checklists.errors.noStoreEvidence');
  const answers = answersOf(row);
  const before = Object.fromEntries(items.map(({ id }) => [id, answers[id] ?? null]));
  writeAnswers(tx, row, withStoreEvidence(template, answers, readStoreEvidence(tx, template.id, at, defaultSecretHolders)), user, at, 'checklists.refreshEvidence', before);
}
