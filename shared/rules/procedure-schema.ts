import { z } from 'zod';
import { choiceNoteSchema } from '../sources/choice-note';

/**
 * Who does what, per class, as the organisation's own rules name it (issue 23
 * item 1): the posts of the source (source roles, e.g. 一级受理人, 网点负责人,
 * 酒庄领导) and, per class or level, which of them may take each step of the
 * loop. The site maps its users onto these roles (a user may hold several);
 * with no user mapped, the site keeps the app's own role permissions.
 *
 * A step the route does not name is left to those permissions; a `silent`
 * note says so where the source names no one, so a reader knows it was read,
 * not forgotten.
 */
const text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const source = z.string().min(3);
const roleId = z.string().regex(/^[a-z][a-z0-9_]*$/);

/**
 * The steps a route may name. Each is one or more workflow actions
 * (ROUTE_STEP_ACTIONS), except the approvals, which are records of their own
 * taken before the hand-over, the reply or the close they gate.
 */
export const ROUTE_STEPS = ['receive', 'handle', 'refer', 'review', 'approve', 'sign', 'close'] as const;
export type RouteStep = (typeof ROUTE_STEPS)[number];

/** The steps' names, for the sentences that say who may take one (core messages and the settings screen). */
export const ROUTE_STEP_NAMES: Record<RouteStep, { zh: string; en: string }> = {
  receive: { zh: '受理', en: 'receive' },
  handle: { zh: '处理并答复', en: 'handle and reply' },
  refer: { zh: '确认上报', en: 'confirm the referral' },
  review: { zh: '审核', en: 'review' },
  approve: { zh: '审批', en: 'approve' },
  sign: { zh: '签字确认', en: 'sign' },
  close: { zh: '回访结案', en: 'call back and close' },
};

/** 审核/审查, 审批, 签字确认: a person's yes on the case, required before it may be handed over, answered or closed. */
export const APPROVAL_STEPS = ['review', 'approve', 'sign'] as const satisfies readonly RouteStep[];
export type ApprovalStep = (typeof APPROVAL_STEPS)[number];

/**
 * What an approval must come before: `handOver` = the case's assignment to the handling department (accept's
 * assignee or the plan's resolver, as `handOverTo` narrows it), `reply` = the answer to the customer,
 * `close` = the close. One due before the hand-over is also due before the reply and the close.
 */
export const APPROVAL_GATES = ['handOver', 'reply', 'close'] as const;
export type ApprovalGate = (typeof APPROVAL_GATES)[number];

export function isApprovalStep(step: RouteStep): step is ApprovalStep {
  return (APPROVAL_STEPS as readonly RouteStep[]).includes(step);
}

/**
 * The workflow actions each acting step covers. Logging, extensions, pauses
 * and escalation are not route steps: every source lets whoever works the
 * case record its progress, and extensions have their own approver.
 */
export const ROUTE_STEP_ACTIONS = {
  receive: ['accept', 'markInvalid', 'answerOnSpot'],
  handle: ['planSolution', 'resolve', 'agreeReplyDeadline'],
  refer: ['refer'],
  close: ['callBack', 'close'],
} as const satisfies Partial<Record<RouteStep, readonly string[]>>;

/** The acting step a workflow action belongs to, or null for an action no route names (a log entry, an extension…). */
export function routeStepOf(action: string): RouteStep | null {
  for (const [step, actions] of Object.entries(ROUTE_STEP_ACTIONS) as [RouteStep, readonly string[]][]) if (actions.includes(action)) return step;
  return null;
}

/** The route for a class: the first whose classes include it (or that names none). */
export function routeOf(procedure: Procedure, classCode: string): Route | undefined {
  return procedure.routes.find((route) => !route.classes || route.classes.includes(classCode));
}

export const sourceRoleSchema = z.object({
  id: roleId,
  name: text,
  source,
  choice: choiceNoteSchema.optional(),
});
export type SourceRole = z.infer<typeof sourceRoleSchema>;

export const routeStepSchema = z.object({
  /** Any one of these may take the step. */
  roles: z.array(roleId).min(1),
  /** For an approval: what it must come before (the hand-over to the handling department, the reply to the customer, or the close). */
  before: z.enum(APPROVAL_GATES).optional(),
  /**
   * For an approval due before the hand-over: the hand-over it gates is the one to a holder of one of these roles
   * (§P 四 2: the handler reviews before passing the case to the responsible department, not before receiving it);
   * absent = any hand-over.
   */
  handOverTo: z.array(roleId).min(1).optional(),
  /** For an approval that follows another (审查 then 审批, seed001 S10 三.2). */
  after: z.enum(APPROVAL_STEPS).optional(),
  /**
   * For an approval the source has several parties give together (会同, 两人): a holder of every
   * listed role gives it, each a different person, before it counts as given.
   */
  jointly: z.literal(true).optional(),
  source,
  choice: choiceNoteSchema.optional(),
});
export type RouteStepRule = z.infer<typeof routeStepSchema>;

export const routeSchema = z.object({
  /** The pack's classes this route applies to; absent = every class. */
  classes: z.array(z.string()).min(1).optional(),
  steps: z.partialRecord(z.enum(ROUTE_STEPS), routeStepSchema),
  /** 移交: the source passes the case from one role to the next at this level; the receiver assigns it to a holder of the handling role. */
  handOver: z.array(z.object({ from: roleId, to: roleId, source, choice: choiceNoteSchema.optional() })).default([]),
  /** Steps the source names no one for, and why the app's own permissions apply there. */
  silent: z.partialRecord(z.enum(ROUTE_STEPS), z.string().min(3)).default({}),
  source,
  choice: choiceNoteSchema.optional(),
});
export type Route = z.infer<typeof routeSchema>;

export const procedureSchema = z.object({
  source,
  roles: z.array(sourceRoleSchema).min(1),
  /** The first route whose classes include the case's class applies; routes apply to complaints, not suggestions or inquiries. */
  routes: z.array(routeSchema).min(1),
  choice: choiceNoteSchema.optional(),
});
export type Procedure = z.infer<typeof procedureSchema>;
/** As a pack writes it (defaults may be left out). */
export type ProcedureInput = z.input<typeof procedureSchema>;

type Issue = { path: (string | number)[]; message: string };

/** What the pack's own refinement reports about its procedure: unknown roles and classes, approvals without a place. */
export function procedureIssues(procedure: Procedure, classCodes: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  const roles = new Set(procedure.roles.map((r) => r.id));
  if (roles.size !== procedure.roles.length) issues.push({ path: ['procedure', 'roles'], message: 'source role ids must be unique' });
  procedure.routes.forEach((route, i) => {
    const at = (...rest: (string | number)[]) => ['procedure', 'routes', i, ...rest];
    route.classes?.forEach((code, j) => {
      if (!classCodes.has(code)) issues.push({ path: at('classes', j), message: `unknown class ${code}` });
    });
    for (const [step, rule] of Object.entries(route.steps) as [RouteStep, RouteStepRule][]) {
      rule.roles.forEach((role, j) => {
        if (!roles.has(role)) issues.push({ path: at('steps', step, 'roles', j), message: `unknown source role ${role}` });
      });
      if (isApprovalStep(step) !== (rule.before !== undefined)) issues.push({ path: at('steps', step, 'before'), message: 'an approval, and only an approval, says what it comes before' });
      if (rule.jointly && (!isApprovalStep(step) || rule.roles.length < 2)) issues.push({ path: at('steps', step, 'jointly'), message: 'only an approval of two or more roles is given jointly' });
      if (rule.handOverTo && rule.before !== 'handOver') issues.push({ path: at('steps', step, 'handOverTo'), message: 'only an approval due before the hand-over names whom it is handed to' });
      rule.handOverTo?.forEach((role, j) => {
        if (!roles.has(role)) issues.push({ path: at('steps', step, 'handOverTo', j), message: `unknown source role ${role}` });
      });
      if (rule.after && !route.steps[rule.after]) issues.push({ path: at('steps', step, 'after'), message: `no ${rule.after} step in this route` });
      if (route.silent[step]) issues.push({ path: at('silent', step), message: `step ${step} is both named and silent` });
    }
    route.handOver.forEach((h, j) => {
      for (const role of [h.from, h.to]) if (!roles.has(role)) issues.push({ path: at('handOver', j), message: `unknown source role ${role}` });
    });
  });
  return issues;
}
