import { z } from 'zod';

/**
 * A rule pack: one organisation's complaint rules as versioned data. Every
 * item carries `source` — the seed document and section it comes from — and,
 * where the source is ambiguous, `choice`: what we decided and why.
 */
const text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export const sourceSchema = z.string().min(3); // e.g. "seed003 篇6 第十三条 第二类(三)"

/** Facts of a complaint that computed criteria may read. */
export const FACTS = [
  'directLoss', // 直接经济损失, 元
  'groupSize', // persons complaining together
  'openDays', // calendar days since receipt while unresolved
  'affectedShare', // share of customers affected, 0–1
  'sameProblemCountThisMonth', // repeats of the same problem this month
  'mediaInvolved', // 0/1
  'regulatorInvolved', // 0/1
] as const;
export type Fact = (typeof FACTS)[number];

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
]);
export type Predicate = z.infer<typeof predicateSchema>;

export const criterionSchema = z.object({
  id: z.string().regex(/^[a-z0-9_.-]+$/),
  classCode: z.string(),
  label: text,
  source: sourceSchema,
  /** Absent: a person ticks it. Present: computed from the record. */
  predicate: predicateSchema.optional(),
  choice: z.string().optional(),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const durationSchema = z.discriminatedUnion('unit', [
  z.object({ unit: z.literal('minutes'), amount: z.number().positive() }),
  z.object({ unit: z.literal('hours'), amount: z.number().positive() }),
  z.object({ unit: z.literal('workingHours'), amount: z.number().positive() }),
  z.object({ unit: z.literal('calendarDays'), amount: z.number().int().positive() }),
  z.object({ unit: z.literal('workingDays'), amount: z.number().int().positive() }),
  z.object({ unit: z.literal('halfWorkingDays'), amount: z.number().int().positive() }),
  z.object({ unit: z.literal('sameWorkingDay') }),
  z.object({ unit: z.literal('nextDay') }),
  z.object({ unit: z.literal('dayOfNextMonth'), day: z.number().int().min(1).max(28), inclusive: z.boolean() }),
]);
export type Duration = z.infer<typeof durationSchema>;

export const MILESTONES = [
  'entry', 'response', 'dispatch', 'firstContact', 'reply', 'resolution', 'customerInformed',
  'callBack', 'reportToBranch', 'filingToHeadOffice', 'monthlyReport',
] as const;
export type Milestone = (typeof MILESTONES)[number];

/** The moment a milestone's clock starts. */
export const CLOCK_STARTS = ['received', 'approved', 'resolved', 'closed'] as const;

export const deadlineSchema = z.object({
  milestone: z.enum(MILESTONES),
  /** Classes it applies to; absent = every class. */
  classes: z.array(z.string()).optional(),
  from: z.enum(CLOCK_STARTS),
  duration: durationSchema,
  source: sourceSchema,
  choice: z.string().optional(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const rulePackSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    name: text,
    organisation: text,
    source: sourceSchema,
    /** Lowest first; grading picks the highest class with a fired criterion, else `defaultClass`. */
    classes: z.array(z.object({ code: z.string(), label: text, source: sourceSchema })).min(1),
    defaultClass: z.string(),
    criteria: z.array(criterionSchema),
    invalidReasons: z.array(z.object({ code: z.string(), label: text, source: sourceSchema })),
    deadlines: z.array(deadlineSchema),
    extension: z.object({ approverRole: z.string(), rule: text, source: sourceSchema }).optional(),
    escalationTriggers: z.array(z.object({ code: z.string(), label: text, source: sourceSchema })),
    notifications: z.array(
      z.object({
        when: z.object({ classCode: z.string().optional(), fact: z.enum(FACTS).optional() }),
        notify: z.array(text).min(1),
        confirmByPhone: z.boolean().default(false),
        source: sourceSchema,
      }),
    ),
  })
  .superRefine((pack, ctx) => {
    const codes = new Set(pack.classes.map((c) => c.code));
    const check = (code: string, path: (string | number)[]) => {
      if (!codes.has(code)) ctx.addIssue({ code: 'custom', path, message: `unknown class ${code}` });
    };
    check(pack.defaultClass, ['defaultClass']);
    pack.criteria.forEach((c, i) => {
      check(c.classCode, ['criteria', i, 'classCode']);
      if (c.predicate && 'overdue' in c.predicate) check(c.predicate.ofClass, ['criteria', i, 'predicate', 'ofClass']);
    });
    pack.deadlines.forEach((d, i) => d.classes?.forEach((code, j) => check(code, ['deadlines', i, 'classes', j])));
    const ids = pack.criteria.map((c) => c.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['criteria'], message: 'criterion ids must be unique' });
  });
export type RulePack = z.infer<typeof rulePackSchema>;
export type RulePackInput = z.input<typeof rulePackSchema>;
