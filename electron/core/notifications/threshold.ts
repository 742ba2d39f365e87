import { newId } from '../../../shared/ids';
import type { NotifyLimit, NotifyRecipient } from '../../../shared/rules/pack-schema';
import type { WriteDb } from '../db/handles';
import { recordNotification } from './notification-records';
import { insertNotification, insertRecipient } from './notifications-repository';
import { readSettings } from './settings';

/** A threshold the store's own counts crossed on a complaint (篇5 6.2: the third valid complaint in a year on the same head → 诫勉). */
export interface CrossedThreshold {
  complaintId: string;
  /** The article that now applies, and its citation. */
  articleCode: string;
  source: string;
  personId: string;
  notify: { zh: string; en: string };
  packId: string;
  packVersion: string;
}

/** The source says what follows the count, not who is told: the site's lead decides (站长/网点负责人), so the lead's inbox gets it. */
const THRESHOLD_RECIPIENTS: readonly NotifyRecipient[] = ['station_lead'];
const THRESHOLD_LIMIT: NotifyLimit = { term: 'promptly' };
const THRESHOLD_CHOICE = 'The source sets the count and what follows it but names nobody to tell: the site’s lead, who decides, is; the limit is the site’s minutes for 及时.';

/**
 * Raises one notification per crossed threshold, person and complaint (the
 * unique key holds it to once), in the transaction of the entry that crossed
 * it, with its audit and outbox rows like every notification.
 */
export function raiseThresholdNotice(tx: WriteDb, crossed: CrossedThreshold, actorId: string, at: Date): boolean {
  const id = newId();
  const minutes = readSettings(tx).terms.promptly;
  const due = minutes === null ? null : new Date(at.getTime() + minutes * 60_000).toISOString();
  const inserted = insertNotification(tx, {
    id,
    complaint_id: crossed.complaintId,
    pack_id: crossed.packId,
    pack_version: crossed.packVersion,
    obligation: `threshold:${crossed.articleCode}:${crossed.personId}`,
    trigger_ref: '',
    event: 'threshold',
    level: 0,
    escalation_of: null,
    notify: JSON.stringify([crossed.notify]),
    source: crossed.source,
    choice: THRESHOLD_CHOICE,
    limit_spec: JSON.stringify(THRESHOLD_LIMIT),
    confirm_by_phone: 0,
    acknowledge_required: 1,
    escalate_to: null,
    starts_at: at.toISOString(),
    due_at: due,
    created_at: at.toISOString(),
    written_due_at: null,
    escalate_at: due,
  });
  if (!inserted) return false;
  for (const recipient of THRESHOLD_RECIPIENTS) insertRecipient(tx, id, { recipient, user_id: null, copy: 0 });
  recordNotification(tx, id, { userId: actorId, at, action: 'notifications.raise', before: null });
  return true;
}
