import { z } from 'zod';
import { FACTS } from '../rules/pack-schema';
import { checkComputed, computedAnswerSchema } from './computed-answer-schema';
import { STORE_EVIDENCE, STORE_EVIDENCE_FACTS } from './store-evidence';

/**
 * Checklist, register and assessment templates as data (issue #6): sections
 * of items, each item citing the source section it comes from. A template is
 * versioned; a record in progress keeps the version it started with.
 *
 * One model serves three shapes of paper form:
 * - a checklist (items answered once: pass/fail, yes/no, a number …);
 * - a register (台账): one `table` item whose rows are added over time
 *   (the sewage haulage register: one row per truckload);
 * - a graded assessment: sections as weighted parts, grade bands over the
 *   weighted total and every part's score, and veto conditions (the coal-mine
 *   standardisation grading of seed004 §A).
 */

export const bilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
export type Bilingual = z.infer<typeof bilingualSchema>;

/** Where in the source documents a template, section or item comes from, e.g. "seed000 §1.5 6". Never empty. */
export const citationSchema = z.string().trim().min(1, 'every template, section and item cites its source');

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'ids are lower-case letters, digits, dot, dash, underscore');

export const ITEM_KINDS = [
  'passFail', // 合格 / 不合格 / 不适用
  'yesNo', // 是 / 否
  'number', // a measured value with unit and limits
  'text',
  'date',
  'dateTime',
  'choice', // one of the options
  'photo', // one or more photos (evidence)
  'signature', // a name and the time signed (on paper: a box to sign)
  'table', // rows added over time (a register's lines), each row of the item's columns
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** An item shown only when another item of the same template has the given answer (e.g. details only when 不合格). */
export const showIfSchema = z.object({ itemId: idSchema, equals: z.union([z.string(), z.number(), z.boolean()]) }).strict();

export const choiceOptionSchema = z.object({ value: idSchema, label: bilingualSchema }).strict();

/**
 * Which answer of a yes/no item or column means a problem was found (issue 17):
 * 'no' where the label states what should be so (「巡护结果已向中心站汇报」),
 * 'yes' where it states the problem (「发现静态隐患」, 「H2S含量接近标准值」,
 * a veto's disqualifying condition). Required on every yes/no item and column
 * and only there: no implicit default, since a wrong default silently inverts a hazard.
 */
export const FAILS_ON = ['yes', 'no'] as const;
export type FailsOn = (typeof FAILS_ON)[number];

/** A column of a `table` item: the same kinds as an item, except tables and photos-per-cell are allowed, tables are not nested. */
export const columnSchema = z
  .object({
    id: idSchema,
    kind: z.enum(ITEM_KINDS).exclude(['table']),
    label: bilingualSchema,
    source: citationSchema,
    required: z.boolean().default(false),
    unit: z.string().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    options: z.array(choiceOptionSchema).optional(),
    /** Photos that must be attached, by what they show (e.g. 车头, 车身侧面). */
    evidence: z.array(bilingualSchema).optional(),
    /** For `yesNo` (required there): the answer that means a problem was found. */
    failsOn: z.enum(FAILS_ON).optional(),
  })
  .strict();

/**
 * For a `table` whose rows the site enters itself but whose size the source
 * states: how many rows are expected per value of one of its choice columns
 * (seed000 §1.2: a station's 66 legal-risk sources, 25 visual-management and
 * 41 on-site, counts only, no item texts). The app shows entered vs expected;
 * it never fills rows in.
 */
export const expectedRowsSchema = z
  .object({
    columnId: idSchema,
    counts: z.array(z.object({ value: idSchema, count: z.number().int().positive(), source: citationSchema }).strict()).min(1),
  })
  .strict();

/**
 * A register whose rows the source limits per person and calendar month
 * (seed002 客户管理制度2 七、4: 每人每月换班不得超过3次): the core counts the rows
 * of every record of the template at the site and refuses the one too many.
 * A person is named in any of `personColumns` (text); the month is the `dateColumnId` cell's.
 */
export const rowLimitSchema = z
  .object({
    personColumns: z.array(idSchema).min(1),
    dateColumnId: idSchema,
    max: z.number().int().positive(),
    source: citationSchema,
    choice: z.string().optional(),
  })
  .strict();
export type RowLimit = z.infer<typeof rowLimitSchema>;

export const itemSchema = z
  .object({
    id: idSchema,
    kind: z.enum(ITEM_KINDS),
    label: bilingualSchema,
    /** Guidance printed under the label (how to check, what counts). */
    hint: bilingualSchema.optional(),
    source: citationSchema,
    required: z.boolean().default(false),
    unit: z.string().optional(),
    /** For `number`: the acceptable range; a value outside it fails the item. */
    min: z.number().optional(),
    max: z.number().optional(),
    options: z.array(choiceOptionSchema).optional(),
    /** For `yesNo` (required there): the answer that means a problem was found; the other one passes. */
    failsOn: z.enum(FAILS_ON).optional(),
    /** Points the item is worth in its section (full when it passes, none when it fails). */
    points: z.number().nonnegative().optional(),
    /** A failed answer here (a yes/no item's `failsOn`) disqualifies the grades listed (seed004 §A 第五条's exclusion conditions). */
    vetoes: z.array(idSchema).optional(),
    /** A condition that must be met (answered and not failed) for each grade listed (seed004 §C: a waiter level's conditions, all to be met). Unanswered = not met. */
    requiredFor: z.array(idSchema).optional(),
    /**
     * For `number`: the value IS its section's score (0–100), entered from a
     * scoring sheet the source does not give item by item; the section's
     * items' points are then not summed.
     */
    partScore: z.boolean().optional(),
    /**
     * For `table`: each row is a part of the assessment, with its name, weight
     * and score (0–100) entered from the columns named here — for an assessment
     * whose parts and weights the source does not list (seed004 §A refers to
     * 《管理体系》 without giving its parts).
     */
    enteredParts: z.object({ name: idSchema, weight: idSchema, score: idSchema }).strict().optional(),
    /** For `number`: the rule-pack fact this answer supplies (see the template's `rulePack`). */
    fact: z.enum(FACTS).optional(),
    /** For `yesNo`: a "yes" ticks this criterion of the template's rule pack. */
    criterion: z.string().min(1).optional(),
    showIf: showIfSchema.optional(),
    evidence: z.array(bilingualSchema).optional(),
    /** For `table`: the register's columns, in print order. */
    columns: z.array(columnSchema).optional(),
    /** For `table`: rows the source expects, counted by a choice column (see expectedRowsSchema). */
    expectedRows: expectedRowsSchema.optional(),
    /** For `table`: rows the source limits per person and month, counted over every record of the template (see rowLimitSchema). */
    rowLimit: rowLimitSchema.optional(),
    /**
     * For `number`: limits taken from the answers to other number items of the
     * template, where the source leaves the figure to the site or a contract
     * (the station's H2S standard value; a house's contracted room temperature).
     */
    limitsFrom: z.object({ min: idSchema.optional(), max: idSchema.optional() }).strict().optional(),
    /** A failed answer offers to raise a corrective action (the default for passFail and yesNo checks). */
    correctiveAction: z.boolean().optional(),
    /** For `yesNo`: computed from other answers (a date, a count, a time), never ticked. */
    computed: computedAnswerSchema.optional(),
    /** For `number` and `text`: evidence the app reads from its own store into the record, never typed (store-evidence.ts). */
    fromStore: z.enum(STORE_EVIDENCE_FACTS).optional(),
  })
  .strict();
export type TemplateItem = z.infer<typeof itemSchema>;
export type TemplateItemInput = z.input<typeof itemSchema>;

export const sectionSchema = z
  .object({
    id: idSchema,
    title: bilingualSchema,
    source: citationSchema,
    /** A part's weight in the weighted total (assessments); absent = unweighted. */
    weight: z.number().positive().optional(),
    items: z.array(itemSchema).min(1),
  })
  .strict();
export type TemplateSection = z.infer<typeof sectionSchema>;

/** A grade band: the weighted total and every part must reach the minimums, and none of its vetoes may apply. */
export const gradeBandSchema = z
  .object({
    code: idSchema,
    label: bilingualSchema,
    source: citationSchema,
    minTotal: z.number().min(0).max(100),
    minEachPart: z.number().min(0).max(100).optional(),
    /** The pay the source attaches to the band (seed004 §C: 底薪基础工资可达到1800元), said when the band is awarded. */
    pay: z
      .object({ baseUpTo: z.number().positive(), note: bilingualSchema, source: citationSchema })
      .strict()
      .optional(),
    /** Said wherever the band is shown or awarded, e.g. that the source's list of its conditions is cut off. */
    note: bilingualSchema.optional(),
  })
  .strict();
export type GradeBand = z.infer<typeof gradeBandSchema>;

/**
 * A veto computed from answers rather than answered yes/no: seed004 §A 第五条
 * 一级2 / 二级2 — a fatal accident vetoes a grade until a period, by accident
 * class, has passed since the accident date (see accident-cool-off.ts).
 * `eventCoolOff` is the same computation over other dated events of a kind
 * (第五条 一级3、4, 二级3, 第七条(三), 第十一条(五): a failed inspection, a
 * downgrade or revocation, falsified self-evaluation), worded as an event, not an accident.
 */
export const accidentCoolOffSchema = z
  .object({
    kind: z.enum(['accidentCoolOff', 'eventCoolOff']),
    source: citationSchema,
    /** The `table` item listing the accidents, and its date and class (choice) columns. */
    accidentsItemId: idSchema,
    dateColumnId: idSchema,
    classColumnId: idSchema,
    /** The `date` item the periods are counted to (the assessment date). */
    assessedOnItemId: idSchema,
    /** Per grade and accident class (an option of the class column): the months during which the grade is vetoed. */
    periods: z
      .array(z.object({ grade: idSchema, accidentClass: idSchema, months: z.number().int().positive(), source: citationSchema }).strict())
      .min(1),
  })
  .strict();
export type AccidentCoolOff = z.infer<typeof accidentCoolOffSchema>;

/**
 * A form graded by a rule pack rather than by bands (seed004 §M: the accident
 * grade and the points deducted per role): `number` items with a `fact` and
 * `yesNo` items with a `criterion` feed the pack; optionally a `choice` item
 * overrides the computed class (with a reason) and a `table` names the persons
 * charged, whose role column's options follow the order of the pack's deduction rows.
 */
export const rulePackLinkSchema = z
  .object({
    id: z.string().min(1),
    overrideItemId: idSchema.optional(),
    overrideReasonItemId: idSchema.optional(),
    personsItemId: idSchema.optional(),
    roleColumnId: idSchema.optional(),
  })
  .strict();

export const SCHEDULE_KINDS = ['daysOfMonth', 'timesPerMonth', 'weekly', 'monthly', 'quarterly', 'halfYearly', 'perEvent'] as const;

/** When a template is due at a site (H2S on the 10th and 25th; training twice a month; quarterly self-inspection …). */
export const scheduleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('daysOfMonth'), days: z.array(z.number().int().min(1).max(31)).min(1), source: citationSchema }).strict(),
  z.object({ kind: z.literal('timesPerMonth'), times: z.number().int().min(1), source: citationSchema }).strict(),
  z.object({ kind: z.literal('weekly'), source: citationSchema }).strict(),
  z.object({ kind: z.literal('monthly'), source: citationSchema }).strict(),
  z.object({ kind: z.literal('quarterly'), source: citationSchema }).strict(),
  z.object({ kind: z.literal('halfYearly'), source: citationSchema }).strict(),
  /** Filled when something happens (a truckload leaves, a customer is visited): never overdue by the calendar. */
  z.object({ kind: z.literal('perEvent'), source: citationSchema }).strict(),
]);
export type Schedule = z.infer<typeof scheduleSchema>;

export const TEMPLATE_KINDS = ['checklist', 'register', 'assessment'] as const;

export const templateSchema = z
  .object({
    id: idSchema,
    /** Semantic version of this template's content; a record keeps the version it started with. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    kind: z.enum(TEMPLATE_KINDS),
    title: bilingualSchema,
    /** The document the template comes from, e.g. "seed000-part1 §1.5". */
    source: citationSchema,
    /** Wide registers print on landscape A4. */
    orientation: z.enum(['portrait', 'landscape']).default('portrait'),
    schedule: scheduleSchema.optional(),
    sections: z.array(sectionSchema).min(1),
    /** Assessments: grade bands from best to worst (the first reached is the grade). */
    grades: z.array(gradeBandSchema).optional(),
    /** Who signs the printed report (填表人, 站长, 审核人 …), in order. */
    signers: z.array(bilingualSchema).default([]),
    /** Vetoes computed from answers (the coal-mine accident cool-off periods). */
    computedVetoes: z.array(accidentCoolOffSchema).optional(),
    /** Graded by a rule pack (seed004 §M accident grades and deductions). */
    rulePack: rulePackLinkSchema.optional(),
  })
  .strict()
  .superRefine((template, ctx) => {
    const ids = new Set<string>();
    checkFailsOn(template.sections, ctx);
    for (const section of template.sections) {
      for (const item of section.items) {
        if (ids.has(item.id)) ctx.addIssue({ code: 'custom', message: `duplicate item id ${item.id}` });
        ids.add(item.id);
        if (item.kind === 'table' && !item.columns?.length) ctx.addIssue({ code: 'custom', message: `table ${item.id} has no columns` });
        if (item.kind === 'choice' && !item.options?.length) ctx.addIssue({ code: 'custom', message: `choice ${item.id} has no options` });
        if (item.partScore && item.kind !== 'number') ctx.addIssue({ code: 'custom', message: `part score ${item.id} must be a number` });
        if (item.fact && item.kind !== 'number') ctx.addIssue({ code: 'custom', message: `fact ${item.id} must be a number` });
        if (item.criterion && item.kind !== 'yesNo') ctx.addIssue({ code: 'custom', message: `criterion ${item.id} must be yes/no` });
        if (item.fromStore && item.kind !== STORE_EVIDENCE[item.fromStore]) ctx.addIssue({ code: 'custom', message: `store evidence ${item.id} must be a ${STORE_EVIDENCE[item.fromStore]} item` });
        if (item.fromStore && item.required) ctx.addIssue({ code: 'custom', message: `store evidence ${item.id} is never entered, so it cannot be required` });
        if (item.enteredParts) checkEnteredParts(item, ctx);
      }
      if (section.items.filter((i) => i.partScore).length > 1) ctx.addIssue({ code: 'custom', message: `section ${section.id} has more than one part score` });
    }
    const grades = new Set((template.grades ?? []).map((g) => g.code));
    for (const section of template.sections) {
      for (const item of section.items) {
        if (item.showIf && !ids.has(item.showIf.itemId)) ctx.addIssue({ code: 'custom', message: `${item.id} shows on an unknown item ${item.showIf.itemId}` });
        for (const grade of item.vetoes ?? []) if (!grades.has(grade)) ctx.addIssue({ code: 'custom', message: `${item.id} vetoes an unknown grade ${grade}` });
        for (const grade of item.requiredFor ?? []) if (!grades.has(grade)) ctx.addIssue({ code: 'custom', message: `${item.id} is required for an unknown grade ${grade}` });
      }
    }
    const items = new Map(template.sections.flatMap((s) => s.items.map((i) => [i.id, i] as const)));
    for (const item of items.values()) if (item.computed) checkComputed(item, items, ctx);
    for (const veto of template.computedVetoes ?? []) checkCoolOff(veto, items, grades, ctx);
    if (template.rulePack) checkRulePackLink(template.rulePack, items, ctx);
    // The registers' references (limits from another item, expected row counts) must point at something that exists.
    for (const item of items.values()) {
      for (const ref of [item.limitsFrom?.min, item.limitsFrom?.max]) {
        if (ref !== undefined && (item.kind !== 'number' || items.get(ref)?.kind !== 'number')) {
          ctx.addIssue({ code: 'custom', message: `${item.id}: limitsFrom needs a number item limited by another number item (${ref})` });
        }
      }
      if (item.rowLimit) {
        const limit = item.rowLimit;
        const kinds = limit.personColumns.map((id) => item.columns?.find((c) => c.id === id)?.kind);
        if (kinds.some((k) => k !== 'text') || item.columns?.find((c) => c.id === limit.dateColumnId)?.kind !== 'date') {
          ctx.addIssue({ code: 'custom', message: `${item.id}: a row limit needs text person columns and a date column` });
        }
      }
      if (item.expectedRows) {
        const column = item.columns?.find((c) => c.id === item.expectedRows?.columnId);
        const values = new Set(column?.kind === 'choice' ? (column.options ?? []).map((o) => o.value) : []);
        for (const { value } of item.expectedRows.counts) {
          if (!values.has(value)) ctx.addIssue({ code: 'custom', message: `${item.id}: expected rows count ${value}, not an option of choice column ${item.expectedRows.columnId}` });
        }
      }
    }
  });
export type ChecklistTemplate = z.infer<typeof templateSchema>;
export type ChecklistTemplateInput = z.input<typeof templateSchema>;

type Ctx = z.RefinementCtx;
type Items = Map<string, TemplateItem>;

function columnOf(item: TemplateItem | undefined, columnId: string) {
  return item?.columns?.find((c) => c.id === columnId);
}

/** `failsOn` on every yes/no item and column, and nowhere else; located by path for the editor. */
function checkFailsOn(sections: readonly TemplateSection[], ctx: Ctx): void {
  const check = (field: { kind: string; failsOn?: FailsOn | undefined }, path: (string | number)[]) => {
    if (field.kind === 'yesNo' && !field.failsOn) ctx.addIssue({ code: 'custom', path: [...path, 'failsOn'], message: FAILS_ON_MISSING });
    if (field.kind !== 'yesNo' && field.failsOn) ctx.addIssue({ code: 'custom', path: [...path, 'failsOn'], message: FAILS_ON_MISPLACED });
  };
  sections.forEach((section, s) =>
    section.items.forEach((item, i) => {
      check(item, ['sections', s, 'items', i]);
      item.columns?.forEach((column, c) => check(column, ['sections', s, 'items', i, 'columns', c]));
    }),
  );
}

export const FAILS_ON_MISSING = 'a yes/no question must say which answer fails (failsOn)';
export const FAILS_ON_MISPLACED = 'failsOn belongs to yes/no questions only';

function checkEnteredParts(item: TemplateItem, ctx: Ctx): void {
  const parts = item.enteredParts;
  if (!parts) return;
  if (item.kind !== 'table') ctx.addIssue({ code: 'custom', message: `entered parts ${item.id} must be a table` });
  if (!columnOf(item, parts.name)) ctx.addIssue({ code: 'custom', message: `entered parts ${item.id} has no name column ${parts.name}` });
  for (const id of [parts.weight, parts.score]) {
    if (columnOf(item, id)?.kind !== 'number') ctx.addIssue({ code: 'custom', message: `entered parts ${item.id} needs a number column ${id}` });
  }
}

function checkCoolOff(veto: AccidentCoolOff, items: Items, grades: Set<string>, ctx: Ctx): void {
  const table = items.get(veto.accidentsItemId);
  if (table?.kind !== 'table') ctx.addIssue({ code: 'custom', message: `cool-off accidents ${veto.accidentsItemId} is not a table item` });
  if (columnOf(table, veto.dateColumnId)?.kind !== 'date') ctx.addIssue({ code: 'custom', message: `cool-off date column ${veto.dateColumnId} is not a date` });
  const classes = columnOf(table, veto.classColumnId);
  if (classes?.kind !== 'choice') ctx.addIssue({ code: 'custom', message: `cool-off class column ${veto.classColumnId} is not a choice` });
  if (items.get(veto.assessedOnItemId)?.kind !== 'date') ctx.addIssue({ code: 'custom', message: `cool-off assessment date ${veto.assessedOnItemId} is not a date item` });
  const options = new Set((classes?.options ?? []).map((o) => o.value));
  for (const period of veto.periods) {
    if (!grades.has(period.grade)) ctx.addIssue({ code: 'custom', message: `cool-off period for an unknown grade ${period.grade}` });
    if (!options.has(period.accidentClass)) ctx.addIssue({ code: 'custom', message: `cool-off period for an unknown accident class ${period.accidentClass}` });
  }
}

function checkRulePackLink(link: z.infer<typeof rulePackLinkSchema>, items: Items, ctx: Ctx): void {
  const want = (id: string | undefined, kind: ItemKind) => {
    if (id && items.get(id)?.kind !== kind) ctx.addIssue({ code: 'custom', message: `rule pack link: ${id} is not a ${kind} item` });
  };
  want(link.overrideItemId, 'choice');
  want(link.overrideReasonItemId, 'text');
  want(link.personsItemId, 'table');
  if (link.personsItemId && (!link.roleColumnId || columnOf(items.get(link.personsItemId), link.roleColumnId)?.kind !== 'choice')) {
    ctx.addIssue({ code: 'custom', message: `rule pack link: persons table needs a choice role column` });
  }
}
