import type { NotifyRecipient } from '../../../shared/rules/pack-schema';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** Every SQL statement of the notifications feature (migration 0022). */

export interface NotificationRow {
  id: string;
  complaint_id: string;
  pack_id: string;
  pack_version: string;
  obligation: string;
  trigger_ref: string;
  event: string | null;
  level: number;
  escalation_of: string | null;
  notify: string;
  source: string;
  choice: string | null;
  limit_spec: string;
  confirm_by_phone: number;
  acknowledge_required: number;
  escalate_to: string | null;
  starts_at: string;
  due_at: string | null;
  created_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  acknowledged_by_name: string | null;
  acknowledged_at_head_office: number;
  phone_confirmed_at: string | null;
  phone_confirmed_by: string | null;
  phone_reached: string | null;
  phone_note: string | null;
  written_due_at: string | null;
  written_at: string | null;
  written_by: string | null;
  written_text: string | null;
  escalate_at: string | null;
  escalated_at: string | null;
  version: number;
}

export type NewNotificationRow = Omit<
  NotificationRow,
  | 'acknowledged_at'
  | 'acknowledged_by'
  | 'acknowledged_by_name'
  | 'acknowledged_at_head_office'
  | 'phone_confirmed_at'
  | 'phone_confirmed_by'
  | 'phone_reached'
  | 'phone_note'
  | 'written_at'
  | 'written_by'
  | 'written_text'
  | 'escalated_at'
  | 'version'
>;

export interface RecipientRow {
  recipient: NotifyRecipient;
  user_id: string | null;
  copy: number;
}

/** A row as lists show it: with its complaint and the names of who acted on it. */
export interface ListedRow extends NotificationRow {
  serial: string;
  customer_name: string;
  phone_confirmed_by_name: string | null;
  written_by_name: string | null;
}

/** With how it concerns the reader: copy 0 (must acknowledge) or 1, and whether they opened it. */
export interface InboxRow extends ListedRow {
  copy: number;
  read_at: string | null;
}

const LISTED = `
  SELECT n.*, c.serial, c.customer_name, pu.display_name AS phone_confirmed_by_name, wu.display_name AS written_by_name
  FROM notifications n
  JOIN complaints c ON c.id = n.complaint_id
  LEFT JOIN users pu ON pu.id = n.phone_confirmed_by
  LEFT JOIN users wu ON wu.id = n.written_by`;

/** The notifications addressed to any of `roles` or to the user as assignee, each once (a recipient row beats a copy). */
const MINE = `
  WITH mine AS (
    SELECT notification_id, copy FROM notification_recipients WHERE recipient IN (SELECT value FROM json_each(@roles))
    UNION ALL
    SELECT notification_id, copy FROM notification_recipients WHERE user_id = @user
  ), m AS (SELECT notification_id, min(copy) AS copy FROM mine GROUP BY notification_id)`;

const OPEN_FOR_ME = '(CASE WHEN m.copy = 1 THEN x.read_at IS NULL ELSE n.acknowledged_at IS NULL END)';

export function insertNotification(tx: WriteDb, row: NewNotificationRow): boolean {
  const { changes } = statement(
    tx,
    `INSERT INTO notifications (id, complaint_id, pack_id, pack_version, obligation, trigger_ref, event, level, escalation_of, notify, source, choice,
       limit_spec, confirm_by_phone, acknowledge_required, escalate_to, starts_at, due_at, created_at, written_due_at, escalate_at)
     VALUES (@id, @complaint_id, @pack_id, @pack_version, @obligation, @trigger_ref, @event, @level, @escalation_of, @notify, @source, @choice,
       @limit_spec, @confirm_by_phone, @acknowledge_required, @escalate_to, @starts_at, @due_at, @created_at, @written_due_at, @escalate_at)
     ON CONFLICT (complaint_id, obligation, trigger_ref) DO NOTHING`,
  ).run(row);
  return changes > 0;
}

export function insertRecipient(tx: WriteDb, notificationId: string, recipient: RecipientRow): void {
  statement(tx, 'INSERT INTO notification_recipients (notification_id, recipient, user_id, copy) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(
    notificationId,
    recipient.recipient,
    recipient.user_id,
    recipient.copy,
  );
}

export function recipientsOf(db: ReadDb, notificationId: string): RecipientRow[] {
  return statement(db, 'SELECT recipient, user_id, copy FROM notification_recipients WHERE notification_id = ? ORDER BY copy, rowid').all(notificationId) as RecipientRow[];
}

export function findNotification(db: ReadDb, id: string): ListedRow | undefined {
  return statement(db, `${LISTED} WHERE n.id = ?`).get(id) as ListedRow | undefined;
}

/** Whether this obligation was already raised for this trigger (the unique key), to skip work before inserting. */
export function raisedKeys(db: ReadDb, complaintId: string): Set<string> {
  const rows = statement(db, 'SELECT obligation, trigger_ref FROM notifications WHERE complaint_id = ?').all(complaintId) as { obligation: string; trigger_ref: string }[];
  return new Set(rows.map((r) => `${r.obligation}\u0000${r.trigger_ref}`));
}

export function forComplaint(db: ReadDb, complaintId: string): ListedRow[] {
  return statement(db, `${LISTED} WHERE n.complaint_id = ? ORDER BY n.created_at, n.level, n.id`).all(complaintId) as ListedRow[];
}

export function inboxRows(db: ReadDb, reader: { userId: string; roles: readonly string[] }, show: 'open' | 'all', limit: number): InboxRow[] {
  return statement(
    db,
    `${MINE}
     SELECT n.*, c.serial, c.customer_name, pu.display_name AS phone_confirmed_by_name, wu.display_name AS written_by_name, m.copy, x.read_at
     FROM m
     JOIN notifications n ON n.id = m.notification_id
     JOIN complaints c ON c.id = n.complaint_id
     LEFT JOIN users pu ON pu.id = n.phone_confirmed_by
     LEFT JOIN users wu ON wu.id = n.written_by
     LEFT JOIN notification_reads x ON x.notification_id = n.id AND x.user_id = @user
     WHERE @show = 'all' OR ${OPEN_FOR_ME}
     ORDER BY x.read_at IS NOT NULL, n.created_at DESC, n.id DESC
     LIMIT @limit`,
  ).all({ roles: JSON.stringify(reader.roles), user: reader.userId, show, limit }) as InboxRow[];
}

/** Counts of the reader's inbox: unread, open (to do), and overdue (theirs to acknowledge, past due). */
export function inboxCounts(db: ReadDb, reader: { userId: string; roles: readonly string[] }, now: string): { unread: number; open: number; overdue: number } {
  return statement(
    db,
    `${MINE}
     SELECT
       ifnull(sum(x.read_at IS NULL AND (m.copy = 1 OR n.acknowledged_at IS NULL)), 0) AS unread,
       ifnull(sum(${OPEN_FOR_ME}), 0) AS open,
       ifnull(sum(m.copy = 0 AND n.acknowledged_at IS NULL AND n.due_at < @now), 0) AS overdue
     FROM m
     JOIN notifications n ON n.id = m.notification_id
     LEFT JOIN notification_reads x ON x.notification_id = n.id AND x.user_id = @user`,
  ).get({ roles: JSON.stringify(reader.roles), user: reader.userId, now }) as { unread: number; open: number; overdue: number };
}

export function markRead(tx: WriteDb, notificationId: string, userId: string, at: string): void {
  statement(tx, 'INSERT INTO notification_reads (notification_id, user_id, read_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(notificationId, userId, at);
}

export function setAcknowledged(tx: WriteDb, id: string, ack: { at: string; userId: string | null; name: string; atHeadOffice: boolean }): void {
  statement(
    tx,
    `UPDATE notifications SET acknowledged_at = ?, acknowledged_by = ?, acknowledged_by_name = ?, acknowledged_at_head_office = ?, escalate_at = NULL, version = version + 1
     WHERE id = ?`,
  ).run(ack.at, ack.userId, ack.name, ack.atHeadOffice ? 1 : 0, id);
}

export function setPhoneConfirmed(tx: WriteDb, id: string, call: { at: string; userId: string; reached: string; note: string | null }): void {
  statement(tx, 'UPDATE notifications SET phone_confirmed_at = ?, phone_confirmed_by = ?, phone_reached = ?, phone_note = ?, version = version + 1 WHERE id = ?').run(
    call.at,
    call.userId,
    call.reached,
    call.note,
    id,
  );
}

export function setWritten(tx: WriteDb, id: string, written: { at: string; userId: string; text: string }): void {
  statement(tx, 'UPDATE notifications SET written_at = ?, written_by = ?, written_text = ?, version = version + 1 WHERE id = ?').run(written.at, written.userId, written.text, id);
}

/** The timer's work: unacknowledged notifications whose due time has come, oldest first. */
export function dueForEscalation(db: ReadDb, now: string, limit: number): NotificationRow[] {
  return statement(db, 'SELECT * FROM notifications WHERE escalate_at <= ? ORDER BY escalate_at, id LIMIT ?').all(now, limit) as NotificationRow[];
}

export function setEscalated(tx: WriteDb, id: string, at: string): void {
  statement(tx, 'UPDATE notifications SET escalated_at = ?, escalate_at = NULL, version = version + 1 WHERE id = ?').run(at, id);
}

/** Nothing above it to escalate to: the timer stops looking at it (it stays overdue in the inbox). */
export function stopEscalating(tx: WriteDb, id: string): void {
  statement(tx, 'UPDATE notifications SET escalate_at = NULL WHERE id = ?').run(id);
}

/** The complaint facts raising needs that grading rows do not carry: the events' own records. */
export function escalationTriggers(db: ReadDb, complaintId: string): { id: string; at: string; reason_code: string }[] {
  return statement(db, 'SELECT id, at, reason_code FROM complaint_escalations WHERE complaint_id = ? ORDER BY at, id').all(complaintId) as { id: string; at: string; reason_code: string }[];
}

export function extensionTriggers(db: ReadDb, complaintId: string): { id: string; at: string }[] {
  return statement(db, 'SELECT id, requested_at AS at FROM complaint_extensions WHERE complaint_id = ? ORDER BY requested_at, id').all(complaintId) as { id: string; at: string }[];
}

export function dissatisfiedCallBacks(db: ReadDb, complaintId: string): { id: string; at: string }[] {
  return statement(db, 'SELECT id, at FROM complaint_call_backs WHERE complaint_id = ? AND satisfied = 0 ORDER BY at, id').all(complaintId) as { id: string; at: string }[];
}

/** Handling-log events of one action (refer, resolve: each may happen more than once on a case). */
export function workflowEvents(db: ReadDb, complaintId: string, action: string): { seq: number; at: string }[] {
  return statement(db, 'SELECT seq, at FROM complaint_events WHERE complaint_id = ? AND action = ? ORDER BY seq').all(complaintId, action) as { seq: number; at: string }[];
}

export interface SettingsRow {
  immediately_minutes: number | null;
  promptly_minutes: number | null;
  unstated_minutes: number | null;
  escalation_chain: string;
  first_complaint_rowid: number;
  report_reminder_working_days: number | null;
  version: number;
}

export function readSettingsRow(db: ReadDb): SettingsRow {
  return statement(db, 'SELECT * FROM notification_settings WHERE singleton = 1').get() as SettingsRow;
}

export function writeSettingsRow(
  tx: WriteDb,
  settings: { immediately: number | null; promptly: number | null; unstated: number | null; chain: string; reminderDays: number | null; at: string; userId: string },
): void {
  statement(
    tx,
    `UPDATE notification_settings SET immediately_minutes = ?, promptly_minutes = ?, unstated_minutes = ?, escalation_chain = ?, report_reminder_working_days = ?,
       updated_at = ?, updated_by = ?, version = version + 1
     WHERE singleton = 1`,
  ).run(settings.immediately, settings.promptly, settings.unstated, settings.chain, settings.reminderDays, settings.at, settings.userId);
}

/** Raw counts over the pack's own notifications (level 0) that arose in [from, to), for reports. */
export function timelinessCounts(db: ReadDb, from: string, to: string) {
  return statement(
    db,
    `SELECT
       count(*) AS raised,
       ifnull(sum(acknowledge_required = 1), 0) AS acknowledgeRequired,
       ifnull(sum(acknowledge_required = 1 AND due_at IS NOT NULL), 0) AS withDue,
       ifnull(sum(acknowledge_required = 1 AND due_at IS NOT NULL AND acknowledged_at IS NOT NULL AND acknowledged_at <= due_at), 0) AS acknowledgedWithinLimit,
       ifnull(sum(acknowledge_required = 1 AND due_at IS NOT NULL AND acknowledged_at > due_at), 0) AS acknowledgedLate,
       ifnull(sum(acknowledge_required = 1 AND acknowledged_at IS NULL), 0) AS unacknowledged,
       ifnull(sum(escalated_at IS NOT NULL), 0) AS escalated,
       ifnull(sum(confirm_by_phone = 1), 0) AS phoneRequired,
       ifnull(sum(confirm_by_phone = 1 AND phone_confirmed_at IS NOT NULL), 0) AS phoneConfirmed,
       ifnull(sum(written_due_at IS NOT NULL), 0) AS writtenRequired,
       ifnull(sum(written_due_at IS NOT NULL AND written_at IS NOT NULL AND written_at <= written_due_at), 0) AS writtenOnTime
     FROM notifications WHERE level = 0 AND starts_at >= ? AND starts_at < ?`,
  ).get(from, to) as Record<
    'raised' | 'acknowledgeRequired' | 'withDue' | 'acknowledgedWithinLimit' | 'acknowledgedLate' | 'unacknowledged' | 'escalated' | 'phoneRequired' | 'phoneConfirmed' | 'writtenRequired' | 'writtenOnTime',
    number
  >;
}
