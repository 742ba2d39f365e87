import { z } from 'zod';
import { CREDIT_CRITERIA } from '../credit/credit-pack';
import { calendarDay, id, optionalText, pastCalendarDay, text } from './common';
import { method } from './define';

/**
 * Customer credit grading (客户ABC信用等级评定, seed002 客户管理制度3, issue 19 §2):
 * a grading is proposed with the quantities and ticks it rests on, reviewed
 * and approved along 第十九条's chain (shared/credit/credit-approval.ts); the
 * grade the core computes from them by the pack (shared/credit/credit-grading.ts)
 * takes effect on approval. Gradings and their steps are append-only.
 * Permission checks per step happen in the handler so that a refusal names the
 * step and who may take it.
 */

const bilingual = z.object({ zh: z.string(), en: z.string() });
const JUDGED = CREDIT_CRITERIA.filter((c) => !c.computed).map((c) => c.id) as [string, ...string[]];
const amount = z.number().min(0).max(1_000_000_000_000);

export const creditQuantitiesSchema = z
  .object({
    cooperationSince: pastCalendarDay.nullable(),
    lastBreachOn: pastCalendarDay.nullable(),
    goodOperatingYears: z.number().int().min(0).max(100),
    investigationItems: z.array(z.number().int().min(1).max(8)).max(8),
    monthsCounted: z.number().int().min(1).max(60),
    paymentsTotal: amount,
    shipmentsTotal: amount,
    hadCreditSales: z.boolean(),
    existingCreditLimit: amount.nullable(),
    mortgageValue: amount.nullable(),
  })
  .strict();

export const proposeCreditSchema = z
  .object({
    customerId: id,
    quantities: creditQuantitiesSchema,
    /** The judgement criteria found to hold (the ticks); any other judgement criterion does not. */
    holds: z.array(z.enum(JUDGED)).max(JUDGED.length),
    /** Why, and who graded with the proposer (经办业务员, 信用控制主管: 第十九条). */
    reason: text(2000),
  })
  .strict();

export const decideCreditSchema = z
  .object({
    gradingId: id,
    step: z.enum(['review', 'approve']),
    decision: z.enum(['approved', 'rejected']),
    reason: optionalText(1000),
  })
  .strict();

const criterionResultSchema = z.object({ id: z.string(), grade: z.enum(['A', 'C']), holds: z.boolean(), computed: z.boolean(), basis: bilingual.nullable() });

export const creditStepRecordSchema = z.object({
  step: z.enum(['review', 'approve']),
  decision: z.enum(['approved', 'rejected']),
  reason: z.string().nullable(),
  decidedByName: z.string(),
  decidedAt: z.string(),
});

export const creditGradingSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  packId: z.string(),
  packVersion: z.string(),
  /** The site day the criteria were evaluated on. */
  gradedOn: z.string(),
  quantities: creditQuantitiesSchema,
  /** Each judgement tick that holds, with who ticked it and when (the proposer, at proposing). */
  judgements: z.array(z.object({ id: z.string(), byName: z.string(), at: z.string() })),
  criteria: z.array(criterionResultSchema),
  keyDataComplete: z.boolean(),
  missingKeyItems: z.array(z.number().int()),
  grade: z.enum(['A', 'B', 'C']),
  averageMonthlyPayment: z.number(),
  averageMonthlyShipment: z.number(),
  creditKind: z.enum(['none', 'temporary', 'long_term']),
  creditLimit: z.number(),
  termDays: z.number().int(),
  reviewMonths: z.number().int(),
  reason: z.string(),
  proposedByName: z.string(),
  proposedAt: z.string(),
  steps: z.array(creditStepRecordSchema),
  /** proposed → reviewed → approved; rejected at either step ends it. */
  status: z.enum(['proposed', 'reviewed', 'approved', 'rejected']),
  /** For an approved grading: the day its review falls due. */
  reviewDueOn: z.string().nullable(),
});
export type CreditGrading = z.infer<typeof creditGradingSchema>;

/** An approved limit adjustment (第四十一条): from the evaluation of `month`, in force from `effectiveOn` until the next grading or adjustment. */
export const creditAdjustmentSchema = z.object({
  id: z.string(),
  evaluationId: z.string(),
  month: z.string(),
  gradingId: z.string(),
  fromLimit: z.number(),
  toLimit: z.number(),
  proposedByName: z.string(),
  proposedAt: z.string(),
  approvedByName: z.string(),
  approvedAt: z.string(),
  effectiveOn: z.string(),
});
export type CreditAdjustment = z.infer<typeof creditAdjustmentSchema>;

export const creditFileSchema = z.object({
  customerId: z.string(),
  /** The grading in force: the latest approved one. */
  current: creditGradingSchema.nullable(),
  /** The limit in force today: the current grading's, or an adjustment approved after it (第四十一条). */
  limitInForce: z.object({ limit: z.number(), since: z.string(), adjustmentId: z.string().nullable() }).nullable(),
  /** Every approved adjustment, newest first. */
  adjustments: z.array(creditAdjustmentSchema),
  /** Every grading, newest first. */
  gradings: z.array(creditGradingSchema),
});
export type CreditFile = z.infer<typeof creditFileSchema>;

export const reviewDueSchema = z.object({
  customerId: z.string(),
  customerName: z.string(),
  /** null: a credit customer (第四条) with no approved grading yet, shown as 未评级 at the top. */
  grade: z.enum(['A', 'B', 'C']).nullable(),
  /** The limit in force: the grading's, or an adjustment approved after it (第四十一条). */
  creditLimit: z.number(),
  approvedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  /** A newer grading of this customer is on its way through the chain. */
  pending: z.boolean(),
});
export type ReviewDue = z.infer<typeof reviewDueSchema>;

/** The total-credit cap (第二十四条2①): the site's figure, null when not set, and the total of the limits in force. */
export const creditCapSchema = z.object({
  totalCap: z.number().nullable(),
  /** The 1 January whose receivables balance the cap is. */
  baseDay: z.string().nullable(),
  setByName: z.string().nullable(),
  setAt: z.string().nullable(),
  /** The sum of every customer's limit in force (its grading's, or an adjustment approved after it). */
  totalInForce: z.number(),
});
export type CreditCap = z.infer<typeof creditCapSchema>;

export const setCreditCapSchema = z
  .object({
    /** null: no cap (approvals are not checked). */
    totalCap: amount.nullable(),
    baseDay: calendarDay.nullable(),
  })
  .strict()
  .refine((cap) => cap.baseDay === null || cap.baseDay.endsWith('-01-01'), { path: ['baseDay'], message: '须为某年1月1日 / must be 1 January of a year' })
  .refine((cap) => cap.totalCap !== null || cap.baseDay === null, { path: ['baseDay'], message: '未设上限时不填日期 / no day without a cap' });

export const creditApi = {
  'credit.file': method({ input: z.object({ customerId: id }).strict(), output: creditFileSchema, access: 'credit.read', writes: false }),
  'credit.propose': method({ input: proposeCreditSchema, output: creditGradingSchema, access: 'signed-in', writes: true }),
  'credit.decide': method({ input: decideCreditSchema, output: creditGradingSchema, access: 'signed-in', writes: true }),
  /** Credit customers not yet graded (第四条) first, then approved gradings by the day their review falls due, overdue first (第十二条, 第三十八条). */
  'credit.reviewDue': method({ input: z.object({}).strict(), output: z.array(reviewDueSchema), access: 'credit.read', writes: false }),
  /** The total-credit cap and the total in force (第二十四条2①). */
  'credit.cap': method({ input: z.object({}).strict(), output: creditCapSchema, access: 'credit.read', writes: false }),
  /** The station lead enters the cap (the source's year is a placeholder); null clears it. */
  'credit.setCap': method({ input: setCreditCapSchema, output: creditCapSchema, access: 'site.manage', writes: true }),
};
