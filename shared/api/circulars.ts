import { z } from 'zod';
import { bilingualNoteSchema } from '../sources/choice-note';
import { periodSchema } from '../reports/result';
import { optionalText, str } from './common';
import { method } from './define';
import { CHECKLIST_ACTION_STATUSES } from './checklists';

/**
 * The weekly circular (每周通报) and monthly assessment (每月考核) derived from
 * checklist results (issue 16 item 6; shared/circulars/definitions.ts). The
 * circular is circulated to the station's staff, so whoever reads checklists
 * reads it; the assessment scores people, so only the producers and
 * recipients of site statistics read it; the weight is the lead's setting.
 */

const bilingual = z.object({ zh: z.string(), en: z.string() });
const definitionId = str().trim().min(1).max(64);
const weekKey = str().trim().min(4).max(10);

export const circularDefinitionSchema = z.object({
  id: z.string(),
  title: bilingual,
  source: z.string(),
  templateIds: z.array(z.string()),
  /** The weight in force (the lead's, else the source's), percent of the operation area's assessment. */
  weightPercent: z.number().nullable(),
  sourceWeightPercent: z.number().nullable(),
  weightSource: z.string(),
  weightChoice: bilingualNoteSchema,
  /** The lead's reason when the weight was changed, with who and when. */
  weightNote: z.string().nullable(),
  weightSetBy: z.string().nullable(),
  weightSetAt: z.string().nullable(),
});
export type CircularDefinitionView = z.infer<typeof circularDefinitionSchema>;

export const circularFindingSchema = z.object({
  recordId: z.string(),
  day: z.string(),
  area: z.string(),
  person: z.string(),
  templateTitle: bilingual,
  /** The failed item (null: the record's free-text findings, no item failed). */
  itemLabel: bilingual.nullable(),
  reason: bilingual.nullable(),
  note: z.string().nullable(),
});
export type CircularFinding = z.infer<typeof circularFindingSchema>;

export const circularActionSchema = z.object({
  id: z.string(),
  recordId: z.string(),
  area: z.string(),
  problem: z.string(),
  action: z.string(),
  ownerName: z.string(),
  dueAt: z.string(),
  createdAt: z.string(),
  /** The status now; `closedAt` later than the period's end is why it is listed as open. */
  status: z.enum(CHECKLIST_ACTION_STATUSES),
  closedAt: z.string().nullable(),
  /** Due before the period's end and not closed by then. */
  overdueAtEnd: z.boolean(),
});
export type CircularAction = z.infer<typeof circularActionSchema>;

export const weeklyCircularSchema = z.object({
  definitionId: z.string(),
  period: periodSchema,
  source: z.string(),
  /** Completed records of the week. */
  checks: z.number().int(),
  findings: z.array(circularFindingSchema),
  /** Actions raised on any of the definition's records before the week's end and not closed by then. */
  openActions: z.array(circularActionSchema),
  asOf: z.string(),
});
export type WeeklyCircular = z.infer<typeof weeklyCircularSchema>;

export const assessmentRowSchema = z.object({
  person: z.string(),
  area: z.string(),
  checks: z.number().int(),
  judged: z.number().int(),
  passed: z.number().int(),
  findings: z.number().int(),
  actionsRaised: z.number().int(),
  actionsOpenAtEnd: z.number().int(),
  score: z.number().nullable(),
  weighted: z.number().nullable(),
});
export type AssessmentRow = z.infer<typeof assessmentRowSchema>;

export const monthlyAssessmentSchema = z.object({
  definitionId: z.string(),
  period: periodSchema,
  source: z.string(),
  weightPercent: z.number().nullable(),
  weightSource: z.string(),
  scoringChoice: bilingualNoteSchema,
  rows: z.array(assessmentRowSchema),
  openActions: z.array(circularActionSchema),
  asOf: z.string(),
});
export type MonthlyAssessment = z.infer<typeof monthlyAssessmentSchema>;

const periodInput = (kind: 'week' | 'month') => z.object({ kind: z.literal(kind), key: weekKey }).strict();

export const circularsApi = {
  'circulars.definitions': method({ input: z.object({}).strict(), output: z.array(circularDefinitionSchema), access: 'checklist.read', writes: false }),
  'circulars.weekly': method({
    input: z.object({ definitionId, period: periodInput('week') }).strict(),
    output: weeklyCircularSchema,
    access: 'checklist.read',
    writes: false,
  }),
  'circulars.monthly': method({
    input: z.object({ definitionId, period: periodInput('month') }).strict(),
    output: monthlyAssessmentSchema,
    access: 'statistics.read',
    writes: false,
  }),
  /** The lead's weight (percent; null returns to the source's), with the reason. */
  'circulars.setWeight': method({
    input: z.object({ definitionId, weightPercent: z.number().min(0).max(100).nullable(), note: optionalText(500) }).strict(),
    output: circularDefinitionSchema,
    access: 'site.manage',
    writes: true,
  }),
};
