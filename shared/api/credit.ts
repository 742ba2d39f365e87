import { z } from 'zod';
import { CREDIT_CRITERIA } from '../credit/credit-pack';
import { id, optionalText, pastCalendarDay, text } from './common';
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

export const creditFileSchema = z.object({
  customerId: z.string(),
  /** The grading in force: the latest approved one. */
  current: creditGradingSchema.nullable(),
  /** Every grading, newest first. */
  gradings: z.array(creditGradingSchema),
});
export type CreditFile = z.infer<typeof creditFileSchema>;

export const reviewDueSchema = z.object({
  customerId: z.string(),
  customerName: z.string(),
  grade: z.enum(['A', 'B', 'C']),
  creditLimit: z.number(),
  approvedOn: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  /** A newer grading of this customer is on its way through the chain. */
  pending: z.boolean(),
});
export type ReviewDue = z.infer<typeof reviewDueSchema>;

export const creditApi = {
  'credit.file': method({ input: z.object({ customerId: id }).strict(), output: creditFileSchema, access: 'credit.read', writes: false }),
  'credit.propose': method({ input: proposeCreditSchema, output: creditGradingSchema, access: 'signed-in', writes: true }),
  'credit.decide': method({ input: decideCreditSchema, output: creditGradingSchema, access: 'signed-in', writes: true }),
  /** Approved gradings by the day their review falls due, overdue first (第十二条, 第三十八条). */
  'credit.reviewDue': method({ input: z.object({}).strict(), output: z.array(reviewDueSchema), access: 'credit.read', writes: false }),
};
