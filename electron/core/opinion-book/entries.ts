import { newId } from '../../../shared/ids';
import type { AnswerOpinion, OpinionEntry } from '../../../shared/api/opinion-book';
import { ApiError } from '../../../shared/api/errors';
import type { OpinionEntryType } from '../../../shared/domain/opinion-book';
import { siteDayOf } from '../../../shared/domain/opinion-book';
import type { WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { createComplaint } from '../complaints/complaints';
import { fieldError, notInFuture } from '../field-error';
import type { GradingEnv } from '../complaints/grading';
import { addEvent } from '../complaints/workflow-records';
import { getEntry } from './entry-views';
import { entryRow, insertCheck, insertEntry, linkEntryToComplaint, markEntryAnswered, markEntryReviewed, nextEntryNo, unreviewedEntryIds, type EntryRow } from './opinion-book-repository';

interface Actor {
  userId: string;
  at: Date;
  timeZone: string;
}

function recordEntryChange(tx: WriteDb, action: string, before: OpinionEntry | null, after: OpinionEntry, actor: Actor): void {
  recordChange(tx, { userId: actor.userId, at: actor.at, action, entity: 'opinion_book_entry', entityId: after.id, entityVersion: after.version, before, after, syncPayload: after });
}

/** Transcribes one entry of the paper book; its number is the next of the site's book. */
export function recordEntry(
  tx: WriteDb,
  input: { entryDate: string; entryType: OpinionEntryType; content: string; customerName?: string | undefined; contact?: string | undefined },
  actor: Actor,
): OpinionEntry {
  if (input.entryDate > siteDayOf(actor.at, actor.timeZone)) throw fieldError('entryDate', '日期不能晚于今天 / the date cannot be in the future');
  const id = newId();
  insertEntry(tx, {
    id,
    entryNo: nextEntryNo(tx),
    entryDate: input.entryDate,
    entryType: input.entryType,
    content: input.content,
    customerName: input.customerName ?? null,
    contact: input.contact ?? null,
    recordedAt: actor.at.toISOString(),
    recordedBy: actor.userId,
  });
  const entry = getEntry(tx, id)!;
  recordEntryChange(tx, 'opinionBook.record', null, entry, actor);
  return entry;
}

/**
 * 每日查阅 (第九条(一)): one check row for the site day it was made on; every
 * entry no check has seen yet is marked reviewed by it, in the same transaction.
 */
export function recordCheck(tx: WriteDb, note: string | undefined, actor: Actor): void {
  const id = newId();
  const at = actor.at.toISOString();
  const siteDay = siteDayOf(actor.at, actor.timeZone);
  insertCheck(tx, { id, siteDay, checkedAt: at, checkedBy: actor.userId, note: note ?? null });
  const check = { id, siteDay, checkedAt: at, checkedBy: actor.userId, note: note ?? null };
  recordChange(tx, { userId: actor.userId, at: actor.at, action: 'opinionBook.check', entity: 'opinion_book_check', entityId: id, entityVersion: 1, before: null, after: check, syncPayload: check });
  for (const entryId of unreviewedEntryIds(tx)) {
    const before = getEntry(tx, entryId)!;
    markEntryReviewed(tx, entryId, at, actor.userId);
    recordEntryChange(tx, 'opinionBook.review', before, getEntry(tx, entryId)!, actor);
  }
}

/** The entry as the person saw it; refused when someone else changed it meanwhile. */
function currentRow(tx: WriteDb, id: string, version: number): EntryRow {
  const row = entryRow(tx, id);
  if (!row) throw new ApiError('NOT_FOUND', `找不到该意见簿记录 / no opinion-book entry ${id}`);
  if (row.version !== version) throw new ApiError('CONFLICT', '该记录已被他人修改，请刷新后再试 / the entry changed meanwhile; reload and try again');
  return row;
}

/** 处理意见 and signature (第九条(四)); a customer who left contact details must have been answered (第九条(五)). */
export function answerEntry(tx: WriteDb, input: AnswerOpinion, actor: Actor): OpinionEntry {
  const row = currentRow(tx, input.id, input.version);
  if (row.contact && !input.customerRepliedAt) {
    throw fieldError('customerRepliedAt', '客户留有联系方式，必须回复客户（第九条）：请填写回复客户的时间 / the customer left contact details and must be answered');
  }
  notInFuture(input.customerRepliedAt, actor.at, 'customerRepliedAt', '回复客户时间');
  const before = getEntry(tx, row.id)!;
  markEntryAnswered(tx, row.id, input.handlingOpinion, actor.at.toISOString(), actor.userId, input.customerRepliedAt ?? null);
  const after = getEntry(tx, row.id)!;
  recordEntryChange(tx, 'opinionBook.answer', before, after, actor);
  return after;
}

/** The phone pattern of the complaint form: a contact that is a phone number becomes the complaint's phone. */
const PHONE = /^[0-9+\-() ]{5,30}$/;
/** The complaint register needs a customer name; the book often has none. */
const UNNAMED = '意见簿留言客户（未留姓名）';

/**
 * Turns a complaint entry into a complaint record through the complaint
 * service, in the caller's transaction: channel 客户意见簿, received when the
 * entry was recorded, the customer's words as its content; the complaint's
 * handling log names the entry, and the entry points to the complaint.
 */
export function entryToComplaint(
  tx: WriteDb,
  input: { id: string; version: number },
  site: { code: string; timeZone: string },
  env: GradingEnv | null,
  actor: Actor,
): { entry: OpinionEntry; complaint: { id: string; serial: string } } {
  const row = currentRow(tx, input.id, input.version);
  if (row.entry_type !== 'complaint') throw new ApiError('CONFLICT', '只有投诉类留言可以转为投诉记录 / only a complaint entry can become a complaint');
  if (row.complaint_id) throw new ApiError('CONFLICT', `该留言已转为投诉 ${row.complaint_serial ?? ''} / already a complaint`);
  const phone = row.contact && PHONE.test(row.contact) ? row.contact : undefined;
  const content = row.contact && !phone ? `${row.content}\n（客户所留联系方式：${row.contact}）` : row.content;
  const complaint = createComplaint(
    tx,
    {
      kind: 'complaint',
      channel: 'opinion_book',
      customerName: row.customer_name ?? UNNAMED,
      customerPhone: phone,
      content,
      receivedAt: new Date(row.recorded_at),
      firstReceiverId: actor.userId,
      mediaInvolved: false,
      regulatorInvolved: false,
      tickedCriteria: [],
    },
    site,
    env,
    actor.userId,
    actor.at,
  );
  addEvent(tx, {
    complaintId: complaint.id,
    at: actor.at,
    userId: actor.userId,
    action: 'log',
    from: complaint.status,
    to: complaint.status,
    details: { entryType: 'note', text: `由客户意见簿第 ${row.entry_no} 条（${row.entry_date}）转入`, opinionEntryId: row.id },
  });
  const before = toEntryOrThrow(tx, row.id);
  linkEntryToComplaint(tx, row.id, complaint.id);
  const after = toEntryOrThrow(tx, row.id);
  recordEntryChange(tx, 'opinionBook.toComplaint', before, after, actor);
  return { entry: after, complaint: { id: complaint.id, serial: complaint.serial } };
}

function toEntryOrThrow(tx: WriteDb, id: string): OpinionEntry {
  const entry = getEntry(tx, id);
  if (!entry) throw new Error(`opinion-book entry ${id} vanished inside its transaction`);
  return entry;
}
