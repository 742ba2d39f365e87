import { newId } from '../../../shared/ids';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import type { ParsedWorkflowAction } from '../../../shared/api/workflow';
import { nextStatus, type ComplaintStatus, type SatisfactionLevel } from '../../../shared/domain/workflow';
import type { Grade } from '../../../shared/api/grading';
import type { ReadDb, WriteDb } from '../db/handles';
import { escalate } from '../escalations';
import { decideExtension, requestExtension } from '../extensions';
import { handlingLimit, limitPassed, markLatePlan, recordDelayExplanation } from '../overdue';
import { recordChange } from './change-log';
import { storedPauses, type ComplaintRow } from './complaint-rows';
import type { GradingEnv } from './grading';
import { findUserById } from './users';
import { escalationReasonsOf, invalidReasonsOf, openSteps, pauseRefusal } from './workflow-reasons';
import {
  clearResolution,
  insertCallBack,
  markResponded,
  setAssignment,
  setClosed,
  setInvalid,
  setPauses,
  setResolved,
  setSolution,
  setStepsDone,
} from './workflow-repository';

type DeadlineOutcome = Grade['deadlines'][number];

/** How far in the future a reported moment (customer told) may lie: clock drift between devices. */
const CLOCK_TOLERANCE_MS = 5 * 60_000;

/** What every step reads: the record as it was, its pack, who acts, when, and its deadlines as of then. */
export interface StepContext {
  tx: WriteDb;
  row: ComplaintRow;
  env: GradingEnv | null;
  user: User;
  at: Date;
  now: string;
  deadlines: readonly DeadlineOutcome[];
}

/** The handling-log event's details, and the state a call-back's outcome leads to. */
export interface StepResult {
  details: Record<string, unknown>;
  to?: ComplaintStatus;
}

type Step<T extends ParsedWorkflowAction['type']> = (c: StepContext, action: Extract<ParsedWorkflowAction, { type: T }>) => StepResult;

/** An active user who is not the person complained about (recusal). */
function eligibleUser(db: ReadDb, row: ComplaintRow, userId: string, path: string): User {
  const user = findUserById(db, userId);
  if (!user || !user.active) throw ApiError.because('VALIDATION', 'workflow.errors.unknownUser', undefined, `action.${path}`);
  if (user.id === row.subject_user_id) throw ApiError.because('VALIDATION', 'workflow.errors.recusal', undefined, `action.${path}`);
  return user;
}

function notInFuture(moment: Date, now: Date, path: string): void {
  if (moment.getTime() > now.getTime() + CLOCK_TOLERANCE_MS) throw ApiError.because('VALIDATION', 'workflow.errors.notInFuture', undefined, `action.${path}`);
}

const accept: Step<'accept'> = ({ tx, row, now }, action) => {
  const assignee = eligibleUser(tx, row, action.assigneeId, 'assigneeId');
  setAssignment(tx, row.id, assignee, now);
  markResponded(tx, row.id, now);
  return { details: { assigneeId: assignee.id, assigneeName: assignee.displayName, unit: assignee.unit, note: action.note } };
};

const markInvalid: Step<'markInvalid'> = ({ tx, row, env, now }, action) => {
  if (!invalidReasonsOf(env).some((r) => r.code === action.reasonCode)) throw ApiError.because('VALIDATION', 'workflow.errors.unknownReason', undefined, 'action.reasonCode');
  setInvalid(tx, row.id, action.reasonCode, now);
  markResponded(tx, row.id, now);
  return { details: { reasonCode: action.reasonCode, explanation: action.explanation } };
};

/**
 * 解决人、解决措施、解决时限 (篇6 第十七条). Before the handling limit, a time limit beyond it needs an approved
 * extension first; once the limit has passed, the plan is taken as a late plan: the case stays overdue and
 * who recorded it when is kept (issue 17 §1.1: staff can always move an overdue case forward).
 */
const planSolution: Step<'planSolution'> = ({ tx, row, user, at, now, deadlines }, action) => {
  const resolver = eligibleUser(tx, row, action.resolverId, 'resolverId');
  const due = new Date(action.dueAt);
  if (due.getTime() <= at.getTime()) throw ApiError.because('VALIDATION', 'workflow.errors.dueNotAfterNow', undefined, 'action.dueAt');
  const limit = handlingLimit(deadlines);
  const late = limitPassed(limit, at);
  if (limit?.due && !late && due.getTime() > new Date(limit.due).getTime()) {
    throw ApiError.because('VALIDATION', 'workflow.errors.planBeyondLimit', { limit: { at: limit.due } }, 'action.dueAt');
  }
  setSolution(tx, row.id, { resolverId: resolver.id, measures: action.measures, dueAt: due.toISOString() });
  if (late) markLatePlan(tx, row.id, user.id, now);
  return { details: { resolverId: resolver.id, resolverName: resolver.displayName, measures: action.measures, dueAt: due.toISOString(), late, limit: limit?.due ?? null } };
};

const log: Step<'log'> = ({ tx, row, now, deadlines }, action) => {
  if (action.completesStep) {
    if (!openSteps(deadlines).some((s) => s.step === action.completesStep)) throw ApiError.because('VALIDATION', 'workflow.errors.noOpenStep', undefined, 'action.completesStep');
    setStepsDone(tx, row.id, { ...(JSON.parse(row.steps_done) as Record<string, string>), [action.completesStep]: now });
  }
  if (action.entryType === 'delay_explained') {
    // 篇6 第三十一条: told of the delay, did the customer agree?
    if (action.customerAgreed === undefined) throw ApiError.because('VALIDATION', 'workflow.errors.customerAgreedRequired', undefined, 'action.customerAgreed');
    recordDelayExplanation(tx, row.id, now, action.customerAgreed);
  } else if (action.customerAgreed !== undefined) {
    throw ApiError.because('VALIDATION', 'workflow.errors.agreedOnlyForDelay', undefined, 'action.customerAgreed');
  }
  if (row.status === 'registered') markResponded(tx, row.id, now);
  return { details: { entryType: action.entryType, text: action.text, completesStep: action.completesStep, customerAgreed: action.customerAgreed } };
};

const resolve: Step<'resolve'> = ({ tx, row, at, now }, action) => {
  const informedAt = action.customerInformedAt ? new Date(action.customerInformedAt) : at;
  notInFuture(informedAt, at, 'customerInformedAt');
  if (informedAt.getTime() < new Date(row.received_at).getTime()) throw ApiError.because('VALIDATION', 'workflow.errors.informedBeforeReceived', undefined, 'action.customerInformedAt');
  setResolved(tx, row.id, { at: now, informedAt: informedAt.toISOString(), result: action.result, replyMethod: action.replyMethod });
  markResponded(tx, row.id, now);
  return { details: { result: action.result, replyMethod: action.replyMethod, customerInformedAt: informedAt.toISOString() } };
};

/** 回访 (篇6 第三十六、三十七条): satisfied closes the case; dissatisfied escalates it by itself and sends it back (第三十条). */
const callBack: Step<'callBack'> = ({ tx, row, env, user, at, now }, action) => {
  const satisfied = action.resolutionAdequate && ([action.timeliness, action.attitude, action.result] as SatisfactionLevel[]).every((l) => l !== 'dissatisfied');
  const id = newId();
  const record = { id, complaintId: row.id, at: now, byUser: user.id, ...action, otherOpinions: action.otherOpinions ?? null, satisfied };
  insertCallBack(tx, record);
  recordChange(tx, { userId: user.id, at, action: 'complaints.callBack', entity: 'complaint_call_back', entityId: id, entityVersion: 1, before: null, after: { ...action, satisfied }, syncPayload: record });
  setStepsDone(tx, row.id, { ...(JSON.parse(row.steps_done) as Record<string, string>), callBack: now });
  if (satisfied) {
    setClosed(tx, row.id, now);
  } else {
    clearResolution(tx, row.id);
    escalate(tx, { complaintId: row.id, reasonCode: 'callback_dissatisfied', note: action.otherOpinions ?? '回访客户不满意', byUser: null, at }, env?.pack ?? null);
  }
  return { details: { callBackId: id, method: action.method, satisfied }, to: nextStatus('callBack', row.kind, row.status, satisfied)! };
};

const pause: Step<'pause' | 'resume'> = ({ tx, row, env, now }, action) => {
  const refusal = pauseRefusal(action.type, row, env);
  if (refusal === 'notPaused') throw ApiError.because('CONFLICT', 'workflow.errors.notPaused');
  if (refusal === 'alreadyPaused') throw ApiError.because('CONFLICT', 'workflow.errors.alreadyPaused');
  if (refusal === 'noPausableDeadline') throw ApiError.because('CONFLICT', 'workflow.errors.noPausableDeadline');
  const pauses = storedPauses(row.pauses);
  if (action.type === 'pause') pauses.push({ from: now, to: null, reason: action.reason });
  else pauses[pauses.length - 1] = { ...pauses.at(-1)!, to: now };
  setPauses(tx, row.id, pauses);
  return { details: action.type === 'pause' ? { reason: action.reason, note: action.note } : { note: action.note, pausedFrom: pauses.at(-1)!.from } };
};

const escalateByHand: Step<'escalate'> = ({ tx, row, env, user, at }, action) => {
  if (!escalationReasonsOf(env).some((r) => r.code === action.reasonCode)) throw ApiError.because('VALIDATION', 'workflow.errors.unknownReason', undefined, 'action.reasonCode');
  escalate(tx, { complaintId: row.id, reasonCode: action.reasonCode, note: action.note, byUser: user.id, at }, env?.pack ?? null);
  return { details: { reasonCode: action.reasonCode, note: action.note } };
};

/** One step of the closed loop, after state, role and recusal were checked: its own rules and writes. */
export function takeStep(c: StepContext, action: ParsedWorkflowAction): StepResult {
  switch (action.type) {
    case 'accept':
      return accept(c, action);
    case 'markInvalid':
      return markInvalid(c, action);
    case 'planSolution':
      return planSolution(c, action);
    case 'log':
      return log(c, action);
    case 'requestExtension':
      return { details: requestExtension(c.tx, { id: c.row.id, receivedAt: new Date(c.row.received_at), deadlines: c.deadlines }, action, c.user, c.env, c.at) };
    case 'decideExtension':
      return { details: decideExtension(c.tx, { id: c.row.id, deadlines: c.deadlines }, action, c.user, c.at) };
    case 'refer':
      return { details: { reason: action.reason } };
    case 'resolve':
      return resolve(c, action);
    case 'callBack':
      return callBack(c, action);
    case 'close':
      setClosed(c.tx, c.row.id, c.now);
      return { details: { note: action.note } };
    case 'pause':
    case 'resume':
      return pause(c, action);
    case 'escalate':
      return escalateByHand(c, action);
  }
}
