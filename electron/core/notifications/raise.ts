import { newId } from '../../../shared/ids';
import { isOpen } from '../../../shared/domain/workflow';
import { dueTime } from '../../../shared/rules/due-time';
import { notifyDue } from '../../../shared/rules/notify-due';
import { obligationKey, type NotificationObligation, type RulePack } from '../../../shared/rules/pack-schema';
import type { WorkingCalendar } from '../../../shared/calendar/working-calendar';
import type { WriteDb } from '../db/handles';
import { factsOf, type ComplaintRow } from '../complaints/complaint-rows';
import { getRow } from '../complaints/complaints-repository';
import { recordGradingEnv, toGradingRecord, type GradingEnv } from '../complaints/grading';
import { recordNotification } from './notification-records';
import {
  dissatisfiedCallBacks,
  escalationTriggers,
  extensionTriggers,
  insertNotification,
  insertRecipient,
  raisedKeys,
  workflowEvents,
  type RecipientRow,
} from './notifications-repository';
import { readSettings, type SiteNotificationSettings } from './settings';
import { noteToColumn } from '../../../shared/sources/choice-note';

/** What happened to a complaint: raising looks at the case as it now is, so the caller only says which case and when. */
export interface NotificationCause {
  complaintId: string;
  at: Date;
  /** Who did what caused it (audited); null for the clock. */
  actorId: string | null;
}

/** One occurrence an obligation answers: its own record (the unique key) and the moment the limit counts from. */
interface Trigger {
  ref: string;
  at: Date;
}

/**
 * The one call the workflow makes, inside the transaction of the change it
 * reports (registration, a workflow step, re-grading by the clock, a class
 * override, a repeat escalating the original): raises every obligation of
 * the complaint's rule pack that now holds and was not raised before.
 * - An obligation without an event is owed once its class and fact hold: from
 *   receipt when they hold at registration (the sources count from receipt:
 *   20 minutes, 3 minutes), else from the moment the change was made.
 * - An event obligation is owed once per occurrence: each escalation (of its
 *   reason, where it names one), extension request, dissatisfied call-back,
 *   referral and answer, and the dispatch and the closing.
 * Each notification is written with its recipients, audit and outbox rows.
 * Idempotent: the unique key (complaint, obligation, occurrence) holds it to once.
 */
export function raiseNotifications(tx: WriteDb, cause: NotificationCause, siteEnv: GradingEnv | null): number {
  if (!siteEnv) return 0;
  const row = getRow(tx, cause.complaintId);
  if (!row) return 0;
  const { pack, calendar } = recordGradingEnv(tx, row, siteEnv);
  const routed = pack.notifications.map((obligation, i) => ({ obligation, key: obligationKey(obligation, i) })).filter(({ obligation }) => obligation.to.length + obligation.copyTo.length > 0);
  if (routed.length === 0) return 0;
  const settings = readSettings(tx);
  if (row.rowid < settings.firstComplaintRowid) return 0;
  const { facts, ticked } = toGradingRecord(factsOf(row));
  const raised = raisedKeys(tx, row.id);
  let count = 0;
  for (const { obligation, key } of routed) {
    const { classCode, fact, flag } = obligation.when;
    if (classCode && classCode !== row.class_code) continue;
    if (fact && !((facts[fact] ?? 0) > 0)) continue;
    if (flag && !ticked.includes(flag)) continue;
    for (const trigger of triggersOf(tx, row, obligation, cause.at)) {
      if (raised.has(`${key}\u0000${trigger.ref}`)) continue;
      if (raiseOne(tx, { row, pack, obligation, key, trigger, settings, calendar, cause })) count++;
    }
  }
  return count;
}

function triggersOf(tx: WriteDb, row: ComplaintRow, obligation: NotificationObligation, at: Date): Trigger[] {
  const of = (rows: { id: string; at: string }[]) => rows.map((r) => ({ ref: r.id, at: new Date(r.at) }));
  const logged = (action: string) => workflowEvents(tx, row.id, action).map((e) => ({ ref: `${action}#${e.seq}`, at: new Date(e.at) }));
  switch (obligation.when.event) {
    case undefined:
      return isOpen(row.status) ? [{ ref: '', at: row.version === 1 ? new Date(row.received_at) : at }] : [];
    case 'escalated':
      return of(escalationTriggers(tx, row.id).filter((e) => !obligation.when.reasonCode || e.reason_code === obligation.when.reasonCode));
    case 'extensionRequested':
      return of(extensionTriggers(tx, row.id));
    case 'dissatisfied':
      return of(dissatisfiedCallBacks(tx, row.id));
    case 'dispatched':
      return row.assigned_at ? [{ ref: 'dispatched', at: new Date(row.assigned_at) }] : [];
    case 'referred':
      return logged('refer');
    case 'resolved':
      return logged('resolve');
    case 'closed':
      return row.status === 'closed' && row.closed_at ? [{ ref: 'closed', at: new Date(row.closed_at) }] : [];
    case 'overdue':
      return []; // no workflow step raises it yet (docs/notifications.md)
  }
}

interface RaiseOne {
  row: ComplaintRow;
  pack: RulePack;
  obligation: NotificationObligation;
  key: string;
  trigger: Trigger;
  settings: SiteNotificationSettings;
  calendar: WorkingCalendar;
  cause: NotificationCause;
}

function raiseOne(tx: WriteDb, { row, pack, obligation, key, trigger, settings, calendar, cause }: RaiseOne): boolean {
  const id = newId();
  const due = notifyDue(trigger.at, obligation.limit, settings.terms, calendar);
  const mustAcknowledge = obligation.to.length > 0;
  const inserted = insertNotification(tx, {
    id,
    complaint_id: row.id,
    pack_id: pack.id,
    pack_version: pack.version,
    obligation: key,
    trigger_ref: trigger.ref,
    event: obligation.when.event ?? null,
    level: 0,
    escalation_of: null,
    notify: JSON.stringify(obligation.notify),
    source: obligation.source,
    choice: noteToColumn(obligation.choice),
    limit_spec: JSON.stringify(obligation.limit),
    confirm_by_phone: obligation.confirmByPhone ? 1 : 0,
    acknowledge_required: mustAcknowledge ? 1 : 0,
    escalate_to: obligation.escalateTo ? JSON.stringify(obligation.escalateTo) : null,
    starts_at: trigger.at.toISOString(),
    due_at: due?.toISOString() ?? null,
    created_at: cause.at.toISOString(),
    written_due_at: obligation.writtenFollowUp ? dueTime(trigger.at, obligation.writtenFollowUp, calendar).due.toISOString() : null,
    escalate_at: mustAcknowledge && due ? due.toISOString() : null,
  });
  if (!inserted) return false;
  for (const recipient of recipientsFor(obligation, row.assignee_id)) insertRecipient(tx, id, recipient);
  recordNotification(tx, id, { userId: cause.actorId, at: cause.at, action: 'notifications.raise', before: null });
  return true;
}

/** To and copies, a role named in both counted once as a recipient; the assignee named by user id. */
function recipientsFor(obligation: NotificationObligation, assigneeId: string | null): RecipientRow[] {
  const rows: RecipientRow[] = obligation.to.map((recipient) => ({ recipient, user_id: null, copy: 0 }));
  for (const recipient of obligation.copyTo) if (!obligation.to.includes(recipient)) rows.push({ recipient, user_id: null, copy: 1 });
  return rows.map((r) => (r.recipient === 'assignee' ? { ...r, user_id: assigneeId } : r));
}
