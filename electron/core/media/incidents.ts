import { newId } from '../../../shared/ids';
import type { MediaIncidentDetail } from '../../../shared/api/media';
import { ApiError } from '../../../shared/api/errors';
import { CHECKLISTS, checklistsFor, type ChecklistCode, type MediaChannel, type MediaContentCategory, type MediaStatus, type NotifyParty } from '../../../shared/domain/media';
import type { ReadDb, WriteDb } from '../db/handles';
import { siteProfile } from '../profiles';
import { storeImage } from '../attachments/attachments';
import { recordChange } from '../change-log/change-log';
import { fieldError, notInFuture } from '../field-error';
import { getIncident } from './incident-views';
import {
  bumpIncidentVersion,
  complaintIdBySerial,
  deleteStep,
  evidenceLink,
  incidentRow,
  insertIncident,
  insertNotification,
  insertStep,
  isStepDone,
  linkEvidence,
  setIncidentComplaint,
  setIncidentStatus,
  unlinkEvidence,
  type IncidentRow,
} from './media-repository';

interface Actor {
  userId: string;
  at: Date;
}

export interface NewIncident {
  occurredAt: string;
  channel: MediaChannel;
  journalistOnSite: boolean;
  mediaName?: string | undefined;
  programme?: string | undefined;
  journalistName?: string | undefined;
  contentCategory?: MediaContentCategory | undefined;
  description: string;
  platform?: string | undefined;
  posterContact?: string | undefined;
  complaintSerial?: string | undefined;
}

function complaintIdOf(db: ReadDb, serial: string | undefined, path: string): string | null {
  if (!serial) return null;
  const id = complaintIdBySerial(db, serial);
  if (!id) throw fieldError(path, `找不到投诉编号 ${serial} / no complaint with this serial`);
  return id;
}

function existing(db: ReadDb, id: string, version?: number): IncidentRow {
  const row = incidentRow(db, id);
  if (!row) throw new ApiError('NOT_FOUND', `找不到该负面新闻记录 / no media incident ${id}`);
  if (version !== undefined && row.version !== version) throw new ApiError('CONFLICT', '该记录已被他人修改，请刷新后再试 / the record changed meanwhile; reload and try again');
  return row;
}

/**
 * Bumps the incident's version and records the change: each write on an
 * incident (a step, a notification, evidence) is one audited, synced change.
 */
function changed(tx: WriteDb, id: string, action: string, before: unknown, detail: unknown, actor: Actor): MediaIncidentDetail {
  bumpIncidentVersion(tx, id);
  const after = getIncident(tx, id)!;
  recordChange(tx, { userId: actor.userId, at: actor.at, action, entity: 'media_incident', entityId: id, entityVersion: after.version, before, after: detail, syncPayload: after });
  return after;
}

export function createIncident(tx: WriteDb, input: NewIncident, actor: Actor): MediaIncidentDetail {
  notInFuture(input.occurredAt, actor.at, 'occurredAt', '发生时间');
  // 投诉内容 is one of the site's own organisation's categories (issue 17), never another organisation's list.
  if (input.contentCategory !== undefined && !(siteProfile(tx)?.mediaContentCategories ?? []).some((c) => c.code === input.contentCategory)) {
    throw ApiError.because('VALIDATION', 'media.errors.unknownCategory', { category: input.contentCategory }, 'contentCategory');
  }
  const complaintId = complaintIdOf(tx, input.complaintSerial, 'complaintSerial');
  const id = newId();
  insertIncident(tx, {
    id,
    occurredAt: new Date(input.occurredAt).toISOString(),
    channel: input.channel,
    mediaName: input.mediaName ?? null,
    programme: input.programme ?? null,
    journalistName: input.journalistName ?? null,
    journalistOnSite: input.journalistOnSite,
    contentCategory: input.contentCategory ?? null,
    description: input.description,
    platform: input.platform ?? null,
    posterContact: input.posterContact ?? null,
    complaintId,
    recordedAt: actor.at.toISOString(),
    recordedBy: actor.userId,
  });
  const incident = getIncident(tx, id)!;
  recordChange(tx, { userId: actor.userId, at: actor.at, action: 'media.create', entity: 'media_incident', entityId: id, entityVersion: 1, before: null, after: incident, syncPayload: incident });
  return incident;
}

export function linkComplaint(tx: WriteDb, input: { id: string; version: number; complaintSerial: string }, actor: Actor): MediaIncidentDetail {
  const row = existing(tx, input.id, input.version);
  const complaintId = complaintIdOf(tx, input.complaintSerial, 'complaintSerial');
  setIncidentComplaint(tx, row.id, complaintId);
  return changed(tx, row.id, 'media.linkComplaint', { complaintId: row.complaint_id }, { complaintId, serial: input.complaintSerial }, actor);
}

/** Ticks or unticks one step of a checklist that applies to the incident (S1 四(三), 四(五)3). */
export function tickStep(tx: WriteDb, input: { id: string; checklist: ChecklistCode; code: string; done: boolean; note?: string | undefined }, actor: Actor): MediaIncidentDetail {
  const row = existing(tx, input.id);
  if (!checklistsFor({ channel: row.channel, journalistOnSite: row.journalist_on_site === 1 }).includes(input.checklist)) {
    throw new ApiError('CONFLICT', '此检查表不适用于本事件 / this checklist does not apply to the incident');
  }
  const step = CHECKLISTS[input.checklist].find((s) => s.code === input.code);
  if (!step) throw fieldError('code', `检查表中没有步骤 ${input.code} / no such step`);
  const done = isStepDone(tx, row.id, input.checklist, input.code);
  if (input.done === done) throw new ApiError('CONFLICT', input.done ? '该步骤已勾选 / already ticked' : '该步骤尚未勾选 / not ticked');
  if (input.done) insertStep(tx, row.id, input.checklist, input.code, actor.at.toISOString(), actor.userId, input.note ?? null);
  else deleteStep(tx, row.id, input.checklist, input.code);
  const detail = { checklist: input.checklist, step: input.code, source: step.source, done: input.done, note: input.note ?? null };
  return changed(tx, row.id, input.done ? 'media.tickStep' : 'media.untickStep', null, detail, actor);
}

export function recordNotification(tx: WriteDb, input: { id: string; party: NotifyParty; notifiedAt: string; note?: string | undefined }, actor: Actor): MediaIncidentDetail {
  const row = existing(tx, input.id);
  notInFuture(input.notifiedAt, actor.at, 'notifiedAt', '通知时间');
  const notifiedAt = new Date(input.notifiedAt).toISOString();
  insertNotification(tx, { id: newId(), incidentId: row.id, party: input.party, notifiedAt, userId: actor.userId, note: input.note ?? null });
  return changed(tx, row.id, 'media.notify', null, { party: input.party, notifiedAt, note: input.note ?? null }, actor);
}

/** Evidence (S1 四(五)3(1) 截屏、拍照): stored once per content; the same image twice on one incident is refused. */
export function attachImage(tx: WriteDb, input: { id: string; fileName: string; mimeType: string; dataBase64: string }, actor: Actor): MediaIncidentDetail {
  const row = existing(tx, input.id);
  const stored = storeImage(tx, input, actor.userId, actor.at);
  if (evidenceLink(tx, row.id, stored.id)) {
    throw fieldError('dataBase64', '这张图片已附在本事件上 / this image is already attached');
  }
  linkEvidence(tx, row.id, stored.id, input.fileName, actor.at.toISOString(), actor.userId);
  return changed(tx, row.id, 'media.attach', null, { attachmentId: stored.id, sha256: stored.sha256, fileName: input.fileName, size: stored.size }, actor);
}

/**
 * Takes an image attached by mistake off an incident still being handled (the
 * old one of a replacement too). Once the incident is marked handled its
 * evidence is what it was handled on (S1 四(五)3(1) 截屏、拍照留取证据), so it stays.
 * The stored image is kept even when nothing names it any more: its outbox row
 * may already have sent it to head office, or still sends its bytes from that
 * table, and another incident or checklist may share it (one row per content).
 */
export function removeImage(tx: WriteDb, input: { id: string; version: number; attachmentId: string }, actor: Actor): MediaIncidentDetail {
  if (existing(tx, input.id).status !== 'open') throw ApiError.because('CONFLICT', 'media.errors.evidenceOfHandled', undefined, 'id');
  const row = existing(tx, input.id, input.version);
  const link = evidenceLink(tx, row.id, input.attachmentId);
  if (!link) throw ApiError.because('NOT_FOUND', 'media.errors.noSuchEvidence', undefined, 'attachmentId');
  unlinkEvidence(tx, row.id, input.attachmentId);
  return changed(tx, row.id, 'media.removeImage', { attachmentId: input.attachmentId, fileName: link.file_name }, null, actor);
}

export function setStatus(tx: WriteDb, input: { id: string; version: number; status: MediaStatus; note?: string | undefined }, actor: Actor): MediaIncidentDetail {
  const row = existing(tx, input.id, input.version);
  if (row.status === input.status) throw new ApiError('CONFLICT', '状态未改变 / the status is unchanged');
  setIncidentStatus(tx, row.id, input.status, input.note ?? null);
  return changed(tx, row.id, 'media.setStatus', { status: row.status }, { status: input.status, note: input.note ?? null }, actor);
}
