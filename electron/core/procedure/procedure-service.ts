import { ApiError } from '../../../shared/api/errors';
import type { ProcedureRoles } from '../../../shared/api/procedure';
import type { User } from '../../../shared/api/users';
import { isOpen } from '../../../shared/domain/workflow';
import { ROUTE_STEP_NAMES, type ApprovalStep } from '../../../shared/rules/procedure-schema';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { toComplaint, withoutGrade } from '../complaints/complaint-rows';
import { getRow } from '../complaints/complaints-repository';
import { gradeAndEscalate, touch } from '../complaints/complaints';
import { gradingEnv, recordGradingEnv, type GradingEnv } from '../complaints/grading';
import { addEvent } from '../complaints/workflow-records';
import { withReportRow } from '../reports';
import type { WorkingCalendar } from '../../../shared/calendar/working-calendar';
import { approvalMissing, routeContext, wrongRole } from './route';
import { approvalStates, isGiven, rolesToGive } from './approvals';
import { holdersOf, replaceRolesHeld, userExists } from './procedure-repository';

/** The site's pack's source roles and who holds them; no roles when the pack names no procedure. */
export function procedureRoles(db: ReadDb, now: Date, calendar: WorkingCalendar): ProcedureRoles {
  const pack = gradingEnv(db, now, calendar)?.pack;
  if (!pack?.procedure) return { packId: pack?.id ?? null, roles: [], holders: [] };
  const holders = [...holdersOf(db, pack.id)].map(([userId, roleIds]) => ({ userId, roleIds }));
  return { packId: pack.id, roles: pack.procedure.roles.map((r) => ({ id: r.id, name: r.name, source: r.source, choice: r.choice ?? null })), holders };
}

/** The station lead's mapping of one user onto the pack's source roles (several, one or none), audited; it stays on this computer. */
export function setHolder(tx: WriteDb, input: { userId: string; roleIds: readonly string[] }, by: User, at: Date, calendar: WorkingCalendar): ProcedureRoles {
  const before = procedureRoles(tx, at, calendar);
  if (!before.packId || before.roles.length === 0) throw ApiError.because('CONFLICT', 'procedure.errors.noProcedure');
  if (!userExists(tx, input.userId)) throw ApiError.because('VALIDATION', 'procedure.errors.noSuchUser', undefined, 'userId');
  const known = new Set(before.roles.map((r) => r.id));
  const unknown = input.roleIds.find((id) => !known.has(id));
  if (unknown) throw ApiError.because('VALIDATION', 'procedure.errors.noSuchRole', { role: unknown }, 'roleIds');
  const roleIds = [...new Set(input.roleIds)];
  replaceRolesHeld(tx, { packId: before.packId, userId: input.userId, roleIds, at: at.toISOString(), by: by.id });
  recordChange(tx, {
    userId: by.id,
    at,
    action: 'procedure.setHolder',
    entity: 'procedure_role_holder',
    entityId: `${before.packId}/${input.userId}`,
    entityVersion: 1,
    before: before.holders.find((h) => h.userId === input.userId)?.roleIds ?? [],
    after: roleIds,
    syncPayload: null,
  });
  return procedureRoles(tx, at, calendar);
}

/**
 * 审核 / 审批 / 签字确认 on a case by a holder of the route's role for its class,
 * in order (an approval after a review waits for it), once per class (a joint
 * one once per party, each by a different person). Recorded
 * as a handling-log event; the hand-over, reply or close it gates may then go
 * ahead, and a clock counted from it starts (篇1 4.4): the case is graded again.
 */
export function approveStep(
  tx: WriteDb,
  input: { complaintId: string; version: number; step: ApprovalStep; note?: string | undefined },
  user: User,
  siteEnv: GradingEnv | null,
  at: Date,
): { complaintId: string; version: number } {
  const row = getRow(tx, input.complaintId);
  if (!row) throw ApiError.because('NOT_FOUND', 'workflow.errors.notFound');
  if (row.version !== input.version) throw ApiError.because('CONFLICT', 'workflow.errors.stale');
  const env = recordGradingEnv(tx, row, siteEnv);
  const route = routeContext(tx, row, user, env);
  const rule = route?.route.steps[input.step];
  const names = { stepZh: ROUTE_STEP_NAMES[input.step].zh, stepEn: ROUTE_STEP_NAMES[input.step].en };
  if (!route || !rule) throw ApiError.because('CONFLICT', 'procedure.errors.noSuchStep', names);
  if (!isOpen(row.status)) throw ApiError.because('CONFLICT', 'workflow.errors.wrongState', { status: row.status, action: input.step });
  if (row.subject_user_id === user.id) throw ApiError.because('FORBIDDEN', 'workflow.errors.recusal');
  if (!rule.roles.some((role) => route.held.includes(role))) throw wrongRole(route, input.step, rule);
  const states = approvalStates(tx, route.route, row.id, route.classCode);
  const held = rolesToGive(rule, states.get(input.step), user.id, route.held);
  if (held.length === 0) throw ApiError.because('CONFLICT', 'procedure.errors.alreadyGiven', names);
  const first = rule.after ? route.route.steps[rule.after] : undefined;
  if (rule.after && first && !isGiven(states, rule.after)) throw approvalMissing(route, rule.after, first);

  addEvent(tx, {
    complaintId: row.id,
    at,
    userId: user.id,
    action: `procedure.${input.step}`,
    from: row.status,
    to: row.status,
    details: { step: input.step, classCode: route.classCode, roles: held, source: rule.source, ...(input.note ? { note: input.note } : {}) },
  });
  touch(tx, row.id, at);
  if (env) gradeAndEscalate(tx, row.id, env);
  const after = toComplaint(getRow(tx, row.id)!, null);
  recordChange(tx, {
    userId: user.id,
    at,
    action: `procedure.approveStep.${input.step}`,
    entity: 'complaint',
    entityId: row.id,
    entityVersion: after.version,
    before: { version: row.version },
    after: { version: after.version },
    syncPayload: withReportRow(tx, withoutGrade(after)),
  });
  return { complaintId: row.id, version: after.version };
}
