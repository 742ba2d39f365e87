import type { ComplaintDetail } from '../../../shared/api/complaints';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import type { ParsedWorkflowAction } from '../../../shared/api/workflow';
import { nextStatus, refusalOf, type ComplaintStatus } from '../../../shared/domain/workflow';
import type { WriteDb } from '../db/handles';
import { caseRecordsRefusal } from '../case-records/index';
import { raiseNotifications } from '../notifications/index';
import { recordChange } from '../change-log/change-log';
import { toComplaint, withoutGrade, type ComplaintRow } from './complaint-rows';
import { getRow } from './complaints-repository';
import { gradeAndEscalate, noteMissedLimitsOf, touch } from './complaints';
import { recordGradingEnv, type GradingEnv } from './grading';
import { addEvent } from './workflow-records';
import { withReportRow } from '../reports/index';
import { recordFieldsOfStep } from '../record-fields/index';
import { setStatus } from './workflow-repository';
import { requireOnTheSpot } from './side-paths';
import { standingOf } from './workflow-standing';
import { takeStep } from './workflow-steps/index';
import { checkAgreedReplyRole, checkApprovals, checkHandOver, routeContext, routeDecision, wrongRole, type RouteContext } from '../procedure/route';
import { routeStepOf } from '../../../shared/rules/procedure-schema';

export { complaintDetail } from './workflow-detail';

/** The record's deadlines as of the env's now (none without a pack). */
export function deadlinesOf(row: ComplaintRow, env: GradingEnv | null): NonNullable<ComplaintDetail['grade']>['deadlines'] {
  return env ? (toComplaint(row, env).grade?.deadlines ?? []) : [];
}

/**
 * The state, the person's role and recusal: refused with a reason, nothing written.
 * Where the site runs its organisation's route, the route says who takes the step (procedure/route.ts).
 */
function checkActor(row: ComplaintRow, action: ParsedWorkflowAction, user: User, env: GradingEnv | null, route: RouteContext | null): void {
  const refusal = refusalOf(action.type, row.kind, row.status, standingOf(row, user, env));
  // 当场答复 names why: it is the first step of a case, taken by whoever received it (第八条 2).
  if (refusal === 'state' && action.type === 'answerOnSpot') throw ApiError.because('CONFLICT', 'workflow.errors.onSpotPastRegistration', { status: row.status });
  if (refusal === 'state') throw ApiError.because('CONFLICT', 'workflow.errors.wrongState', { status: row.status, action: action.type });
  if (refusal === 'recusal') throw ApiError.because('FORBIDDEN', 'workflow.errors.recusal');
  const decision = route ? routeDecision(route, routeStepOf(action.type)) : { kind: 'default' as const };
  if (route && decision.kind === 'refused') throw wrongRole(route, decision.step, decision.rule);
  if (refusal === 'permission' && decision.kind !== 'route' && action.type === 'answerOnSpot') throw ApiError.because('FORBIDDEN', 'workflow.errors.onSpotNotReceiver');
  if (refusal === 'permission' && decision.kind !== 'route') throw ApiError.because('FORBIDDEN', 'workflow.errors.notAllowed', { action: action.type });
  if (route && action.type === 'agreeReplyDeadline') checkAgreedReplyRole(route, env?.pack.paths?.agreedReply);
}

/**
 * Takes one step of the closed loop, in the caller's transaction: checks the version the person saw, the
 * state, their role and recusal, then the step's own rules; writes the change, its handling-log event and
 * its records, and re-grades the case (a met step, an approved extension or a reopened case moves its
 * deadlines; a limit passed with no word to the customer escalates it, 篇6 第三十一条).
 */
export function performAction(
  tx: WriteDb,
  input: { id: string; version: number; action: ParsedWorkflowAction; recordFields?: Readonly<Record<string, string>> | undefined },
  user: User,
  siteEnv: GradingEnv | null,
  at: Date,
): void {
  const row = getRow(tx, input.id);
  if (!row) throw ApiError.because('NOT_FOUND', 'workflow.errors.notFound');
  // The step's rules (extension approver, pausable deadlines, reasons) are those of the pack version the record is graded by.
  const env = recordGradingEnv(tx, row, siteEnv);
  const { action } = input;
  const route = routeContext(tx, row, user, env);
  if (row.version !== input.version) throw ApiError.because('CONFLICT', 'workflow.errors.stale');
  // 当场答复 first says whether the case may take it at all (the pack, the kind, the class, compensation), before who may.
  if (action.type === 'answerOnSpot') requireOnTheSpot(tx, row, env);
  checkActor(row, action, user, env, route);
  if (route) checkHandOver(tx, route, action);

  const deadlines = deadlinesOf(row, env);
  // Kept before the step can move the deadline: a late extension or plan does not undo having run late.
  if (env) noteMissedLimitsOf(tx, row, env);
  const step = takeStep({ tx, row, env, user, at, now: at.toISOString(), deadlines }, action);
  const to: ComplaintStatus = step.to ?? nextStatus(action.type, row.kind, row.status) ?? row.status;
  // The case records' own conditions (篇4: a GM-approved report before answering; 篇1: no close while compensation awaits approval).
  caseRecordsRefusal(tx, row, action.type, to, env);
  // The route's approvals come before the hand-over, the reply or the close they are due before.
  // An answer on the spot closes without the register's signature (第八条: the head signs the handling of a case not answered on the spot).
  if (route && action.type !== 'answerOnSpot') checkApprovals(tx, route, row.id, { action, from: row.status, to });
  // The fields the organisation's record asks at this step (the car dealer's judgements when it is assigned).
  recordFieldsOfStep(tx, { complaintId: row.id, pack: env?.pack ?? null, step: action.type, typed: input.recordFields, at: at.toISOString(), userId: user.id });

  setStatus(tx, row.id, to);
  touch(tx, row.id, at);
  addEvent(tx, { complaintId: row.id, at, userId: user.id, action: action.type, from: row.status, to, details: step.details });
  if (env) gradeAndEscalate(tx, row.id, env);
  const after = toComplaint(getRow(tx, row.id)!, null);
  recordChange(tx, {
    userId: user.id,
    at,
    action: `complaints.act.${action.type}`,
    entity: 'complaint',
    entityId: row.id,
    entityVersion: after.version,
    before: { status: row.status, version: row.version },
    after: { status: to, version: after.version },
    syncPayload: withReportRow(tx, withoutGrade(after)),
  });
  raiseNotifications(tx, { complaintId: row.id, at, actorId: user.id }, env); // what this step obliges anyone to be told
}
