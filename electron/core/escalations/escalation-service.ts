import { newId } from '../../../shared/ids';
import type { RulePack } from '../../../shared/rules/pack-schema';
import type { WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { hasEscalation, insertEscalation, type NotifyParty } from './escalation-repository';

/** The citations of the reasons the workflow records by itself when the pack does not name them. */
const GENERIC_SOURCES: Record<string, string> = {
  callback_dissatisfied: 'seed003 篇6 第三十条',
  repeat_same_matter: 'seed003 篇6 第三十条',
  overdue_without_agreement: 'seed003 篇6 第三十一条',
  repeat_staff_attitude: 'seed003 篇6 第三十二条',
};

/** Whom an escalation must be told to: the pack's notification rules for the event 'escalated'. */
export function escalationNotify(pack: RulePack | null): NotifyParty[] {
  return (pack?.notifications ?? [])
    .filter((n) => n.when.event === 'escalated')
    .flatMap((n) => n.notify.map((party) => ({ party, confirmByPhone: n.confirmByPhone, source: n.source })));
}

export interface NewEscalation {
  complaintId: string;
  reasonCode: string;
  note: string;
  /** Null when the rules escalated it by themselves. */
  byUser: string | null;
  at: Date;
}

/**
 * Records an escalation (篇6 第七章) in the caller's transaction: the record with the rule's citation and
 * whom it must be told to, the case's escalation count, an audit row and an outbox row. Who is told is
 * stored, not sent: the notifications inbox reads `notify`.
 */
export function escalate(tx: WriteDb, input: NewEscalation, pack: RulePack | null): void {
  const id = newId();
  const at = input.at.toISOString();
  const source = pack?.escalationTriggers.find((t) => t.code === input.reasonCode)?.source ?? GENERIC_SOURCES[input.reasonCode] ?? null;
  const notify = escalationNotify(pack);
  insertEscalation(tx, { id, complaintId: input.complaintId, at, byUser: input.byUser, reasonCode: input.reasonCode, note: input.note, source, notify });
  recordChange(tx, {
    userId: input.byUser,
    at: input.at,
    action: 'complaints.escalate',
    entity: 'complaint_escalation',
    entityId: id,
    entityVersion: 1,
    before: null,
    after: { ...input, at, source, notify },
    syncPayload: { id, complaintId: input.complaintId, at, byUser: input.byUser, reasonCode: input.reasonCode, note: input.note, source, notify },
  });
}

/** Escalation triggers the rules fired by themselves (篇6 第三十一条: past the limit), each recorded the first time it fires. */
export function recordFiredEscalations(tx: WriteDb, complaintId: string, fired: readonly { code: string; detail: string }[], at: Date, pack: RulePack): boolean {
  let any = false;
  for (const trigger of fired) {
    if (hasEscalation(tx, complaintId, trigger.code)) continue;
    escalate(tx, { complaintId, reasonCode: trigger.code, note: trigger.detail, byUser: null, at }, pack);
    any = true;
  }
  return any;
}
