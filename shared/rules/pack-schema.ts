import { z } from 'zod';
import { SANCTION_KINDS, SANCTION_MEASURES } from './sanction-measures';
import { REPEAT_KINDS } from '../domain/workflow';
import { FACTS } from './facts';
import { choiceNoteSchema } from '../sources/choice-note';
import { APPROVAL_STEPS, procedureIssues, procedureSchema, type ApprovalStep } from './procedure-schema';
import { startsAtSchema, unknownParty } from './clock-start';
import { GENERIC_ESCALATION_REASONS } from '../domain/workflow';
import { sidePathIssues, sidePathsSchema } from './side-paths-schema';
import { durationSchema } from './duration-schema';
import { notificationObligationSchema } from './notification-schema';
import { recordFieldIssues, recordFieldsSchema } from './record-fields-schema';

export { durationSchema, type Duration } from './duration-schema';
export * from './notification-schema';

/**
 * A rule pack: one organisation's complaint rules as versioned data. Every
 * item carries `source` — the seed document and section it comes from — and,
 * where the source is ambiguous, `choice`: what we decided and why, in both
 * languages (shared/sources/choice-note.ts).
 */
const text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export const sourceSchema = z.string().min(3); // e.g. "seed003 篇6 第十三条 第二类(三)"

export { DERIVED_FACTS, FACTS, FLAG_FACTS, INTAKE_FACTS, isShareFact, SHARE_FACTS, type Fact } from './facts';

export const comparisonSchema = z.object({
  fact: z.enum(FACTS),
  op: z.enum(['gt', 'gte', 'lt', 'lte', 'eq']),
  value: z.number(),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const predicateSchema = z.union([
  z.object({ all: z.array(comparisonSchema).min(1) }),
  comparisonSchema,
  /** Fires when the record, graded as `ofClass`, has passed this milestone's deadline unfinished. */
  z.object({ overdue: z.string(), ofClass: z.string() }),
  /**
   * Fires when the record has passed this step's deadline unfinished, as due for its own class (the class its
   * facts and ticks give, before any criterion of time or escalation), and the customer has not agreed to the
   * delay (篇6 第三十一条: 超过处理时限，未向客户解释沟通，或沟通后没有取得客户谅解).
   */
  z.object({ overdueUnagreed: z.string() }),
  /** Fires when the record was escalated for one of these reasons (篇6 第三十条–第三十二条: 视为自动升级). */
  z.object({ escalated: z.array(z.string()).min(1) }),
  /**
   * Fires when staff linked the record, at intake, as a repeat of an earlier complaint of one of these kinds: the
   * repeat match computes the candidates (same customer, same problem category, within the window) and a person
   * confirms one (seed002 客户管理制度14 4.3.2: 针对同一事件的二次投诉).
   */
  z.object({ repeatOf: z.array(z.enum(REPEAT_KINDS)).min(1) }),
]);
export type Predicate = z.infer<typeof predicateSchema>;

/** The fact comparisons of a predicate; none for the predicates of time or escalation. */
export function comparisonsOf(predicate: Predicate): Comparison[] {
  if ('all' in predicate) return predicate.all;
  return 'fact' in predicate ? [predicate] : [];
}

/**
 * A predicate that reads only what the record holds from intake (its facts, its confirmed repeat link), not a
 * deadline nor the escalations on record: the record's own class is graded from these alone.
 */
export function readsFactsOnly(predicate: Predicate | undefined): boolean {
  return !predicate || 'all' in predicate || 'fact' in predicate || 'repeatOf' in predicate;
}


export const criterionSchema = z.object({
  id: z.string().regex(/^[a-z0-9_.-]+$/),
  classCode: z.string(),
  label: text,
  source: sourceSchema,
  /** Absent: a person ticks it. Present: computed from the record. */
  predicate: predicateSchema.optional(),
  /**
   * The part of the condition the source leaves to a person's judgement, beside
   * a number it states (篇1 10.1.1.1 g: “设备原因造成” beside “>20箱”). With a
   * predicate, the criterion fires only when the predicate holds and a person
   * ticked this judgement; the form asks the number and the tick apart.
   */
  judgement: text.optional(),
  choice: choiceNoteSchema.optional(),
});
export type Criterion = z.infer<typeof criterionSchema>;


export const MILESTONES = [
  'entry', 'response', 'dispatch', 'handlingSheet', 'firstContact', 'arrival', 'escalation', 'containment',
  'temporaryMeasure', 'analysis', 'permanentMeasure', 'reply', 'resolution', 'verification', 'customerInformed',
  'progressContact', 'callBack', 'close', 'reportToBranch', 'filingToHeadOffice', 'monthlyReport',
] as const;
export type Milestone = (typeof MILESTONES)[number];

/** The moment a milestone's clock starts; `approved` = when the route's 审批 (approve) was given (approval-clock.ts). */
export const CLOCK_STARTS = ['received', 'approved', 'dispatched', 'latestFeedback', 'resolved', 'closed'] as const;
export type ClockStart = (typeof CLOCK_STARTS)[number];

/** What the customer brought (投诉/建议/咨询); a deadline may apply to some kinds only. */
export const RECORD_KINDS = ['complaint', 'suggestion', 'inquiry'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A step code: the key a record uses to say a deadline was met, extended or paused. */
const stepCode = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.-]*$/);

export const deadlineSchema = z.object({
  milestone: z.enum(MILESTONES),
  /**
   * Several steps of one milestone (an escalation chain: 3, 5 and 10 minutes)
   * each get their own step code and label; absent = the milestone itself.
   */
  step: stepCode.optional(),
  label: text.optional(),
  /** Classes it applies to; absent = every class. */
  classes: z.array(z.string()).optional(),
  /** Kinds of record it applies to; absent = every kind. */
  kinds: z.array(z.enum(RECORD_KINDS)).min(1).optional(),
  /** When the clock starts: a moment of the record, or when another step was done (seed001 S10: on site 10 minutes after the report). */
  from: z.union([z.enum(CLOCK_STARTS), z.object({ afterStep: stepCode }), z.object({ afterApproval: z.enum(APPROVAL_STEPS) })]),
  /** The event that starts the clock instead of `from`: someone told (接报后) or a document's date (shared/rules/clock-start.ts). */
  startsAt: startsAtSchema.optional(),
  duration: durationSchema,
  /** The clock stops while the record is paused (seed004 §J: test and sample time is excluded). */
  pausable: z.boolean().default(false),
  /** Applies only when this flag of the pack is ticked (篇5 5.2.2: only a case the service department cannot handle itself is handed over the same day). */
  onlyIfFlag: z.string().optional(),
  source: sourceSchema,
  choice: choiceNoteSchema.optional(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

/** The route approval a deadline's clock starts at (`approved` = 审批, or `afterApproval`), or null. */
export function approvalStartOf(deadline: Pick<Deadline, 'from'>): ApprovalStep | null {
  if (deadline.from === 'approved') return 'approve';
  return typeof deadline.from === 'object' && 'afterApproval' in deadline.from ? deadline.from.afterApproval : null;
}

/** The key a record uses for a deadline. */
export function stepOf(deadline: Pick<Deadline, 'milestone' | 'step'>): string {
  return deadline.step ?? deadline.milestone;
}

const labelled = z.object({ code: z.string(), label: text, source: sourceSchema, choice: choiceNoteSchema.optional() });

/**
 * Restart at the next level (seed002 客户管理制度14 5.3.1.6: 自动升级到下一级别，重新填报《投诉处理单》并上报相应受理人):
 * each escalation on record for one of `reasons` (the pack's trigger codes, or the workflow's own, such as the
 * dissatisfied call-back's `callback_dissatisfied`) raises the class in force one class in the pack's order, up to the
 * top; the route of the raised class names who takes the steps from then on; the clocks counted from receipt count
 * from the latest such escalation, and a step met before it is to be met again.
 */
const restartSchema = z.object({ reasons: z.array(z.string()).min(1), source: sourceSchema, choice: choiceNoteSchema.optional() }).strict();

/** Points deducted per role and class (seed004 §M 事故扣分标准). */
export const deductionTableSchema = z.object({
  code: z.string(),
  label: text,
  source: sourceSchema,
  rows: z.array(z.object({ role: text, points: z.record(z.string(), z.number().min(0)) })).min(1),
  choice: choiceNoteSchema.optional(),
});
export type DeductionTable = z.infer<typeof deductionTableSchema>;

/** A cause of the complaint (投诉起因) and what the source attaches to it. */
export const causeSchema = labelled.extend({
  /** A person's subjective cause (态度、语言、行为): a repeat complaint against someone who handled the customer's case escalates (篇6 第三十二条). */
  subjective: z.boolean().default(false),
  /** The sanction-list article the source applies to every such complaint (篇5 6.3 态度类、时效类: 发现一起处罚一起). */
  sanctionArticle: z.string().optional(),
});
export type Cause = z.infer<typeof causeSchema>;
/**
 * A penalty or reward article of the organisation's rules, with the money it
 * states (篇6 第三十九条: 罚款500–2000元; 篇5 6.2: 各1000元): the sanction
 * record reads the range from here. `after` makes an article apply only once
 * the store holds enough records of another article on the same person within
 * a period (篇5 6.2: 每年发生三次有效投诉 → 诫勉).
 */
export const sanctionArticleSchema = z.object({
  code: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  kind: z.enum(SANCTION_KINDS),
  label: text,
  source: sourceSchema,
  measures: z.array(z.enum(SANCTION_MEASURES)).min(1),
  /** A fine's range in 元 (min = max: a fixed amount), per occurrence as the article words it. */
  fine: z
    .object({ min: z.number().positive(), max: z.number().positive() })
    .refine((f) => f.min <= f.max, 'fine.min must not exceed fine.max')
    .optional(),
  /** The article fines the person's department as well (篇6 第四十条: 相关责任人及所属部门): the record may book the same fine on the unit. */
  unitToo: z.boolean().optional(),
  /** The article is for valid complaints only (篇5 6.2 每次有效投诉), or for invalid ones only (篇5 6.4 无效投诉). */
  appliesTo: z.enum(['valid', 'invalid']).optional(),
  after: z
    .object({
      /** The article whose records are counted, on the same person. */
      of: z.string(),
      count: z.number().int().min(2),
      /** The period, counted back from the complaint's receipt as the Civil Code counts months (民法典 第二百零一条). */
      withinMonths: z.number().int().positive(),
      source: sourceSchema,
      choice: choiceNoteSchema.optional(),
    })
    .optional(),
  choice: choiceNoteSchema.optional(),
});
export type SanctionArticleData = z.infer<typeof sanctionArticleSchema>;

const rulePackShape = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    name: text,
    organisation: text,
    source: sourceSchema,
    choice: choiceNoteSchema.optional(),
    /** Lowest first; grading picks the highest class with a fired criterion, else `defaultClass`. */
    classes: z
      .array(
        labelled.extend({
          /** A report about each case of this class the source demands (篇6 第三十八条(一)7 客户重大投诉专项报告): the narrative kind's id (shared/reports/narrative). */
          specialReport: z.object({ kindId: z.string(), source: sourceSchema }).strict().optional(),
        }),
      )
      .min(1),
    defaultClass: z.string(),
    criteria: z.array(criterionSchema),
    /** Absent predicate: a person picks it when ruling the record invalid. Present: the app shows when the record's facts meet it. */
    invalidReasons: z.array(labelled.extend({ predicate: predicateSchema.optional() })),
    deadlines: z.array(deadlineSchema),
    extension: z
      .object({
        approverRole: z.string(),
        rule: text,
        /** The request must reach the approver this many working days before the deadline (seed004 §P). */
        requestLeadWorkingDays: z.number().int().min(0).optional(),
        /** Every extension needs the customer's consent, its time and way (seed004 §P 五 3: 取得客户认同后，可以延长处理限期). */
        consentRequired: z.object({ source: sourceSchema, choice: choiceNoteSchema.optional() }).optional(),
        source: sourceSchema,
        choice: choiceNoteSchema.optional(),
        /**
         * Extension types that take effect on the customer's consent alone, with no approver (篇6 第二十七条:
         * 取得客户同意后，方可根据实际情况延长处理时间), and whom to phone within how many minutes.
         */
        byConsent: z
          .object({
            types: z.array(z.string()).min(1),
            noticeWithinMinutes: z.number().int().positive().optional(),
            noticeTo: text.optional(),
            source: sourceSchema,
            choice: choiceNoteSchema.optional(),
          })
          .optional(),
      })
      .optional(),
    /** Absent predicate: a person raises it. Present: it fires by itself from the record's facts. */
    escalationTriggers: z.array(labelled.extend({ predicate: predicateSchema.optional() })),
    /** Escalations that restart the case at the next level (see restartSchema). */
    restartOnEscalation: restartSchema.optional(),
    notifications: z.array(notificationObligationSchema),
    deductions: z.array(deductionTableSchema).default([]),
    /** Ticks that grade no class but switch on a deadline (`onlyIfFlag`) or a notification (`when.flag`). */
    flags: z.array(z.object({ id: z.string().regex(/^[a-z0-9_.-]+$/), label: text, source: sourceSchema, choice: choiceNoteSchema.optional() })).default([]),
    /** What caused the complaint, asked at intake, each with its consequence (篇6 第三十二条; 篇5 6.3). */
    causes: z.array(causeSchema).default([]),
    /** "The same customer on the same matter again" (篇6 第三十条): how far back a repeat is looked for. */
    repeat: z.object({ windowDays: z.number().int().positive(), source: sourceSchema, choice: choiceNoteSchema.optional() }).optional(),
    /** The organisation's penalty and reward articles, with their fines (see sanctionArticleSchema). */
    sanctions: z.array(sanctionArticleSchema).default([]),
    /** Who receives, handles, reviews, approves and signs, per class (procedure-schema.ts). */
    procedure: procedureSchema.optional(),
    /** 当场答复 and 约定回复时限, where the source names them (side-paths-schema.ts). */
    paths: sidePathsSchema.optional(),
    /** The fields the organisation's register or record card asks beyond every complaint's own (record-fields-schema.ts). */
    recordFields: recordFieldsSchema.optional(),
  });
type PackShape = z.infer<typeof rulePackShape>;
type Check = (code: string, path: (string | number)[]) => void;

/** Cross-references a pack must hold: every class, step, flag, article and field it names exists, and no step is given twice. */
function checkPack(pack: PackShape, ctx: z.RefinementCtx) {
  const codes = new Set(pack.classes.map((c) => c.code));
  const check: Check = (code, path) => {
    if (!codes.has(code)) ctx.addIssue({ code: 'custom', path, message: `unknown class ${code}` });
  };
  const steps = new Set(pack.deadlines.map(stepOf));
  checkClassesAndSteps(pack, ctx, check, steps);
  checkNotificationsAndDeductions(pack, ctx, check);
  checkStepsOnce(pack, ctx);
  const flags = checkFlagsAndSanctions(pack, ctx);
  checkProcedureAndPaths(pack, ctx, codes, steps);
  const ids = pack.criteria.map((c) => c.id);
  if (new Set([...ids, ...flags]).size !== ids.length + flags.size) ctx.addIssue({ code: 'custom', path: ['criteria'], message: 'criterion and flag ids must be unique' });
}

/** The classes the criteria, triggers and deadlines name; the steps and parties a deadline counts from. */
function checkClassesAndSteps(pack: PackShape, ctx: z.RefinementCtx, check: Check, steps: Set<string>) {
  check(pack.defaultClass, ['defaultClass']);
  pack.criteria.forEach((c, i) => {
    check(c.classCode, ['criteria', i, 'classCode']);
    if (c.predicate && 'overdue' in c.predicate) check(c.predicate.ofClass, ['criteria', i, 'predicate', 'ofClass']);
  });
  pack.escalationTriggers.forEach((trigger, i) => {
    if (trigger.predicate && 'overdue' in trigger.predicate) check(trigger.predicate.ofClass, ['escalationTriggers', i, 'predicate', 'ofClass']);
  });
  const reasons = new Set<string>([...pack.escalationTriggers.map((t) => t.code), ...GENERIC_ESCALATION_REASONS]);
  pack.restartOnEscalation?.reasons.forEach((code, i) => reasons.has(code) || ctx.addIssue({ code: 'custom', path: ['restartOnEscalation', 'reasons', i], message: `unknown escalation reason ${code}` }));
  pack.deadlines.forEach((d, i) => d.classes?.forEach((code, j) => check(code, ['deadlines', i, 'classes', j])));
  pack.deadlines.forEach((d, i) => {
    if (typeof d.from === 'object' && 'afterStep' in d.from && !steps.has(d.from.afterStep)) {
      ctx.addIssue({ code: 'custom', path: ['deadlines', i, 'from', 'afterStep'], message: `unknown step ${d.from.afterStep}` });
    }
    const party = unknownParty(d.startsAt, steps);
    if (party) ctx.addIssue({ code: 'custom', path: ['deadlines', i, 'startsAt'], message: `unknown role or step ${party}` });
  });
}

/** Notifications: known classes, unique ids, reason codes on the escalated event only; deduction tables: known classes. */
function checkNotificationsAndDeductions(pack: PackShape, ctx: z.RefinementCtx, check: Check) {
  pack.notifications.forEach((n, i) => n.when.classCode && check(n.when.classCode, ['notifications', i, 'when', 'classCode']));
  const obligationIds = pack.notifications.flatMap((n) => (n.id ? [n.id] : []));
  if (new Set(obligationIds).size !== obligationIds.length) ctx.addIssue({ code: 'custom', path: ['notifications'], message: 'notification ids must be unique' });
  const narrowsNotEscalated = (n: (typeof pack.notifications)[number]) => Boolean(n.when.reasonCode) && n.when.event !== 'escalated';
  pack.notifications.forEach((n, i) => narrowsNotEscalated(n) && ctx.addIssue({ code: 'custom', path: ['notifications', i, 'when', 'reasonCode'], message: 'a reason code narrows the escalated event only' }));
  pack.deductions.forEach((table, i) =>
    table.rows.forEach((row, j) => Object.keys(row.points).forEach((code) => check(code, ['deductions', i, 'rows', j, 'points', code]))),
  );
}

/** A step may appear once per class: two rules for the same step and class would disagree on its due time. */
function checkStepsOnce(pack: PackShape, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  pack.deadlines.forEach((d, i) => {
    for (const classCode of d.classes ?? pack.classes.map((c) => c.code)) {
      for (const kind of d.kinds ?? RECORD_KINDS) {
        const key = `${stepOf(d)}|${classCode}|${kind}`;
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['deadlines', i], message: `step ${stepOf(d)} given twice for class ${classCode} (${kind})` });
        seen.add(key);
      }
    }
  });
}

/** Flags named by deadlines and notifications exist; judgements sit beside predicates; sanction articles are unique and consistent. Returns the flag ids. */
function checkFlagsAndSanctions(pack: PackShape, ctx: z.RefinementCtx): Set<string> {
  const flags = new Set(pack.flags.map((f) => f.id));
  const checkFlag = (id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !flags.has(id)) ctx.addIssue({ code: 'custom', path, message: `unknown flag ${id}` });
  };
  pack.deadlines.forEach((d, i) => checkFlag(d.onlyIfFlag, ['deadlines', i, 'onlyIfFlag']));
  pack.notifications.forEach((n, i) => checkFlag(n.when.flag, ['notifications', i, 'when', 'flag']));
  pack.criteria.forEach((c, i) => {
    if (c.judgement && !c.predicate) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'judgement'], message: 'a judgement goes beside a computed predicate; without one, the criterion is ticked' });
  });
  const articles = new Set(pack.sanctions.map((a) => a.code));
  if (articles.size !== pack.sanctions.length) ctx.addIssue({ code: 'custom', path: ['sanctions'], message: 'sanction article codes must be unique' });
  pack.sanctions.forEach((a, i) => {
    if (a.after && !articles.has(a.after.of)) ctx.addIssue({ code: 'custom', path: ['sanctions', i, 'after', 'of'], message: `unknown article ${a.after.of}` });
    if (a.fine && !a.measures.includes('fine')) ctx.addIssue({ code: 'custom', path: ['sanctions', i, 'fine'], message: 'a fine needs the fine measure' });
  });
  return flags;
}

/** The procedure, the approvals deadlines count from, the side paths and the record fields. */
function checkProcedureAndPaths(pack: PackShape, ctx: z.RefinementCtx, codes: Set<string>, steps: Set<string>) {
  if (pack.procedure) for (const issue of procedureIssues(pack.procedure, codes)) ctx.addIssue({ code: 'custom', ...issue });
  pack.deadlines.forEach((d, i) => {
    const approval = approvalStartOf(d);
    if (!approval || !pack.procedure) return;
    const routes = pack.procedure.routes.filter((r) => !d.classes || !r.classes || r.classes.some((c) => d.classes?.includes(c)));
    // A clock counted from an approval the route does not name would never start (older versions, without a route, keep theirs unstarted).
    if (routes.some((r) => !r.steps[approval])) ctx.addIssue({ code: 'custom', path: ['deadlines', i, 'from'], message: `a route of the deadline's classes names no ${approval} step` });
  });
  if (pack.paths) for (const issue of sidePathIssues(pack.paths, { steps, classes: codes, roles: pack.procedure?.roles.map((r) => r.id), fields: pack.recordFields?.map((f) => f.id), criteria: pack.criteria.map((c) => c.id) })) ctx.addIssue({ code: 'custom', ...issue });
  for (const issue of recordFieldIssues(pack.recordFields ?? [])) ctx.addIssue({ code: 'custom', ...issue });
}

export const rulePackSchema = rulePackShape.superRefine(checkPack);
export type RulePack = z.infer<typeof rulePackSchema>;
export type RulePackInput = z.input<typeof rulePackSchema>;
