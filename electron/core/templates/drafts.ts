import { newId } from '../../../shared/ids';
import type { TemplateDraft, TemplateDraftSummary } from '../../../shared/api/checklist-templates';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { nextVersion, nextVersionOf, templateSkeleton } from '../../../shared/checklists/template-drafting';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { fieldError } from '../field-error';
import { catalogTemplates, findCatalogTemplate, highestVersionOf } from './catalog';
import {
  draftRows,
  findTemplateRow,
  insertTemplateDraft,
  markTemplateDiscarded,
  storedTemplateIds,
  templateSnapshot,
  updateTemplateDraft,
  type TemplateHeader,
  type TemplateRow,
} from './templates-repository';

export type { TemplateRow } from './templates-repository';

/**
 * Drafts of checklist templates, saved as head office types them (valid or
 * not: nothing typed is lost), each save naming the row version it was based
 * on so two editors never overwrite each other unseen.
 */

export function draftRow(db: ReadDb, draftId: string, rowVersion?: number): TemplateRow {
  const row = findTemplateRow(db, draftId);
  if (!row || row.status === 'discarded') throw new ApiError('NOT_FOUND', `找不到该模板草稿 / no template draft ${draftId}`);
  if (row.status !== 'draft') throw new ApiError('CONFLICT', `该草稿已发布为 ${row.template_id} ${row.version} / the draft is already published`);
  if (rowVersion !== undefined && row.row_version !== rowVersion) {
    throw new ApiError('CONFLICT', '该草稿已在其他窗口或由其他人修改，请重新打开 / the draft changed meanwhile; reopen it');
  }
  return row;
}

function summaryOf(row: TemplateRow): TemplateDraftSummary {
  return {
    draftId: row.entry_id,
    templateId: row.template_id,
    version: row.version,
    title: { zh: row.title_zh, en: row.title_en },
    basedOn: row.based_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedByName: row.updated_by_name,
    rowVersion: row.row_version,
  };
}

export const draftOf = (row: TemplateRow): TemplateDraft => ({ ...summaryOf(row), template: JSON.parse(row.body) as Record<string, unknown> });

export function listDrafts(db: ReadDb): TemplateDraftSummary[] {
  return draftRows(db).map(summaryOf);
}

/** The columns kept beside the body, best effort: a draft may not have them yet. */
function headerOf(body: Record<string, unknown>): TemplateHeader {
  const title = (body.title && typeof body.title === 'object' ? body.title : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return { id: text(body.id), version: text(body.version), zh: text(title.zh), en: text(title.en) };
}

/**
 * The audit row for a template row as it now stands (entity
 * `checklist_template`), in the caller's transaction; only a published
 * version is also queued for head office — a draft autosaved every few
 * seconds would otherwise fill the sync queue with half-typed forms.
 */
export function recordTemplateChange(tx: WriteDb, entryId: string, user: User, at: Date, action: string, before: unknown): void {
  const after = templateSnapshot(tx, entryId);
  const payload = { ...after, body: JSON.parse(after.body) as unknown };
  recordChange(tx, { userId: user.id, at, action, entity: 'checklist_template', entityId: entryId, entityVersion: after.row_version, before, after: payload, syncPayload: after.status === 'published' ? payload : null });
}

/** An id no template or draft uses yet: new-template, new-template-2, … */
function freeTemplateId(db: ReadDb): string {
  const taken = new Set([...catalogTemplates(db).map((t) => t.id), ...storedTemplateIds(db)]);
  let n = 1;
  while (taken.has(n === 1 ? 'new-template' : `new-template-${n}`)) n += 1;
  return n === 1 ? 'new-template' : `new-template-${n}`;
}

export function createDraft(tx: WriteDb, fromTemplateId: string | undefined, user: User, at: Date): string {
  let body: Record<string, unknown>;
  if (fromTemplateId !== undefined) {
    const newest = findCatalogTemplate(tx, fromTemplateId);
    if (!newest) throw fieldError('fromTemplateId', `没有这个模板 / no template ${fromTemplateId}`);
    // Above every version the site holds, including a published one this program cannot read.
    body = { ...nextVersionOf(newest), version: nextVersion(highestVersionOf(tx, fromTemplateId) ?? newest.version) };
  } else {
    body = templateSkeleton(freeTemplateId(tx));
  }
  const entryId = newId();
  const header = headerOf(body);
  const now = at.toISOString();
  insertTemplateDraft(tx, { entryId, header, body: JSON.stringify(body), basedOn: fromTemplateId ?? null, userId: user.id, at: now });
  recordTemplateChange(tx, entryId, user, at, 'checklistTemplates.createDraft', null);
  return entryId;
}

export function saveDraft(tx: WriteDb, input: { draftId: string; rowVersion: number; template: Record<string, unknown> }, user: User, at: Date): void {
  const row = draftRow(tx, input.draftId, input.rowVersion);
  const header = headerOf(input.template);
  updateTemplateDraft(tx, row.entry_id, header, JSON.stringify(input.template), user.id, at.toISOString());
  recordTemplateChange(tx, row.entry_id, user, at, 'checklistTemplates.saveDraft', { body: JSON.parse(row.body) as unknown, row_version: row.row_version });
}

export function discardDraft(tx: WriteDb, input: { draftId: string; rowVersion: number }, user: User, at: Date): void {
  const row = draftRow(tx, input.draftId, input.rowVersion);
  markTemplateDiscarded(tx, row.entry_id, user.id, at.toISOString());
  recordTemplateChange(tx, row.entry_id, user, at, 'checklistTemplates.discardDraft', { status: row.status });
}
