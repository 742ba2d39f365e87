import type { ComplaintKind } from './complaint-vocabulary';
import type { Permission } from './roles';

/**
 * The closed loop every record goes through, as data: which action may be
 * taken in which state, by whom, and where it leads. The core refuses any
 * other move; the detail screen offers exactly these.
 *
 * States follow 篇6 (seed003-part2 §4.2): 已登记 → 有效, 已分派 → 已登记解决方案,
 * 处理中 → 已处理并答复 → 回访 → 结案, with 无效 as the other end of the validity
 * check. Two paths of other sources are folded in:
 * - the bank outlet's "beyond the outlet's authority" report to head office
 *   (seed002-part1 §4 Art. 6, 7(三)): 已上报总行, tracked until the reply;
 * - suggestions and inquiries take the short loop 登记 → 答复 → 结案 (seed004 §D:
 *   an inquiry is answered within 24 hours; no call-back is required).
 * Escalation (篇6 第七章) is a record, not a state: the source defines no new
 * level or owner for it, so an escalated case keeps its state and is listed
 * under 已升级 until closed.
 */
export const COMPLAINT_STATUSES = ['registered', 'assigned', 'in_progress', 'referred', 'resolved', 'closed', 'invalid'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** States in which a record still needs work (the work lists show only these). */
export const OPEN_STATUSES: readonly ComplaintStatus[] = ['registered', 'assigned', 'in_progress', 'referred', 'resolved'];

export function isOpen(status: ComplaintStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export const WORKFLOW_ACTIONS = [
  'accept',
  'markInvalid',
  'planSolution',
  'log',
  'requestExtension',
  'decideExtension',
  'refer',
  'resolve',
  'callBack',
  'close',
  'escalate',
  'pause',
  'resume',
  'answerOnSpot',
  'agreeReplyDeadline',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/**
 * Who besides a permission holder may take an action:
 * - 'assignee': the person the case is assigned to (or the resolver named in its solution);
 * - 'firstReceiver': the first receiver, for the short loop of suggestions and inquiries and a case
 *   within their own competence (首问负责制).
 */
export type AlsoAllowed = 'assignee' | 'firstReceiver';

export interface ActionRule {
  /** States the action may start from, per kind of record. */
  from: Partial<Record<ComplaintKind, readonly ComplaintStatus[]>>;
  /** The state it leads to; 'same' keeps the state (a log entry, an extension). A call-back decides by its outcome. */
  to: ComplaintStatus | 'same' | 'byOutcome';
  permission: Permission;
  alsoAllowed: readonly AlsoAllowed[];
  source: string;
}

const P6 = 'seed003 篇6';
const ANY_OPEN = { complaint: OPEN_STATUSES, suggestion: OPEN_STATUSES, inquiry: OPEN_STATUSES } as const;
const SHORT_LOOP_OPEN: readonly ComplaintStatus[] = ['registered', 'assigned', 'in_progress'];

export const WORKFLOW: Record<WorkflowAction, ActionRule> = {
  /** Validity check passed: the call centre files it as valid and assigns a handler (篇6 第十九条, 第三十八条(一)4–5). */
  accept: {
    from: { complaint: ['registered'], suggestion: ['registered'], inquiry: ['registered'] },
    to: 'assigned',
    permission: 'complaint.assign',
    alsoAllowed: [],
    source: `${P6} 第十九条、第三十八条(一)`,
  },
  /** 无效投诉: one of the pack's invalid reasons, explained to the customer (篇6 第十四条, 第三十五条). */
  markInvalid: {
    from: { complaint: ['registered', 'assigned'] },
    to: 'invalid',
    permission: 'complaint.assign',
    alsoAllowed: [],
    source: `${P6} 第十四条、第三十五条`,
  },
  /** 解决人、解决措施、解决时限, all three required (篇6 第十七条). */
  planSolution: {
    from: { complaint: ['assigned', 'in_progress'] },
    to: 'in_progress',
    permission: 'complaint.assign',
    alsoAllowed: ['assignee'],
    source: `${P6} 第十七条`,
  },
  /** 处理过程登记: contact, coordination, progress, emergency measures (篇6 第二十条, 第二十八条). */
  log: {
    from: ANY_OPEN,
    to: 'same',
    permission: 'complaint.assign',
    alsoAllowed: ['assignee', 'firstReceiver'],
    source: `${P6} 第二十条、第二十八条`,
  },
  /** From assignment on: a case that ran past its limit before a plan was recorded can still be extended (issue 17 §1.1). */
  requestExtension: {
    from: { complaint: ['assigned', 'in_progress', 'referred'] },
    to: 'same',
    permission: 'complaint.assign',
    alsoAllowed: ['assignee'],
    source: `${P6} 第十八条、第二十七条`,
  },
  /** The approver named by the site's rule pack (篇6: 分管副总裁). */
  decideExtension: {
    from: { complaint: ['assigned', 'in_progress', 'referred'] },
    to: 'same',
    permission: 'complaint.approveExtension',
    alsoAllowed: [],
    source: `${P6} 第十八条`,
  },
  /** Beyond the outlet's authority: the outlet head confirms and reports it to head office (seed002 银行网点 第七条(三)). */
  refer: {
    from: { complaint: ['assigned', 'in_progress'] },
    to: 'referred',
    permission: 'complaint.refer',
    alsoAllowed: [],
    source: 'seed002 银行营业网点投诉管理 第六条、第七条(三)',
  },
  /** Handled and the customer told the result (篇6 第三十四条: within 5 minutes of resolution); for suggestions and inquiries, the answer. */
  resolve: {
    from: { complaint: ['in_progress', 'referred'], suggestion: SHORT_LOOP_OPEN, inquiry: SHORT_LOOP_OPEN },
    to: 'resolved',
    permission: 'complaint.assign',
    alsoAllowed: ['assignee', 'firstReceiver'],
    source: `${P6} 第三十四条; seed004 §D`,
  },
  /** 回访 within 48 hours; satisfied closes the case, dissatisfied escalates it and sends it back to handling (篇6 第三十条, 第三十六、三十七条). */
  callBack: {
    from: { complaint: ['resolved'] },
    to: 'byOutcome',
    permission: 'complaint.callBack',
    alsoAllowed: [],
    source: `${P6} 第三十条、第三十六条、第三十七条`,
  },
  /** Suggestions and inquiries close after the answer; a complaint closes only through a satisfied call-back. */
  close: {
    from: { suggestion: ['resolved'], inquiry: ['resolved'] },
    to: 'closed',
    permission: 'complaint.assign',
    alsoAllowed: ['assignee', 'firstReceiver'],
    source: 'seed004 §D',
  },
  escalate: {
    from: { complaint: OPEN_STATUSES },
    to: 'same',
    permission: 'complaint.grade',
    alsoAllowed: [],
    source: `${P6} 第七章 第三十条–第三十二条`,
  },
  /**
   * Stops the clock while waiting for a test or a sample (seed004 §J 4.3: test and sample time is not counted,
   * and is noted in the 8D 问题描述). Offered only where the site's pack has a deadline that may pause.
   */
  pause: {
    from: { complaint: ['assigned', 'in_progress', 'referred'] },
    to: 'same',
    permission: 'complaint.assign',
    alsoAllowed: ['assignee'],
    source: 'seed004 §J 4.3',
  },
  resume: {
    from: { complaint: ['assigned', 'in_progress', 'referred'] },
    to: 'same',
    permission: 'complaint.assign',
    alsoAllowed: ['assignee'],
    source: 'seed004 §J 4.3',
  },
  /**
   * 当场答复 (bank outlet 第七条(二)、第八条、第十一条(一); seed001 S4 6.2.2 a) 轻微; seed004 §D 第五条 三 咨询
   * 当即解答), offered only where the site's pack declares it, for the kinds and classes it names
   * (RulePack.paths): the answer is the reply and closes the case at once, so it is taken before anything
   * else happened to it, by the one who received it or a person with assignment rights.
   */
  answerOnSpot: {
    from: { complaint: ['registered'], suggestion: ['registered'], inquiry: ['registered'] },
    to: 'closed',
    permission: 'complaint.assign',
    alsoAllowed: ['firstReceiver'],
    source: 'seed002 客户管理制度4 第七条(二)、第八条、第十一条(一)',
  },
  /** 约定回复时限 (第八条(三)、第十一条(一)3): the reply's due becomes the time agreed with the customer. */
  agreeReplyDeadline: {
    from: { complaint: ['registered', 'assigned', 'in_progress'] },
    to: 'same',
    permission: 'complaint.assign',
    alsoAllowed: ['assignee'],
    source: 'seed002 客户管理制度4 第八条(三)、第十一条(一)3',
  },
};

/** Where an action leads from a state, or null when it may not be taken there. */
export function nextStatus(action: WorkflowAction, kind: ComplaintKind, status: ComplaintStatus, callBackSatisfied?: boolean): ComplaintStatus | null {
  const rule = WORKFLOW[action];
  if (!rule.from[kind]?.includes(status)) return null;
  if (rule.to === 'same') return status;
  if (rule.to === 'byOutcome') return callBackSatisfied ? 'closed' : 'in_progress';
  return rule.to;
}

/** How the person acting relates to the case. */
export interface ActorStanding {
  permissions: ReadonlySet<Permission>;
  isAssignee: boolean;
  isFirstReceiver: boolean;
  /** The person complained about (被投诉人) never handles or approves the case. */
  isSubject: boolean;
}

export type Refusal = 'state' | 'permission' | 'recusal';

/** Why an action is refused to this person in this state, or null when it is allowed. */
export function refusalOf(action: WorkflowAction, kind: ComplaintKind, status: ComplaintStatus, actor: ActorStanding): Refusal | null {
  const rule = WORKFLOW[action];
  if (!rule.from[kind]?.includes(status)) return 'state';
  if (actor.isSubject) return 'recusal';
  const allowed =
    actor.permissions.has(rule.permission) ||
    (rule.alsoAllowed.includes('assignee') && actor.isAssignee) ||
    (rule.alsoAllowed.includes('firstReceiver') && actor.isFirstReceiver);
  return allowed ? null : 'permission';
}

export function availableActions(kind: ComplaintKind, status: ComplaintStatus, actor: ActorStanding): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => refusalOf(action, kind, status, actor) === null);
}

/** Why a clock may stand still (seed004 §J 4.3: 检测、样品的时间不计入). */
export const PAUSE_REASONS = ['waiting_for_test', 'waiting_for_sample'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

/** Kinds of handling-log entry (篇6 §4.1 HandlingLogEntry); 'delay_explained' is 第三十一条's 向客户解释、沟通 with the customer's answer. */
export const LOG_ENTRY_TYPES = ['customer_contacted', 'coordinated', 'progress', 'emergency_measure', 'feedback', 'delay_explained', 'note'] as const;
export type LogEntryType = (typeof LOG_ENTRY_TYPES)[number];

/** 篇6 第十八条 (special circumstances → 分管副总裁) and 第二十七条 (several departments → the customer agrees). */
export const EXTENSION_TYPES = ['special_circumstance', 'multi_department'] as const;
export const REPLY_METHODS = ['phone', 'in_person', 'sms', 'letter', 'email', 'other'] as const;
/** 篇6 第三十七条(三): ordinary complaints by phone, some major ones in person. */
export const CALL_BACK_METHODS = ['phone', 'on_site'] as const;
/** 篇6 第三十七条(二): satisfaction with timeliness, attitude and result. */
export const SATISFACTION_LEVELS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];

/**
 * Escalation reasons when the site's pack names none (篇6 第三十条–第三十二条 as
 * generic codes); a pack's own `escalationTriggers` replace them.
 */
export const GENERIC_ESCALATION_REASONS = ['callback_dissatisfied', 'repeat_same_matter', 'overdue_without_agreement', 'repeat_staff_attitude', 'other'] as const;

/** Invalid reasons when the pack names none (篇4 第六条: 客户自身原因 is the one it gives). */
export const GENERIC_INVALID_REASONS = ['customer_own_cause', 'not_verifiable', 'other'] as const;

/**
 * How a new complaint repeats an earlier one of the same customer: on the same matter (篇6 第三十条 同等事件再次投诉)
 * or against a person who handled the earlier case, for a subjective cause (第三十二条).
 */
export const REPEAT_KINDS = ['same_matter', 'about_handler'] as const;
export type RepeatKind = (typeof REPEAT_KINDS)[number];
