import type { TFunction } from 'i18next';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import type { ComplaintEvent, Escalation } from '../../../../shared/api/workflow';
import { CALL_BACK_METHODS, EXTENSION_TYPES, LOG_ENTRY_TYPES, PAUSE_REASONS, REPLY_METHODS, WORKFLOW_ACTIONS, type WorkflowAction } from '../../../../shared/domain/workflow';
import type { RulePack } from '../../../../shared/rules/pack-schema';
import { formatInstant } from '../../../lib/zoned-time';
import { pick } from '../../settings/rule-pack-text';
import { detailText, stepText } from '../grading/grade-text';
import { caseRecordEventText } from '../records/event-text';
import { actionLabel } from './action-label';
import { APPROVAL_STEPS, ROUTE_STEP_NAMES } from '../../../../shared/rules/procedure-schema';

type Reason = ComplaintDetail['workflow']['invalidReasons'][number];

/** A reason code in words from the record's own lists; an unknown code (a pack changed since) shows as stored. */
export function reasonText(reasons: readonly Reason[], code: string | null, lang: string): string {
  if (!code) return '';
  const found = reasons.find((r) => r.code === code);
  return found ? pick(found.label, lang) : code;
}

/** Who did it; null means the rules did it by themselves (a dissatisfied call-back, a repeat). */
export function actorText(name: string | null, t: TFunction): string {
  return name ?? t('workflow.system');
}

/**
 * An escalation's note in words: a person's note as written; the rules' own (a trigger's computed detail,
 * e.g. 篇6 第三十一条's limit and the customer's answer) worded like the grade's, moments in the site's zone.
 */
export function escalationNote(escalation: Escalation, ctx: Pick<TextContext, 't' | 'timeZone' | 'pack' | 'lang'>): string {
  return escalation.byName === null ? detailText(escalation.note, ctx.t, ctx.timeZone, ctx.pack, ctx.lang) : escalation.note;
}

export interface TextContext {
  t: TFunction;
  lang: string;
  timeZone: string;
  complaint: ComplaintDetail;
  pack: RulePack | null | undefined;
}

/** The label and how to word each field an action stores in its event's details (ids are left out: their names are stored too). */
const EVENT_FIELDS = {
  accept: [['assigneeName', 'complaintDetail.assignee'], ['unit', 'complaintDetail.unit'], ['note', 'workflow.note']],
  markInvalid: [['reasonCode', 'workflow.invalidReason', 'invalidReason'], ['explanation', 'workflow.explanation']],
  planSolution: [['resolverName', 'workflow.resolver'], ['measures', 'workflow.measures'], ['dueAt', 'workflow.solutionDue', 'time'], ['late', 'workflow.latePlan', 'flag']],
  log: [
    ['entryType', 'workflow.entryType', 'logEntryType'],
    ['text', 'workflow.logText'],
    ['completesStep', 'workflow.completesStep', 'step'],
    ['customerAgreed', 'workflow.customerAgreed', 'agreed'],
  ],
  requestExtension: [
    ['extensionType', 'workflow.extensionType', 'extensionType'],
    ['reason', 'workflow.extensionReason'],
    ['newDueAt', 'workflow.newDueAt', 'time'],
    ['takesEffectBy', 'workflow.takesEffectBy', 'takesEffect'],
  ],
  decideExtension: [['approve', 'workflow.decision', 'decision'], ['newDueAt', 'workflow.newDueAt', 'time'], ['note', 'workflow.decisionNote']],
  refer: [['reason', 'workflow.reason']],
  resolve: [['result', 'workflow.result'], ['replyMethod', 'workflow.replyMethod', 'replyMethod'], ['customerInformedAt', 'workflow.customerInformedAt', 'time']],
  callBack: [['method', 'workflow.callBackMethod', 'callBackMethod'], ['satisfied', 'workflow.outcome', 'callBackOutcome']],
  close: [['note', 'workflow.closeNote']],
  escalate: [['reasonCode', 'workflow.escalationReason', 'escalationReason'], ['note', 'workflow.escalationNote']],
  pause: [['reason', 'workflow.pauseReason', 'pauseReason'], ['note', 'workflow.pauseNote']],
  resume: [['pausedFrom', 'workflow.pausedFrom', 'time'], ['note', 'workflow.resumeNote']],
  answerOnSpot: [
    ['explanation', 'workflow.onSpotExplanation'],
    ['answeredByName', 'workflow.onSpotAnsweredBy'],
    ['answeredAt', 'workflow.onSpotAnsweredAt', 'time'],
    ['replyMethod', 'workflow.replyMethod', 'replyMethod'],
  ],
  agreeReplyDeadline: [['dueAt', 'workflow.agreedDueAt', 'time'], ['agreedBy', 'workflow.agreedBy', 'replyMethod'], ['note', 'workflow.agreedNote']],
} as const satisfies Record<WorkflowAction, readonly (readonly [key: string, label: string, as?: Wording])[]>;

type FieldLabel = (typeof EVENT_FIELDS)[WorkflowAction][number][1];
type EventField = readonly [key: string, label: FieldLabel, as?: Wording];

type Wording =
  | 'time'
  | 'invalidReason'
  | 'escalationReason'
  | 'logEntryType'
  | 'extensionType'
  | 'replyMethod'
  | 'callBackMethod'
  | 'step'
  | 'decision'
  | 'callBackOutcome'
  | 'pauseReason'
  /** Shown only when true (a late plan). */
  | 'flag'
  | 'agreed'
  | 'takesEffect';

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

function word(value: unknown, as: Wording | undefined, ctx: TextContext): string {
  const { t, lang, timeZone, complaint, pack } = ctx;
  if (typeof value === 'boolean') {
    if (as === 'decision') return value ? t('workflow.approve') : t('workflow.refuse');
    if (as === 'callBackOutcome') return value ? t('workflow.satisfied') : t('workflow.dissatisfied');
    if (as === 'flag') return value ? t('workflow.yes') : '';
    if (as === 'agreed') return value ? t('workflow.agreedYes') : t('workflow.agreedNo');
    return value ? t('workflow.yes') : t('workflow.no');
  }
  if (typeof value !== 'string' || value === '') return '';
  switch (as) {
    case 'time':
      return formatInstant(value, timeZone);
    case 'invalidReason':
      return reasonText(complaint.workflow.invalidReasons, value, lang);
    case 'escalationReason':
      return reasonText(complaint.workflow.escalationReasons, value, lang);
    case 'logEntryType':
      return isOneOf(LOG_ENTRY_TYPES, value) ? t(`logEntryTypes.${value}`) : value;
    case 'extensionType':
      return isOneOf(EXTENSION_TYPES, value) ? t(`extensionTypes.${value}`) : value;
    case 'replyMethod':
      return isOneOf(REPLY_METHODS, value) ? t(`replyMethods.${value}`) : value;
    case 'callBackMethod':
      return isOneOf(CALL_BACK_METHODS, value) ? t(`callBackMethods.${value}`) : value;
    case 'step':
      return stepText(pack, value, t, lang);
    case 'pauseReason':
      return isOneOf(PAUSE_REASONS, value) ? t(`pauseReasons.${value}`) : value;
    case 'takesEffect':
      return value === 'approval' || value === 'customer_consent' ? t(`extensionEffect.${value}`) : value;
    default:
      return value;
  }
}

export interface EventText {
  title: string;
  /** "已登记 → 已分派", when the step moved the case. */
  transition: string | null;
  lines: { label: string; value: string }[];
}

/** One handling-log event in words: what was done, how the state moved, and the step's own fields. */
export function eventText(event: ComplaintEvent, ctx: TextContext): EventText {
  const { t, complaint } = ctx;
  // 案件记录 (report, compensation, corrective actions, sanctions) word their own events; they never move the case.
  const record = caseRecordEventText(event, t, ctx.lang, ctx.timeZone);
  if (record) return { ...record, transition: null };
  // The route's approvals (审核 / 审批 / 签字确认) name their step; they never move the case.
  const approval = routeApprovalText(event, ctx);
  if (approval) return approval;
  const action = isOneOf(WORKFLOW_ACTIONS, event.action) ? event.action : null;
  const title = event.action === 'create' ? t('workflow.created') : action ? actionLabel(action, complaint.kind, t) : event.action;
  const moved = event.toStatus && event.fromStatus !== event.toStatus;
  const transition = !moved
    ? null
    : event.fromStatus
      ? `${t(`complaintStatuses.${event.fromStatus}`)} → ${t(`complaintStatuses.${event.toStatus!}`)}`
      : t(`complaintStatuses.${event.toStatus!}`);
  const fields: readonly EventField[] = action ? EVENT_FIELDS[action] : [];
  const lines = fields
    .map(([key, label, as]) => ({ label: t(label), value: word(event.details[key], as, ctx) }))
    .filter((line) => line.value !== '');
  return { title, transition, lines };
}

/** A route approval event (`procedure.review` …) in words: the step, and the note given with it. */
function routeApprovalText(event: ComplaintEvent, { t, lang }: TextContext): EventText | null {
  const step = event.action.startsWith('procedure.') ? event.action.slice('procedure.'.length) : '';
  if (!isOneOf(APPROVAL_STEPS, step)) return null;
  const note = typeof event.details['note'] === 'string' ? event.details['note'] : '';
  return { title: t('procedure.eventTitle', { step: pick(ROUTE_STEP_NAMES[step], lang) }), transition: null, lines: note ? [{ label: t('workflow.note'), value: note }] : [] };
}
