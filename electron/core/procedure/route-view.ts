import type { RouteView } from '../../../shared/api/procedure';
import { isOpen } from '../../../shared/domain/workflow';
import { APPROVAL_STEPS, ROUTE_STEPS, type RouteStepRule } from '../../../shared/rules/procedure-schema';
import type { ReadDb } from '../db/handles';
import type { ComplaintRow } from '../services/complaint-rows';
import { approvalRecords } from './procedure-repository';
import type { RouteContext } from './route';

function names(ctx: RouteContext, rule: RouteStepRule) {
  return rule.roles.map((id) => ctx.procedure.roles.find((r) => r.id === id)?.name ?? { zh: id, en: id });
}

/** Who takes each step of the case's route, and which approvals it has and awaits. */
export function routeView(db: ReadDb, ctx: RouteContext, row: ComplaintRow): RouteView {
  const given = approvalRecords(db, row.id, ctx.classCode);
  const holds = (rule: RouteStepRule) => rule.roles.some((role) => ctx.held.includes(role));
  return {
    classCode: ctx.classCode,
    steps: ROUTE_STEPS.flatMap((step) => {
      const rule = ctx.route.steps[step];
      return rule ? [{ step, roles: names(ctx, rule), source: rule.source, choice: rule.choice ?? null }] : [];
    }),
    approvals: APPROVAL_STEPS.flatMap((step) => {
      const rule = ctx.route.steps[step];
      if (!rule?.before) return [];
      const record = given.get(step) ?? null;
      const ready = !rule.after || given.has(rule.after);
      // The person complained about never approves their own case.
      const mayGive = !record && ready && isOpen(row.status) && holds(rule) && row.subject_user_id !== ctx.userId;
      return [{ step, before: rule.before, roles: names(ctx, rule), source: rule.source, given: record, mayGive }];
    }),
  };
}
