import type { RouteView } from '../../../shared/api/procedure';
import { isOpen } from '../../../shared/domain/workflow';
import { APPROVAL_STEPS, ROUTE_STEPS, type RouteStepRule } from '../../../shared/rules/procedure-schema';
import type { ReadDb } from '../db/handles';
import type { ComplaintRow } from '../complaints/complaint-rows';
import { approvalStates, rolesToGive } from './approvals';
import type { RouteContext } from './route';

function names(ctx: RouteContext, rule: RouteStepRule) {
  return rule.roles.map((id) => ctx.procedure.roles.find((r) => r.id === id)?.name ?? { zh: id, en: id });
}

/**
 * Who takes each step of the case's route, and which approvals it has and awaits. A case answered on
 * the spot awaits none: it closed with its answer (bank outlet 第八条: the head signs the handling of
 * a case not answered on the spot).
 */
export function routeView(db: ReadDb, ctx: RouteContext, row: ComplaintRow, answeredOnSpot = false): RouteView {
  const states = approvalStates(db, ctx.route, row.id, ctx.classCode);
  return {
    classCode: ctx.classCode,
    steps: ROUTE_STEPS.flatMap((step) => {
      const rule = ctx.route.steps[step];
      return rule ? [{ step, roles: names(ctx, rule), source: rule.source, choice: rule.choice ?? null }] : [];
    }),
    approvals: APPROVAL_STEPS.flatMap((step) => {
      const rule = ctx.route.steps[step];
      if (!rule?.before || answeredOnSpot) return [];
      const state = states.get(step);
      const last = state?.complete ? state.records.at(-1) : undefined;
      const ready = !rule.after || (states.get(rule.after)?.complete ?? false);
      const canGive = rolesToGive(rule, state, ctx.userId, ctx.held).length > 0;
      // The person complained about never approves their own case.
      const mayGive = ready && canGive && isOpen(row.status) && row.subject_user_id !== ctx.userId;
      const given = last ? { byName: last.byName, at: last.at } : null;
      const joint = rule.jointly ? { of: rule.roles.length, givenBy: (state?.records ?? []).map((r) => ({ byName: r.byName, at: r.at })) } : null;
      return [{ step, before: rule.before, roles: names(ctx, rule), source: rule.source, given, mayGive, joint }];
    }),
  };
}
