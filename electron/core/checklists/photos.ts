import type { AttachPhotoInput, RemovePhotoInput } from '../../../shared/api/checklists';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import type { PhotoRef, TableRow } from '../../../shared/checklists/answer-values';
import type { WriteDb } from '../db/handles';
import { storeImage } from '../attachments/attachments';
import { fieldError } from '../field-error';
import { appliesHere, findCatalogTemplate } from '../templates';
import { answersOf, checklistRow, findItem, templateOf } from './record-views';
import { requireDraft, writeAnswers } from './records';
import { isPhotoLinked, linkPhoto, unlinkPhoto } from './records-repository';

/**
 * Attaches a photo to a photo item, or to a photo cell of a table row (the
 * sewage register's vehicle photos), as evidence of one required view. The
 * bytes go to `attachments` (checked by content, size-limited, stored once per
 * sha256); the answer names the attachment. Photos are kept as taken: not
 * resized here (the renderer downscales before sending; the size limit keeps them small enough to travel).
 */
export function attachPhoto(tx: WriteDb, input: AttachPhotoInput & { version: number }, user: User, at: Date): void {
  const row = checklistRow(tx, input.id);
  requireDraft(row, input.version);
  const item = findItem(templateOf(tx, row), input.itemId);
  const answers = answersOf(row);
  const field = item.kind === 'table' ? item.columns?.find((c) => c.id === input.columnId) : item;
  if (item.kind === 'table' && (!input.rowId || !input.columnId)) throw fieldError('rowId', '表格中的照片须指明行和列 / name the row and column');
  if (!field || field.kind !== 'photo') throw fieldError(item.kind === 'table' ? 'columnId' : 'itemId', `「${field?.label.zh ?? input.columnId}」不是照片项 / not a photo field`);
  if (input.evidence !== undefined && input.evidence >= (field.evidence?.length ?? 0)) throw fieldError('evidence', '没有这个取证项 / no such evidence view');

  const stored = storeImage(tx, input, user.id, at);
  if (isPhotoLinked(tx, row.id, stored.id)) {
    throw fieldError('dataBase64', '这张照片已附在本记录上 / this photo is already attached to the record');
  }
  linkPhoto(tx, { recordId: row.id, attachmentId: stored.id, itemId: item.id, rowId: input.rowId ?? null, columnId: input.columnId ?? null, fileName: input.fileName, at: at.toISOString(), userId: user.id });

  const photo: PhotoRef = { attachmentId: stored.id, fileName: input.fileName, ...(input.evidence !== undefined ? { evidence: input.evidence } : {}) };
  if (item.kind === 'table') {
    const rows = Array.isArray(answers[item.id]) ? (answers[item.id] as TableRow[]) : [];
    const target = rows.find((r) => r.id === input.rowId);
    if (!target) throw fieldError('rowId', '请先填写该行再附照片 / save the row first');
    const photos = Array.isArray(target[field.id]) ? (target[field.id] as PhotoRef[]) : [];
    target[field.id] = [...photos, photo];
    answers[item.id] = rows;
  } else {
    const photos = Array.isArray(answers[item.id]) ? (answers[item.id] as PhotoRef[]) : [];
    answers[item.id] = [...photos, photo];
  }
  writeAnswers(tx, row, answers, user, at, 'checklists.attachPhoto', { attachmentId: stored.id, itemId: item.id, rowId: input.rowId ?? null });
}

const noSuchPhoto = () => ApiError.because('NOT_FOUND', 'checklists.errors.noSuchPhoto', undefined, 'attachmentId');

/**
 * Takes a photo attached by mistake off a draft (or the old photo once its
 * replacement is stored). The photo's link to the record goes too, so the same
 * picture may be attached again and a stale screen cannot save it back.
 *
 * The attachment row itself is always kept, even when no answer refers to it
 * any more: its outbox row may already have sent it to head office (or still
 * wait to send its bytes from this table), other records may share it (one row
 * per content), and the audit of this removal names it. An orphan costs at
 * most 750 KB; a dangling reference on either side would cost evidence.
 */
export function removePhoto(tx: WriteDb, input: RemovePhotoInput & { version: number }, user: User, at: Date): void {
  const row = checklistRow(tx, input.id);
  // Another organisation's form is not filled here (issue 17), so its evidence is not changed here either.
  if (!appliesHere(tx, row.template_id)) {
    const title = findCatalogTemplate(tx, row.template_id)?.title.zh ?? row.template_id;
    throw ApiError.because('CONFLICT', 'checklists.errors.notForThisSite', { title }, 'id');
  }
  // A completed record is what was signed off: its evidence stays as it was submitted.
  if (row.status !== 'draft') throw ApiError.because('CONFLICT', 'checklists.errors.photoOfCompleted', undefined, 'id');
  requireDraft(row, input.version);
  const item = findItem(templateOf(tx, row), input.itemId);
  const answers = answersOf(row);

  let holder: Record<string, unknown> = answers;
  let key = item.id;
  if (item.kind === 'table') {
    if (!input.rowId || !input.columnId) throw fieldError('rowId', '表格中的照片须指明行和列 / name the row and column');
    const rows = Array.isArray(answers[item.id]) ? (answers[item.id] as TableRow[]) : [];
    const target = rows.find((r) => r.id === input.rowId);
    if (!target) throw noSuchPhoto();
    holder = target;
    key = input.columnId;
  }
  const photos = Array.isArray(holder[key]) ? (holder[key] as PhotoRef[]) : [];
  const removed = photos.find((p) => p.attachmentId === input.attachmentId);
  if (!removed) throw noSuchPhoto();
  const left = photos.filter((p) => p !== removed);
  if (left.length) holder[key] = left;
  else delete holder[key];

  unlinkPhoto(tx, row.id, removed.attachmentId);
  writeAnswers(tx, row, answers, user, at, 'checklists.removePhoto', { itemId: item.id, rowId: input.rowId ?? null, columnId: input.columnId ?? null, photo: removed });
}
