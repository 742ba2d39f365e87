import { newId } from '../../../shared/ids';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import type { Extension, ParsedWorkflowAction } from '../../../shared/api/workflow';
import type { Grade } from '../../../shared/api/grading';
import { dueTime } from '../../../shared/rules/due-time';
import type { RulePack } from '../../../shared/rules/pack-schema';
import type { ReadDb, WriteDb } from '../db/handles';
import { handlingLimit } from '../overdue';
import { recordChange } from '../change-log/change-log';
import type { GradingEnv } from '../complaints/grading';
import { applyAgreedDue, decideExtensionRow, extensionRecord, extensionRows, hasPendingExtension, insertExtension, type TakesEffectBy } from './extension-repository';

type DeadlineOutcome = Grade['deadlines'][number];

/** How far in the future a reported moment (consent given, call centre phoned) may lie: clock drift between devices. */
const CLOCK_TOLERANCE_MS = 5 * 60_000;

/** A moment as stored: UTC ISO, whatever offset it was sent with. */
const instant = (value: string | undefined) => (value ? new Date(value).toISOString() : null);

type RequestAction = Extract<ParsedWorkflowAction, { type: 'requestExtension' }>;
type DecideAction = Extract<ParsedWorkflowAction, { type: 'decideExtension' }>;
type ConsentRequired = NonNullable<RulePack['extension']>['consentRequired'] | undefined;

/** The pack's rule for extensions that take effect on the customer's consent (篇6 第二十七条), if it covers this type. */
function byConsentRule(pack: RulePack | undefined, type: string) {
  const rule = pack?.extension?.byConsent;
  return rule && rule.types.includes(type) ? rule : null;
}

/**
 * The consent fields a request must carry, checked in the order the form shows them. A pack whose source grants
 * every extension only with the customer's agreement (seed004 §P 五 3: 取得客户认同后) asks its time and way too,
 * though the approver still decides.
 */
function checkConsent(action: RequestAction, byConsent: ReturnType<typeof byConsentRule>, required: ConsentRequired, receivedAt: Date, at: Date): void {
  if (!action.customerConsentAt) {
    if (required) throw ApiError.because('VALIDATION', 'clocks.errors.consentRequired', { source: required.source }, 'action.customerConsentAt');
    if (action.extensionType === 'multi_department' || byConsent) throw ApiError.because('VALIDATION', 'workflow.errors.consentRequired', undefined, 'action.customerConsentAt');
    return;
  }
  const consent = new Date(action.customerConsentAt);
  if (consent.getTime() > at.getTime() + CLOCK_TOLERANCE_MS) throw ApiError.because('VALIDATION', 'workflow.errors.notInFuture', undefined, 'action.customerConsentAt');
  if (consent.getTime() < receivedAt.getTime()) throw ApiError.because('VALIDATION', 'workflow.errors.consentBeforeReceived', { received: { at: receivedAt.toISOString() } }, 'action.customerConsentAt');
  if (required && !action.consentMethod) throw ApiError.because('VALIDATION', 'workflow.errors.consentMethodRequired', { source: required.source }, 'action.consentMethod');
  if (!byConsent) return;
  if (!action.consentMethod) throw ApiError.because('VALIDATION', 'workflow.errors.consentMethodRequired', { source: byConsent.source }, 'action.consentMethod');
  if (!byConsent.noticeWithinMinutes) return;
  if (!action.callCentreToldAt) {
    throw ApiError.because('VALIDATION', 'workflow.errors.noticeRequired', { minutes: byConsent.noticeWithinMinutes, source: byConsent.source }, 'action.callCentreToldAt');
  }
  const told = new Date(action.callCentreToldAt);
  if (told.getTime() > at.getTime() + CLOCK_TOLERANCE_MS) throw ApiError.because('VALIDATION', 'workflow.errors.notInFuture', undefined, 'action.callCentreToldAt');
  if (told.getTime() < consent.getTime()) throw ApiError.because('VALIDATION', 'workflow.errors.noticeBeforeConsent', { consent: { at: consent.toISOString() } }, 'action.callCentreToldAt');
}

/**
 * 申请延期 (篇6 第十八条、第二十七条), from assignment on, overdue or not. A special circumstance waits for the
 * pack's approver; a type the pack lets the customer's consent carry (篇6: several departments) takes effect
 * at once, with the consent's time and way and when the call centre was phoned. Returns the event's details.
 */
export function requestExtension(
  tx: WriteDb,
  complaint: { id: string; receivedAt: Date; deadlines: readonly DeadlineOutcome[] },
  action: RequestAction,
  user: User,
  env: GradingEnv | null,
  at: Date,
): Record<string, unknown> {
  if (hasPendingExtension(tx, complaint.id)) throw ApiError.because('CONFLICT', 'workflow.errors.extensionPending');
  const limit = handlingLimit(complaint.deadlines);
  const current = limit?.due ? new Date(limit.due) : null;
  const newDue = new Date(action.newDueAt);
  if (newDue.getTime() <= Math.max(at.getTime(), current?.getTime() ?? 0)) {
    throw ApiError.because('VALIDATION', 'workflow.errors.extensionNotLater', { current: { at: (current && current > at ? current : at).toISOString() } }, 'action.newDueAt');
  }
  const byConsent = byConsentRule(env?.pack, action.extensionType);
  const consentRequired = env?.pack.extension?.consentRequired;
  checkConsent(action, byConsent, consentRequired, complaint.receivedAt, at);
  const extension = env?.pack.extension;
  const lead = extension?.requestLeadWorkingDays;
  if (lead && current && env && dueTime(at, { unit: 'workingDays', amount: lead }, env.calendar).due.getTime() > current.getTime()) {
    throw ApiError.because('VALIDATION', 'workflow.errors.leadTime', { days: lead, source: extension.source }, 'action.newDueAt');
  }
  const id = newId();
  const now = at.toISOString();
  const takesEffectBy: TakesEffectBy = byConsent ? 'customer_consent' : 'approval';
  insertExtension(tx, {
    id,
    complaintId: complaint.id,
    extensionType: action.extensionType,
    reason: action.reason,
    newDueAt: newDue.toISOString(),
    customerConsentAt: instant(action.customerConsentAt),
    consentMethod: byConsent || consentRequired ? (action.consentMethod ?? null) : null,
    callCentreToldAt: byConsent ? instant(action.callCentreToldAt) : null,
    requestedAt: now,
    requestedBy: user.id,
    status: byConsent ? 'approved' : 'pending',
    takesEffectBy,
    limitDueAt: current?.toISOString() ?? null,
    decidedAt: byConsent ? now : null,
  });
  if (byConsent) applyAgreedDue(tx, complaint.id, limit?.step ?? 'resolution', newDue.toISOString());
  recordExtension(tx, id, user.id, at, 'complaints.requestExtension', 1);
  return { extensionId: id, extensionType: action.extensionType, reason: action.reason, newDueAt: newDue.toISOString(), takesEffectBy };
}

/** The approver named by the pack approves or refuses; no one decides their own request (篇6 第十八条). */
export function decideExtension(tx: WriteDb, complaint: { id: string; deadlines: readonly DeadlineOutcome[] }, action: DecideAction, user: User, at: Date): Record<string, unknown> {
  const extension = extensionRows(tx, complaint.id).find((x) => x.id === action.extensionId);
  if (!extension) throw ApiError.because('VALIDATION', 'workflow.errors.extensionNotFound', undefined, 'action.extensionId');
  if (extension.status !== 'pending') throw ApiError.because('CONFLICT', 'workflow.errors.extensionDecided');
  if (extension.requested_by === user.id) throw ApiError.because('FORBIDDEN', 'workflow.errors.ownExtension');
  decideExtensionRow(tx, extension.id, { status: action.approve ? 'approved' : 'refused', at: at.toISOString(), by: user.id, note: action.note ?? null });
  if (action.approve) applyAgreedDue(tx, complaint.id, handlingLimit(complaint.deadlines)?.step ?? 'resolution', extension.new_due_at);
  recordExtension(tx, extension.id, user.id, at, 'complaints.decideExtension', 2);
  return { extensionId: extension.id, approve: action.approve, note: action.note, newDueAt: extension.new_due_at };
}

function recordExtension(tx: WriteDb, id: string, userId: string, at: Date, action: string, version: number): void {
  const record = extensionRecord(tx, id);
  recordChange(tx, { userId, at, action, entity: 'complaint_extension', entityId: id, entityVersion: version, before: null, after: record, syncPayload: record });
}

/** The case's extensions for the detail screen and the printed form; the notice due time from the pack's rule (篇6 第二十七条: 3 minutes). */
export function extensionsOfComplaint(db: ReadDb, complaintId: string, pack: RulePack | undefined): (Extension & { requestedBy: string })[] {
  return extensionRows(db, complaintId).map((r) => {
    const minutes = r.takes_effect_by === 'customer_consent' ? byConsentRule(pack, r.extension_type)?.noticeWithinMinutes : undefined;
    const noticeDueAt = minutes && r.customer_consent_at ? new Date(new Date(r.customer_consent_at).getTime() + minutes * 60_000).toISOString() : null;
    return {
      id: r.id,
      extensionType: r.extension_type as Extension['extensionType'],
      reason: r.reason,
      newDueAt: r.new_due_at,
      customerConsentAt: r.customer_consent_at,
      consentMethod: r.consent_method as Extension['consentMethod'],
      callCentreToldAt: r.call_centre_told_at,
      noticeDueAt,
      noticeLate: Boolean(noticeDueAt && r.call_centre_told_at && r.call_centre_told_at > noticeDueAt),
      takesEffectBy: r.takes_effect_by,
      limitDueAt: r.limit_due_at,
      requestedAt: r.requested_at,
      requestedBy: r.requested_by,
      requestedByName: r.requested_by_name,
      status: r.status,
      decidedAt: r.decided_at,
      decidedByName: r.decided_by_name,
      decisionNote: r.decision_note,
    };
  });
}
