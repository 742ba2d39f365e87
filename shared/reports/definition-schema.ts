import { z } from 'zod';
import { choiceNoteSchema } from '../sources/choice-note';
import { ROLES } from '../domain/roles';
import { DIMENSION_IDS } from './dimensions';
import { MEASURE_IDS } from './measures';
import { PERIOD_KINDS } from './period';

/**
 * A report the sources name, as data: which periods, which measures against
 * which targets, which dimension tables, when it is due and who produces and
 * receives it, every item citing its source section. Where the source is
 * silent, `choice` says what the app does instead.
 */
const text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const source = z.string().min(3);

export const targetSchema = z
  .object({
    /** gte: at least `value` (a rate of 1 = 100%); lte: at most. */
    op: z.enum(['gte', 'lte']),
    value: z.number().min(0),
    source,
  })
  .strict();
export type Target = z.infer<typeof targetSchema>;

export const measureRefSchema = z
  .object({
    measure: z.enum(MEASURE_IDS as [string, ...string[]]),
    /** Hours a call-back is due after resolution (篇6: 48), where the measure takes one. */
    hours: z.number().positive().optional(),
    target: targetSchema.optional(),
    source: source.optional(),
    choice: choiceNoteSchema.optional(),
  })
  .strict();
export type MeasureRef = z.infer<typeof measureRefSchema>;

/** When the report is due, relative to the end of its period. */
export const reportDueSchema = z.discriminatedUnion('kind', [
  /** By the given day of the month after the period (篇5 4.5.6 "每月10日前", 篇4 第二十七条 "每月上旬"). */
  z.object({ kind: z.literal('dayOfNextMonth'), day: z.number().int().min(1).max(28), source }).strict(),
  /** The day after the period ends (制度15 回访报告表 "次日"). */
  z.object({ kind: z.literal('nextDay'), source }).strict(),
  /** The source names the report but not when it is due. */
  z.object({ kind: z.literal('notStated'), choice: choiceNoteSchema }).strict(),
]);
export type ReportDue = z.infer<typeof reportDueSchema>;

const party = z.object({ label: text, role: z.enum(ROLES).optional(), source }).strict();

export const reportDefinitionObject = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: text,
    source,
    choice: choiceNoteSchema.optional(),
    /** The rule packs of the organisations whose documents name this report; absent: every site. */
    packs: z.array(z.string()).optional(),
    periods: z.array(z.enum(PERIOD_KINDS)).min(1),
    measures: z.array(measureRefSchema).min(1),
    dimensions: z.array(z.enum(DIMENSION_IDS as [string, ...string[]])).min(1),
    due: reportDueSchema,
    producer: party,
    recipients: z.array(party).min(1),
  })
  .strict();

export const reportDefinitionSchema = reportDefinitionObject.superRefine((def, ctx) => {
    def.measures.forEach((m, i) => {
      const needsHours = m.measure === 'callBackWithinLimit';
      if (needsHours !== (m.hours !== undefined)) ctx.addIssue({ code: 'custom', path: ['measures', i, 'hours'], message: needsHours ? 'hours required' : 'hours not used by this measure' });
    });
    if (new Set(def.measures.map((m) => m.measure)).size !== def.measures.length) ctx.addIssue({ code: 'custom', path: ['measures'], message: 'a measure is listed twice' });
  });
export type ReportDefinition = z.infer<typeof reportDefinitionSchema>;
export type ReportDefinitionInput = z.input<typeof reportDefinitionSchema>;
