import { ApiError } from '../../../shared/api/errors';
import type { ParsedWorkflowAction } from '../../../shared/api/workflow';
import type { User } from '../../../shared/api/users';
import { refusalOf, WORKFLOW_ACTIONS, type ActorStanding, type ComplaintStatus, type WorkflowAction } from '../../../shared/domain/workflow';
import { APPROVAL_STEPS, ROUTE_STEP_NAMES, routeOf, routeStepOf, type ApprovalGate, type Procedure, type Route, type RouteStep, type RouteStepRule } from '../../../shared/rules/procedure-schema';
import type { ReadDb } from '../db/handles';
import type { ComplaintRow } from '../complaints/complaint-rows';
import type { GradingEnv } from '../complaints/grading';
import { approvalStates, isGiven } from './approvals';
import { hasMapping, rolesHeld } from './procedure-repository';

/**
 * The organisation's own route for a case (issue 23 item 1), where the site
 * runs one: its pack names a procedure, the site mapped its users onto the
 * source roles, and the case is a complaint of a class a route covers. Null
 * otherwise, and the app's own role permissions decide as before.
 */
export interface RouteContext {
  packId: string;
  procedure: Procedure;
  route: Route;
  classCode: string;
  userId: string;
  /** The source roles the acting user holds. */
  held: readonly string[];
}

export function routeContext(db: ReadDb, row: ComplaintRow, user: Pick<User, 'id'>, env: GradingEnv | null): RouteContext | null {
  const procedure = env?.pack.procedure;
  if (!env || !procedure || row.kind !== 'complaint' || !row.class_code || !hasMapping(db, env.pack.id)) return null;
  const route = routeOf(procedure, row.class_code);
  if (!route) return null;
  return { packId: env.pack.id, procedure, route, classCode: row.class_code, userId: user.id, held: rolesHeld(db, env.pack.id, user.id) };
}

/** 'route': the route names the step and the user holds one of its roles; 'refused': it names it, and they do not; 'default': it names no one. */
export type RouteDecision = { kind: 'default' } | { kind: 'route' } | { kind: 'refused'; step: RouteStep; rule: RouteStepRule };

export function routeDecision(ctx: RouteContext, step: RouteStep | null): RouteDecision {
  const rule = step ? ctx.route.steps[step] : undefined;
  if (!step || !rule) return { kind: 'default' };
  return rule.roles.some((role) => ctx.held.includes(role)) ? { kind: 'route' } : { kind: 'refused', step, rule };
}

/** 「一级受理人 或 二级受理人」: who may take a step, as the source names them; 「甲 和 乙」 for a joint approval. */
export function whoMay(ctx: Pick<RouteContext, 'procedure'>, rule: RouteStepRule): { rolesZh: string; rolesEn: string } {
  const names = rule.roles.map((id) => ctx.procedure.roles.find((r) => r.id === id)?.name ?? { zh: id, en: id });
  const [zh, en] = rule.jointly ? [' 和 ', ' and '] : [' 或 ', ' or '];
  return { rolesZh: names.map((n) => n.zh).join(zh), rolesEn: names.map((n) => n.en).join(en) };
}

function stepParams(ctx: RouteContext, step: RouteStep, rule: RouteStepRule) {
  return { stepZh: ROUTE_STEP_NAMES[step].zh, stepEn: ROUTE_STEP_NAMES[step].en, ...whoMay(ctx, rule), source: rule.source };
}

/** A step the route gives to other roles: refused, naming who may take it and where the rule comes from. */
export function wrongRole(ctx: RouteContext, step: RouteStep, rule: RouteStepRule): ApiError {
  return ApiError.because('FORBIDDEN', 'procedure.errors.wrongRole', stepParams(ctx, step, rule));
}

/**
 * Whether the action is allowed, on the route or else by the app's own rules:
 * the route decides who (a source role grants the step even without the app
 * permission, and a missing one refuses it), the state and recusal still hold.
 */
export function allowedOnRoute(ctx: RouteContext, action: WorkflowAction, kind: ComplaintRow['kind'], status: ComplaintStatus, standing: ActorStanding): boolean {
  const refusal = refusalOf(action, kind, status, standing);
  const decision = routeDecision(ctx, routeStepOf(action));
  if (decision.kind === 'refused') return false;
  return refusal === null || (decision.kind === 'route' && refusal === 'permission');
}

export function actionsOnRoute(ctx: RouteContext, kind: ComplaintRow['kind'], status: ComplaintStatus, standing: ActorStanding): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => allowedOnRoute(ctx, action, kind, status, standing));
}

/** The person a step hands the case to: accept's assignee, the plan's resolver; null for any other step. */
function handedTo(action: ParsedWorkflowAction): string | null {
  return action.type === 'accept' ? action.assigneeId : action.type === 'planSolution' ? action.resolverId : null;
}

/**
 * The hand-over (移交) the route asks for: the person the case is assigned to,
 * or named to resolve it, holds the route's handling role for the class.
 */
export function checkHandOver(db: ReadDb, ctx: RouteContext, action: ParsedWorkflowAction): void {
  const handle = ctx.route.steps.handle;
  const to = handedTo(action);
  if (!handle || !to) return;
  const theirs = rolesHeld(db, ctx.packId, to);
  if (!handle.roles.some((role) => theirs.includes(role))) {
    throw ApiError.because('CONFLICT', 'procedure.errors.handOver', { ...whoMay(ctx, handle), source: handle.source });
  }
}

/** The gates a step passes: the hand-over (an assignment to someone), the reply (resolved) and the close, each taking in the earlier ones. */
function gatesOf(action: ParsedWorkflowAction, from: ComplaintStatus, to: ComplaintStatus): ApprovalGate[] {
  if (to === 'closed' && from !== 'closed') return ['handOver', 'reply', 'close'];
  if (to === 'resolved' && from !== 'resolved') return ['handOver', 'reply'];
  return handedTo(action) ? ['handOver'] : [];
}

/** Whether a hand-over is one the approval comes before: any, or one to a holder of the roles it names (§P 四 2). */
function handOverGated(db: ReadDb, ctx: RouteContext, rule: RouteStepRule, to: string | null): boolean {
  if (!rule.handOverTo) return true;
  const theirs = to ? rolesHeld(db, ctx.packId, to) : [];
  return rule.handOverTo.some((role) => theirs.includes(role));
}

/**
 * The approvals the route requires before a step: before the hand-over to the
 * handling department (篇1 4.4 经批准后…传递到责任部门), before the reply, before
 * the close; a joint one for every party it names. A hand-over refused names who
 * must approve first.
 */
export function checkApprovals(db: ReadDb, ctx: RouteContext, complaintId: string, step: { action: ParsedWorkflowAction; from: ComplaintStatus; to: ComplaintStatus }): void {
  const gates = gatesOf(step.action, step.from, step.to);
  if (gates.length === 0) return;
  const states = approvalStates(db, ctx.route, complaintId, ctx.classCode);
  const handOverOnly = gates.length === 1;
  for (const approval of APPROVAL_STEPS) {
    const rule = ctx.route.steps[approval];
    if (!rule?.before || !gates.includes(rule.before) || isGiven(states, approval)) continue;
    if (!handOverOnly) throw approvalMissing(ctx, approval, rule);
    if (handOverGated(db, ctx, rule, handedTo(step.action))) throw ApiError.because('CONFLICT', 'procedure.errors.approvalBeforeHandOver', stepParams(ctx, approval, rule));
  }
}

export function approvalMissing(ctx: RouteContext, step: RouteStep, rule: RouteStepRule): ApiError {
  return ApiError.because('CONFLICT', 'procedure.errors.approvalMissing', stepParams(ctx, step, rule));
}

/** 约定回复时限 where the pack names who agrees it (the bank's 投诉管理人, 第八条(三)): refused to the route's other roles. */
export function checkAgreedReplyRole(ctx: RouteContext, path: { roles?: string[] | undefined; source: string } | undefined): void {
  if (!path?.roles || path.roles.some((role) => ctx.held.includes(role))) return;
  throw wrongRole(ctx, 'handle', { roles: path.roles, source: path.source });
}
