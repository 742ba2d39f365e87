import type { NotificationItem } from '../../../shared/api/notifications';
import type { User } from '../../../shared/api/users';
import { hasPermission, type Role } from '../../../shared/domain/roles';
import type { NotifyLimit, NotifyRecipient } from '../../../shared/rules/pack-schema';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { findNotification, recipientsOf, type ListedRow, type RecipientRow } from './notifications-repository';
import { noteFromColumn } from '../../../shared/sources/choice-note';

/**
 * A notification as head office receives it (entity 'notification'): every
 * time it was created, acknowledged, confirmed or written up, with its
 * recipients and its complaint's serial, so the console can list it alone.
 */
export function syncPayloadOf(row: ListedRow, recipients: readonly RecipientRow[]): Record<string, unknown> {
  return {
    id: row.id,
    complaintId: row.complaint_id,
    serial: row.serial,
    packId: row.pack_id,
    packVersion: row.pack_version,
    obligation: row.obligation,
    event: row.event,
    level: row.level,
    escalationOf: row.escalation_of,
    notify: JSON.parse(row.notify) as unknown,
    recipients: recipients.filter((r) => r.copy === 0).map((r) => r.recipient),
    copies: recipients.filter((r) => r.copy === 1).map((r) => r.recipient),
    source: row.source,
    choice: noteFromColumn(row.choice),
    limit: JSON.parse(row.limit_spec) as unknown,
    confirmByPhone: row.confirm_by_phone === 1,
    acknowledgeRequired: row.acknowledge_required === 1,
    startsAt: row.starts_at,
    dueAt: row.due_at,
    createdAt: row.created_at,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedBy: row.acknowledged_by,
    acknowledgedByName: row.acknowledged_by_name,
    acknowledgedAtHeadOffice: row.acknowledged_at_head_office === 1,
    phoneConfirmedAt: row.phone_confirmed_at,
    phoneConfirmedBy: row.phone_confirmed_by,
    phoneReached: row.phone_reached,
    phoneNote: row.phone_note,
    writtenDueAt: row.written_due_at,
    writtenAt: row.written_at,
    writtenBy: row.written_by,
    writtenText: row.written_text,
    escalatedAt: row.escalated_at,
    version: row.version,
  };
}

/** Audits and queues the notification as it now is (one transaction with the change that made it so). */
export function recordNotification(tx: WriteDb, id: string, change: { userId: string | null; at: Date; action: string; before: unknown }): ListedRow {
  const row = findNotification(tx, id)!;
  const payload = syncPayloadOf(row, recipientsOf(tx, id));
  recordChange(tx, { userId: change.userId, at: change.at, action: change.action, entity: 'notification', entityId: id, entityVersion: row.version, before: change.before, after: payload, syncPayload: payload });
  return row;
}

/** How a notification concerns a user: theirs to acknowledge, a copy, or not addressed to them. */
export function concernOf(recipients: readonly RecipientRow[], user: Pick<User, 'id' | 'roles'>): NotificationItem['concerns'] {
  const mine = recipients.filter((r) => (r.recipient === 'assignee' ? r.user_id === user.id : user.roles.includes(r.recipient as Role)));
  if (mine.some((r) => r.copy === 0)) return 'to';
  return mine.length > 0 ? 'copy' : 'none';
}

/** A recipient, or a role that dispatches cases (the one making the call in the sources), may record the call and the written report. */
export function mayRecordFor(recipients: readonly RecipientRow[], user: User): boolean {
  return concernOf(recipients, user) === 'to' || hasPermission(user.roles, 'complaint.assign');
}

/**
 * The item a person sees. A recipient acknowledges; the phone call and the
 * written report may be recorded by a recipient or by the roles that dispatch
 * cases (complaint.assign), who are the ones making the call in the sources.
 */
export function toItem(row: ListedRow, recipients: readonly RecipientRow[], user: User, read: boolean, now: Date): NotificationItem {
  const concerns = concernOf(recipients, user);
  const actsForIt = mayRecordFor(recipients, user);
  const only = (copy: number): NotifyRecipient[] => recipients.filter((r) => r.copy === copy).map((r) => r.recipient);
  return {
    id: row.id,
    complaintId: row.complaint_id,
    serial: row.serial,
    customerName: row.customer_name,
    obligation: row.obligation,
    event: row.event,
    level: row.level,
    escalationOf: row.escalation_of,
    notify: JSON.parse(row.notify) as NotificationItem['notify'],
    recipients: only(0),
    copies: only(1),
    source: row.source,
    choice: noteFromColumn(row.choice),
    limit: JSON.parse(row.limit_spec) as NotifyLimit,
    confirmByPhone: row.confirm_by_phone === 1,
    startsAt: row.starts_at,
    dueAt: row.due_at,
    createdAt: row.created_at,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedByName: row.acknowledged_by_name,
    acknowledgedAtHeadOffice: row.acknowledged_at_head_office === 1,
    phoneConfirmedAt: row.phone_confirmed_at,
    phoneConfirmedByName: row.phone_confirmed_by_name,
    phoneReached: row.phone_reached,
    phoneNote: row.phone_note,
    writtenDueAt: row.written_due_at,
    writtenAt: row.written_at,
    writtenByName: row.written_by_name,
    writtenText: row.written_text,
    escalatedAt: row.escalated_at,
    overdue: row.acknowledge_required === 1 && row.acknowledged_at === null && row.due_at !== null && row.due_at < now.toISOString(),
    concerns,
    read: read || (concerns === 'to' && row.acknowledged_at !== null),
    canAcknowledge: concerns === 'to' && row.acknowledged_at === null,
    canConfirmPhone: row.confirm_by_phone === 1 && row.phone_confirmed_at === null && actsForIt,
    canRecordWritten: row.written_due_at !== null && row.written_at === null && actsForIt,
    version: row.version,
  };
}

export function itemOf(db: ReadDb, id: string, user: User, read: boolean, now: Date): NotificationItem {
  return toItem(findNotification(db, id)!, recipientsOf(db, id), user, read, now);
}
