import type { ClockBasis } from './clock-start';
import { routeOf, type ApprovalStep, type Procedure, type RouteStepRule } from './procedure-schema';

/**
 * One approval given on a case, as grading reads it (a handling-log event `procedure.<step>`): who gave it,
 * when, for which of the route's roles, under which class (a case escalated to another class is asked anew).
 */
export interface ApprovalMoment {
  step: string;
  classCode: string;
  at: Date;
  userId: string | null;
  byName: string | null;
  roles: readonly string[];
}

/** Whether each role can be given by a different one of the givers (each giver holding the roles in `held`). */
export function everyRoleByADifferentPerson(roles: readonly string[], held: readonly (readonly string[])[]): boolean {
  const [role, ...rest] = roles;
  if (role === undefined) return true;
  return held.some((theirs, i) => theirs.includes(role) && everyRoleByADifferentPerson(rest, held.filter((_, j) => j !== i)));
}

/** The record that made the approval given: the first one, or for a joint one (会同) the one that completed it. */
export function completingRecord<T extends { roles: readonly string[] }>(rule: Pick<RouteStepRule, 'roles' | 'jointly'>, records: readonly T[]): T | null {
  if (!rule.jointly) return records[0] ?? null;
  for (let i = 0; i < records.length; i++) {
    if (everyRoleByADifferentPerson(rule.roles, records.slice(0, i + 1).map((r) => r.roles))) return records[i] ?? null;
  }
  return null;
}

/**
 * A clock counted from an approval of the case's route (篇1 4.4 经批准后于1小时内): it starts when the
 * approval for the class was given, and until then says whose approval it waits for.
 */
export function approvalClock(
  procedure: Procedure | undefined,
  classCode: string,
  approvals: readonly ApprovalMoment[] | undefined,
  step: ApprovalStep,
): { start: Date | null; basis: ClockBasis } {
  const rule = procedure ? routeOf(procedure, classCode)?.steps[step] : undefined;
  const roles = (rule?.roles ?? []).map((id) => procedure?.roles.find((r) => r.id === id)?.name ?? { zh: id, en: id });
  const records = (approvals ?? []).filter((a) => a.step === step && a.classCode === classCode).sort((a, b) => a.at.getTime() - b.at.getTime());
  const given = rule ? completingRecord(rule, records) : null;
  return { start: given?.at ?? null, basis: { kind: 'approval', step, roles, byName: given?.byName ?? null } };
}
