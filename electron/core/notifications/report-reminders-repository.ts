import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** Every SQL statement of the narrative reports' due-date reminders (migration 0038). */

export type ReminderStep = 'dueSoon' | 'overdue';

export interface ReminderRow {
  id: string;
  kind_id: string;
  period_kind: string;
  period_key: string;
  step: ReminderStep;
  recipient: string;
  due_date: string;
  source: string;
  raised_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  closed_at: string | null;
  version: number;
}

export interface ListedReminderRow extends ReminderRow {
  acknowledged_by_name: string | null;
}

const LISTED = `SELECT r.*, u.display_name AS acknowledged_by_name FROM report_reminders r LEFT JOIN users u ON u.id = r.acknowledged_by`;

/** Once per kind, period and step (the unique key): false when it was already raised. */
export function insertReminder(tx: WriteDb, row: Omit<ReminderRow, 'acknowledged_at' | 'acknowledged_by' | 'closed_at' | 'version'>): boolean {
  const { changes } = statement(
    tx,
    `INSERT INTO report_reminders (id, kind_id, period_kind, period_key, step, recipient, due_date, source, raised_at)
     VALUES (@id, @kind_id, @period_kind, @period_key, @step, @recipient, @due_date, @source, @raised_at)
     ON CONFLICT (kind_id, period_kind, period_key, step) DO NOTHING`,
  ).run(row);
  return changes > 0;
}

/** Whether any version of the kind's report for the period has been issued (签发). */
export function reportIssued(db: ReadDb, kindId: string, periodKind: string, periodKey: string): boolean {
  return (
    statement(db, `SELECT 1 FROM narrative_reports WHERE kind_id = ? AND period_kind = ? AND period_key = ? AND status = 'issued' LIMIT 1`).get(kindId, periodKind, periodKey) !==
    undefined
  );
}

/** Closes the period's open reminders (the report was issued); returns the ids closed. */
export function closeReminders(tx: WriteDb, kindId: string, periodKind: string, periodKey: string, at: string): string[] {
  const rows = statement(
    tx,
    `UPDATE report_reminders SET closed_at = ?, version = version + 1
     WHERE kind_id = ? AND period_kind = ? AND period_key = ? AND closed_at IS NULL RETURNING id`,
  ).all(at, kindId, periodKind, periodKey) as { id: string }[];
  return rows.map((r) => r.id);
}

export function findReminder(db: ReadDb, id: string): ListedReminderRow | undefined {
  return statement(db, `${LISTED} WHERE r.id = ?`).get(id) as ListedReminderRow | undefined;
}

/** The reminders addressed to any of `roles`: open ones (neither closed nor acknowledged) or all, newest first. */
export function remindersFor(db: ReadDb, roles: readonly string[], show: 'open' | 'all', limit: number): ListedReminderRow[] {
  return statement(
    db,
    `${LISTED} WHERE r.recipient IN (SELECT value FROM json_each(@roles))
       AND (@show = 'all' OR (r.closed_at IS NULL AND r.acknowledged_at IS NULL))
     ORDER BY r.raised_at DESC, r.id DESC LIMIT @limit`,
  ).all({ roles: JSON.stringify(roles), show, limit }) as ListedReminderRow[];
}

/** For the badge: open reminders of these roles, and how many of them are overdue. */
export function openReminderCounts(db: ReadDb, roles: readonly string[]): { open: number; overdue: number } {
  return statement(
    db,
    `SELECT count(*) AS open, ifnull(sum(step = 'overdue'), 0) AS overdue FROM report_reminders
     WHERE recipient IN (SELECT value FROM json_each(?)) AND closed_at IS NULL AND acknowledged_at IS NULL`,
  ).get(JSON.stringify(roles)) as { open: number; overdue: number };
}

export function setReminderAcknowledged(tx: WriteDb, id: string, at: string, userId: string): void {
  statement(tx, 'UPDATE report_reminders SET acknowledged_at = ?, acknowledged_by = ?, version = version + 1 WHERE id = ?').run(at, userId, id);
}
