import { newId } from '../../../shared/ids';
import type { Role } from '../../../shared/domain/roles';
import { notifyDue } from '../../../shared/rules/notify-due';
import type { NotifyLimit, NotifyRecipient } from '../../../shared/rules/pack-schema';
import type { CoreContext } from '../context';
import type { WriteDb } from '../db/handles';
import { recordNotification } from './notification-records';
import { dueForEscalation, insertNotification, insertRecipient, recipientsOf, setEscalated, stopEscalating, type NotificationRow } from './notifications-repository';
import { readSettings, type SiteNotificationSettings } from './settings';

/** Notifications escalated per transaction: short writes, as for re-grading. */
const ESCALATION_BATCH = 200;

/**
 * Who an unacknowledged notification goes to next: the first time, the
 * pack's own target where the source names one; otherwise the next role of
 * the site's chain above the highest chain role it was addressed to (the
 * chain's first role when it was addressed to none of them: the assignee,
 * a role outside the chain, head office). Empty at the top of the chain.
 */
export function nextRecipients(current: readonly NotifyRecipient[], escalateTo: readonly NotifyRecipient[] | null, level: number, chain: readonly Role[]): NotifyRecipient[] {
  if (level === 0 && escalateTo) {
    const fresh = escalateTo.filter((r) => !current.includes(r));
    if (fresh.length > 0) return fresh;
  }
  const ranks = current.map((r) => chain.indexOf(r as Role)).filter((i) => i >= 0);
  const next = chain[ranks.length > 0 ? Math.max(...ranks) + 1 : 0];
  return next ? [next] : [];
}

/**
 * The timer's turn: every notification past its due time and still not
 * acknowledged is escalated once — a new notification (level + 1, the same
 * obligation text and citation, the same limit from now) to whom
 * `nextRecipients` names, and the original marked escalated — audited as the
 * system's and queued, in one transaction per batch. Reads only the partial
 * index of those the timer still has to look at, so it costs nothing when
 * none is due.
 */
export function escalateBatch(core: Pick<CoreContext, 'store' | 'now' | 'calendar'>): { escalated: number; more: boolean } {
  const now = core.now();
  return core.store.transaction((tx) => {
    const due = dueForEscalation(tx, now.toISOString(), ESCALATION_BATCH + 1);
    const more = due.length > ESCALATION_BATCH;
    if (more) due.pop();
    if (due.length === 0) return { escalated: 0, more: false };
    const settings = readSettings(tx);
    let escalated = 0;
    for (const row of due) if (escalateOne(tx, row, settings, core.calendar, now)) escalated++;
    return { escalated, more };
  });
}

/** Escalates everything due now, batch after batch; returns how many were escalated. */
export function escalateDue(core: Pick<CoreContext, 'store' | 'now' | 'calendar'>): number {
  let total = 0;
  for (let batch = escalateBatch(core); ; batch = escalateBatch(core)) {
    total += batch.escalated;
    if (!batch.more) return total;
  }
}

function escalateOne(tx: WriteDb, row: NotificationRow, settings: SiteNotificationSettings, calendar: CoreContext['calendar'], now: Date): boolean {
  const current = recipientsOf(tx, row.id).filter((r) => r.copy === 0);
  const next = nextRecipients(
    current.map((r) => r.recipient),
    row.escalate_to ? (JSON.parse(row.escalate_to) as NotifyRecipient[]) : null,
    row.level,
    settings.chain,
  );
  if (next.length === 0) {
    stopEscalating(tx, row.id);
    return false;
  }
  const id = newId();
  const limit = JSON.parse(row.limit_spec) as NotifyLimit;
  const due = notifyDue(now, limit, settings.terms, calendar);
  insertNotification(tx, {
    id,
    complaint_id: row.complaint_id,
    pack_id: row.pack_id,
    pack_version: row.pack_version,
    obligation: row.obligation,
    trigger_ref: `escalation:${row.id}`,
    event: 'unacknowledged',
    level: row.level + 1,
    escalation_of: row.id,
    notify: row.notify,
    source: row.source,
    choice: row.choice,
    limit_spec: row.limit_spec,
    confirm_by_phone: 0,
    acknowledge_required: 1,
    escalate_to: null,
    starts_at: now.toISOString(),
    due_at: due?.toISOString() ?? null,
    created_at: now.toISOString(),
    written_due_at: null,
    escalate_at: due?.toISOString() ?? null,
  });
  for (const recipient of next) insertRecipient(tx, id, { recipient, user_id: null, copy: 0 });
  setEscalated(tx, row.id, now.toISOString());
  recordNotification(tx, row.id, { userId: null, at: now, action: 'notifications.escalated', before: { escalatedAt: null } });
  recordNotification(tx, id, { userId: null, at: now, action: 'notifications.escalate', before: null });
  return true;
}
