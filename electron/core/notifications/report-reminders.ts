import { ApiError } from '../../../shared/api/errors';
import type { ReportReminder } from '../../../shared/api/notifications';
import type { User } from '../../../shared/api/users';
import type { WorkingCalendar } from '../../../shared/calendar/working-calendar';
import type { Role } from '../../../shared/domain/roles';
import { newId } from '../../../shared/ids';
import { dueDate } from '../../../shared/reports/compute';
import { NARRATIVE_REPORT_KINDS, narrativeKindsForPack } from '../../../shared/reports/narrative';
import { isPeriodKind, type NarrativeKind, type PeriodNarrativeKind } from '../../../shared/reports/narrative/kind-schema';
import { addDays, localDay, parsePeriod, periodOf, previousPeriod, type Period, type PeriodKind } from '../../../shared/reports/period';
import type { CoreContext } from '../context';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { readSite } from '../site/site';
import {
  closeReminders,
  findReminder,
  insertReminder,
  openReminderCounts,
  remindersFor,
  reportIssued,
  setReminderAcknowledged,
  type ListedReminderRow,
  type ReminderStep,
} from './report-reminders-repository';
import { readSettings } from './settings';

/**
 * Due-date reminders of the narrative reports (issue 16 item 7): the kind's
 * signer role is told when a period's report is due within the site's
 * working days, and again once its due day has passed and it is not issued;
 * issuing closes both. Raised by the notification timer, each once (the
 * table's unique key), so timer turns and restarts never repeat one.
 *
 * Only the period that has just ended and the running one are looked at:
 * a site that starts using the app is not flooded with reminders for every
 * month it never wrote a report for (the 报表 page lists those as overdue).
 * Kinds whose source sets no due day (due.kind 'notStated') have no reminder.
 */

/**
 * The first day on which a report due on `due` is "due within `days` working
 * days": from it to the due day, both counted, there are `days` working days.
 */
export function remindFrom(due: string, days: number, calendar: WorkingCalendar): string {
  let day = due;
  let counted = calendar.isWorkingDay(due) ? 1 : 0;
  while (counted < days) {
    day = addDays(day, -1);
    if (calendar.isWorkingDay(day)) counted++;
  }
  return day;
}

/** Which reminder, if any, a report of this due day is owed today. */
export function stepOn(today: string, due: string, days: number | null, calendar: WorkingCalendar): ReminderStep | null {
  if (today > due) return 'overdue';
  if (days !== null && today >= remindFrom(due, days, calendar)) return 'dueSoon';
  return null;
}

function candidatePeriods(kind: PeriodNarrativeKind, today: string): Period[] {
  return kind.periods.flatMap((periodKind) => {
    const current = periodOf(periodKind, today);
    return [previousPeriod(current), current];
  });
}

function raiseFor(tx: WriteDb, kind: NarrativeKind, period: Period, step: ReminderStep, due: string, now: Date): boolean {
  if (kind.due.kind === 'notStated') return false;
  const id = newId();
  const row = {
    id,
    kind_id: kind.id,
    period_kind: period.kind,
    period_key: period.key,
    step,
    recipient: kind.signer.role,
    due_date: due,
    source: kind.due.source,
    raised_at: now.toISOString(),
  };
  if (!insertReminder(tx, row)) return false;
  recordChange(tx, { userId: null, at: now, action: 'notifications.remindReport', entity: 'report_reminder', entityId: id, entityVersion: 1, before: null, after: row, syncPayload: null });
  return true;
}

/**
 * The timer's turn for the reminders: raises every one now owed and not
 * raised before, in one transaction; returns how many it raised. Audited as
 * the system's; not queued for head office, which lists the reports
 * themselves as received or late.
 */
export function remindNarrativeReports(core: Pick<CoreContext, 'store' | 'now' | 'calendar'>): number {
  const now = core.now();
  const today = localDay(now);
  return core.store.transaction((tx) => {
    const site = readSite(tx);
    if (!site) return 0;
    const days = readSettings(tx).reportReminderWorkingDays;
    let raised = 0;
    // Period reports only: a case report (专项报告) has no due day (its source states none).
    for (const kind of narrativeKindsForPack(site.rulePack).filter(isPeriodKind)) {
      for (const period of candidatePeriods(kind, today)) {
        const due = dueDate(kind.due, period);
        if (due === null || reportIssued(tx, kind.id, period.kind, period.key)) continue;
        const step = stepOn(today, due, days, core.calendar);
        if (step && raiseFor(tx, kind, period, step, due, now)) raised++;
      }
    }
    return raised;
  });
}

/** Issuing a report closes its period's reminders, in the transaction. */
export function closeReportReminders(tx: WriteDb, report: { kindId: string; period: Period }, at: Date): number {
  const closed = closeReminders(tx, report.kindId, report.period.kind, report.period.key, at.toISOString());
  for (const id of closed) recordChange(tx, { userId: null, at, action: 'notifications.closeReminder', entity: 'report_reminder', entityId: id, entityVersion: 2, before: null, after: { closedAt: at.toISOString() }, syncPayload: null });
  return closed.length;
}

function toReminder(row: ListedReminderRow, user: User): ReportReminder {
  const kind = NARRATIVE_REPORT_KINDS.find((k) => k.id === row.kind_id);
  const period = parsePeriod(row.period_kind as PeriodKind, row.period_key)!;
  const open = row.closed_at === null && row.acknowledged_at === null;
  return {
    id: row.id,
    kindId: row.kind_id,
    title: kind?.title ?? { zh: row.kind_id, en: row.kind_id },
    period,
    step: row.step,
    dueDate: row.due_date,
    recipient: row.recipient as Role,
    signer: kind?.signer.label ?? { zh: row.recipient, en: row.recipient },
    source: row.source,
    raisedAt: row.raised_at,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedByName: row.acknowledged_by_name,
    closedAt: row.closed_at,
    canAcknowledge: open && user.roles.includes(row.recipient as Role),
    version: row.version,
  };
}

export function reminderInbox(db: ReadDb, user: User, show: 'open' | 'all'): { items: ReportReminder[] } {
  return { items: remindersFor(db, user.roles, show, 100).map((row) => toReminder(row, user)) };
}

export function reminderCounts(db: ReadDb, user: User): { open: number; overdue: number } {
  return openReminderCounts(db, user.roles);
}

/** 确认收到 of a reminder: its signer role's, once, at the version seen. */
export function acknowledgeReminder(tx: WriteDb, user: User, input: { id: string; version: number }, now: Date): ReportReminder {
  const row = findReminder(tx, input.id);
  if (!row) throw ApiError.because('NOT_FOUND', 'notifications.errors.notFound', undefined, 'id');
  if (!user.roles.includes(row.recipient as Role)) throw ApiError.because('FORBIDDEN', 'notifications.errors.notRecipient');
  if (row.version !== input.version) throw ApiError.because('CONFLICT', 'notifications.errors.stale');
  if (row.acknowledged_at !== null || row.closed_at !== null) throw ApiError.because('CONFLICT', 'notifications.errors.reminderDone');
  setReminderAcknowledged(tx, row.id, now.toISOString(), user.id);
  const after = findReminder(tx, row.id)!;
  recordChange(tx, { userId: user.id, at: now, action: 'notifications.acknowledgeReminder', entity: 'report_reminder', entityId: row.id, entityVersion: after.version, before: { acknowledgedAt: null }, after: { acknowledgedAt: after.acknowledged_at }, syncPayload: null });
  return toReminder(after, user);
}
