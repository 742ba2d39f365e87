import { ApiError } from '../../../shared/api/errors';
import type { NotificationItem } from '../../../shared/api/notifications';
import type { User } from '../../../shared/api/users';
import type { ReadDb, WriteDb } from '../db/handles';
import { reminderCounts } from './report-reminders';
import { concernOf, itemOf, mayRecordFor, recordNotification, toItem } from './notification-records';
import {
  findNotification,
  forComplaint,
  inboxCounts,
  inboxRows,
  markRead,
  recipientsOf,
  setAcknowledged,
  setPhoneConfirmed,
  setWritten,
  timelinessCounts,
  type ListedRow,
} from './notifications-repository';

export function inbox(db: ReadDb, user: User, input: { show: 'open' | 'all'; limit: number }, now: Date) {
  const reader = { userId: user.id, roles: user.roles };
  const items = inboxRows(db, reader, input.show, input.limit).map((row) => toItem(row, recipientsOf(db, row.id), user, row.read_at !== null, now));
  const counts = inboxCounts(db, reader, now.toISOString());
  return { items, unread: counts.unread, open: counts.open };
}

/** The badge: the inbox's counts with the open report reminders added (an overdue report counts as overdue). */
export function summary(db: ReadDb, user: User, now: Date): { unread: number; overdue: number } {
  const { unread, overdue } = inboxCounts(db, { userId: user.id, roles: user.roles }, now.toISOString());
  const reminders = reminderCounts(db, user);
  return { unread: unread + reminders.open, overdue: overdue + reminders.overdue };
}

export function complaintNotifications(db: ReadDb, user: User, complaintId: string, now: Date): NotificationItem[] {
  return forComplaint(db, complaintId).map((row) => toItem(row, recipientsOf(db, row.id), user, false, now));
}

/** Marks the ones addressed to the user as opened by them; others are left alone. Returns how many it marked. */
export function markOpened(tx: WriteDb, user: User, ids: readonly string[], at: Date): number {
  let marked = 0;
  for (const id of ids) {
    if (!findNotification(tx, id) || concernOf(recipientsOf(tx, id), user) === 'none') continue;
    markRead(tx, id, user.id, at.toISOString());
    marked++;
  }
  return marked;
}

/** The notification at the version the person saw, or the reason it cannot be acted on. */
function current(tx: WriteDb, id: string, version: number): ListedRow {
  const row = findNotification(tx, id);
  if (!row) throw ApiError.because('NOT_FOUND', 'notifications.errors.notFound');
  if (row.version !== version) throw ApiError.because('CONFLICT', 'notifications.errors.stale');
  return row;
}

/** Only a recipient (not a copy) acknowledges, once. */
export function acknowledge(tx: WriteDb, user: User, input: { id: string; version: number }, at: Date): NotificationItem {
  const row = current(tx, input.id, input.version);
  if (concernOf(recipientsOf(tx, row.id), user) !== 'to') throw ApiError.because('FORBIDDEN', 'notifications.errors.notRecipient');
  if (row.acknowledged_at) throw ApiError.because('CONFLICT', 'notifications.errors.alreadyAcknowledged', { at: { at: row.acknowledged_at }, name: row.acknowledged_by_name ?? '' });
  setAcknowledged(tx, row.id, { at: at.toISOString(), userId: user.id, name: user.displayName, atHeadOffice: false });
  markRead(tx, row.id, user.id, at.toISOString());
  recordNotification(tx, row.id, { userId: user.id, at, action: 'notifications.acknowledge', before: { acknowledgedAt: null } });
  return itemOf(tx, row.id, user, true, at);
}

function mayRecord(tx: WriteDb, row: ListedRow, user: User): void {
  if (!mayRecordFor(recipientsOf(tx, row.id), user)) throw ApiError.because('FORBIDDEN', 'notifications.errors.mayNotRecord');
}

export function confirmPhone(tx: WriteDb, user: User, input: { id: string; version: number; calledAt: string; reached: string; note?: string | undefined }, at: Date): NotificationItem {
  const row = current(tx, input.id, input.version);
  if (row.confirm_by_phone !== 1) throw ApiError.because('CONFLICT', 'notifications.errors.noPhoneAsked');
  if (row.phone_confirmed_at) throw ApiError.because('CONFLICT', 'notifications.errors.phoneAlreadyConfirmed', { at: { at: row.phone_confirmed_at } });
  mayRecord(tx, row, user);
  const calledAt = new Date(input.calledAt);
  if (calledAt.getTime() < new Date(row.starts_at).getTime()) throw ApiError.because('VALIDATION', 'notifications.errors.beforeStart', { at: { at: row.starts_at } }, 'calledAt');
  setPhoneConfirmed(tx, row.id, { at: calledAt.toISOString(), userId: user.id, reached: input.reached, note: input.note ?? null });
  recordNotification(tx, row.id, { userId: user.id, at, action: 'notifications.confirmPhone', before: { phoneConfirmedAt: null } });
  return itemOf(tx, row.id, user, false, at);
}

export function recordWritten(tx: WriteDb, user: User, input: { id: string; version: number; text: string; writtenAt?: string | undefined }, at: Date): NotificationItem {
  const row = current(tx, input.id, input.version);
  if (!row.written_due_at) throw ApiError.because('CONFLICT', 'notifications.errors.noWrittenAsked');
  if (row.written_at) throw ApiError.because('CONFLICT', 'notifications.errors.writtenAlreadyRecorded', { at: { at: row.written_at } });
  mayRecord(tx, row, user);
  const writtenAt = input.writtenAt ? new Date(input.writtenAt) : at;
  if (writtenAt.getTime() < new Date(row.starts_at).getTime()) throw ApiError.because('VALIDATION', 'notifications.errors.beforeStart', { at: { at: row.starts_at } }, 'writtenAt');
  setWritten(tx, row.id, { at: writtenAt.toISOString(), userId: user.id, text: input.text });
  recordNotification(tx, row.id, { userId: user.id, at, action: 'notifications.recordWritten', before: { writtenAt: null } });
  return itemOf(tx, row.id, user, false, at);
}

/**
 * Head office acknowledged a notification addressed to it, in its console:
 * merged from the pulled remark (sync/remarks.ts). The first
 * acknowledgement stands; a later one changes nothing. Returns whether it applied.
 */
export function acknowledgeFromHeadOffice(tx: WriteDb, id: string, value: unknown): boolean {
  const ack = value as { at?: unknown; by?: unknown } | null;
  if (!ack || typeof ack.at !== 'string' || Number.isNaN(Date.parse(ack.at)) || typeof ack.by !== 'string') return false;
  const row = findNotification(tx, id);
  if (!row || !recipientsOf(tx, id).some((r) => r.recipient === 'head_office' && r.copy === 0)) return false;
  if (row.acknowledged_at) return true;
  setAcknowledged(tx, id, { at: new Date(ack.at).toISOString(), userId: null, name: ack.by, atHeadOffice: true });
  recordNotification(tx, id, { userId: null, at: new Date(ack.at), action: 'notifications.acknowledgeAtHeadOffice', before: { acknowledgedAt: null } });
  return true;
}

export function timeliness(db: ReadDb, input: { from: string; to: string }) {
  const from = new Date(input.from);
  const to = new Date(input.to);
  if (to.getTime() <= from.getTime()) throw ApiError.because('VALIDATION', 'notifications.errors.emptyPeriod', undefined, 'to');
  return timelinessCounts(db, from.toISOString(), to.toISOString());
}
