import { z } from 'zod';

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
    /** Points the item is worth in its section (full on pass/yes, none on fail/no). */
    points: z.number().nonnegative().optional(),
    /** A "yes" here disqualifies the grades listed (seed004 §A 第五条's exclusion conditions). */
    vetoes: z.array(idSchema).optional(),
    showIf: showIfSchema.optional(),
    evidence: z.array(bilingualSchema).optional(),
    /** For `table`: the register's columns, in print order. */
    columns: z.array(columnSchema).optional(),
    /** For `table`: rows the source expects, counted by a choice column (see expectedRowsSchema). */
    expectedRows: expectedRowsSchema.optional(),
    /**
     * For `number`: limits taken from the answers to other number items of the
     * template, where the source leaves the figure to the site or a contract
     * (the station's H2S standard value; a house's contracted room temperature).
     */
    limitsFrom: z.object({ min: idSchema.optional(), max: idSchema.optional() }).strict().optional(),
    /** A failed answer offers to raise a corrective action (the default for passFail and yesNo checks). */
    correctiveAction: z.boolean().optional(),
  })
  .strict();
export type TemplateItem = z.infer<typeof itemSchema>;

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
  })
  .strict()
  .superRefine((template, ctx) => {
    const ids = new Set<string>();
    for (const section of template.sections) {
      for (const item of section.items) {
        if (ids.has(item.id)) ctx.addIssue({ code: 'custom', message: `duplicate item id ${item.id}` });
        ids.add(item.id);
        if (item.kind === 'table' && !item.columns?.length) ctx.addIssue({ code: 'custom', message: `table ${item.id} has no columns` });
        if (item.kind === 'choice' && !item.options?.length) ctx.addIssue({ code: 'custom', message: `choice ${item.id} has no options` });
      }
    }
    const grades = new Set((template.grades ?? []).map((g) => g.code));
    for (const section of template.sections) {
      for (const item of section.items) {
        if (item.showIf && !ids.has(item.showIf.itemId)) ctx.addIssue({ code: 'custom', message: `${item.id} shows on an unknown item ${item.showIf.itemId}` });
        for (const grade of item.vetoes ?? []) if (!grades.has(grade)) ctx.addIssue({ code: 'custom', message: `${item.id} vetoes an unknown grade ${grade}` });
      }
    }
  })
  .superRefine((template, ctx) => {
    // The two optional references added for the shipped registers: each must point at something that exists.
    const items = new Map(template.sections.flatMap((section) => section.items.map((item) => [item.id, item] as const)));
    for (const item of items.values()) {
      for (const ref of [item.limitsFrom?.min, item.limitsFrom?.max]) {
        if (ref !== undefined && (item.kind !== 'number' || items.get(ref)?.kind !== 'number')) {
          ctx.addIssue({ code: 'custom', message: `${item.id}: limitsFrom needs a number item limited by another number item (${ref})` });
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
