import { z } from 'zod';
import { calendarDay, id, optionalText, str, text } from './common';
import { method } from './define';

/**
 * The monthly records of credit customers (seed002 客户管理制度3 第六章, issue 19
 * §2; shared/credit/credit-monthly.ts): 《客户授信额度执行评价表》 (第四十条) per
 * customer per month — finance's figures, the sales manager's check, the
 * general manager's decision on a proposed adjustment (第四十一条) — and the
 * business supervisor's monthly written report (第三十九条). Who may take each
 * step is checked in the handler, so that a refusal names the step.
 */

export const creditMonth = str().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '请填写月份（年-月）/ enter a month (yyyy-mm)');
const amount = z.number().min(0).max(1_000_000_000_000);

export const evaluationFiguresSchema = z
  .object({
    customerId: id,
    month: creditMonth,
    /** The statement day the figures stand at (within the month, not after today). */
    asOf: calendarDay,
    balance: amount,
    shipments: amount,
    payments: amount,
    overdueAmount: amount,
    /** The due day of the earliest payment still unpaid; null when nothing is overdue. */
    earliestDueOn: calendarDay.nullable(),
  })
  .strict();

export const checkEvaluationSchema = z
  .object({
    evaluationId: id,
    /** 核对: whether the figures agree with the sales department's own records (the manager's judgement). */
    figuresAgree: z.boolean(),
    opinion: text(2000),
    /** 第四十一条: a proposed new limit, or null for none. */
    proposedLimit: amount.nullable(),
  })
  .strict();

export const decideAdjustmentSchema = z
  .object({ evaluationId: id, decision: z.enum(['approved', 'rejected']), reason: optionalText(1000) })
  .strict();

export const fileSupervisorReportSchema = z
  .object({
    month: creditMonth,
    text: text(20_000),
    /** The truthfulness declaration of 第三十九条, which must be made. */
    declared: z.literal(true),
  })
  .strict();

const who = { byName: z.string(), at: z.string() };

export const creditEvaluationSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  month: z.string(),
  gradingId: z.string(),
  /** The limit of the grading in force on the statement day (第二十二条). */
  creditLimit: z.number(),
  asOf: z.string(),
  balance: z.number(),
  shipments: z.number(),
  payments: z.number(),
  overdueAmount: z.number(),
  earliestDueOn: z.string().nullable(),
  /** Computed: days from the earliest unpaid due day to the statement day. */
  overdueDays: z.number().int(),
  /** Computed: balance above the limit. */
  overLimit: z.boolean(),
  /** The filler, by id too: the screen hides 核对 from them (第四十条: two departments). */
  filled: z.object({ ...who, byId: z.string() }),
  /** 1 + the corrections made before the check. */
  version: z.number().int(),
  check: z.object({ ...who, figuresAgree: z.boolean(), opinion: z.string(), proposedLimit: z.number().nullable(), raises: z.boolean() }).nullable(),
  decision: z.object({ ...who, decision: z.enum(['approved', 'rejected']), reason: z.string().nullable() }).nullable(),
});
export type CreditEvaluation = z.infer<typeof creditEvaluationSchema>;

export const supervisorReportSchema = z.object({
  id: z.string(),
  month: z.string(),
  text: z.string(),
  customers: z.array(z.object({ customerId: z.string(), customerName: z.string() })),
  filed: z.object(who),
  filedOn: z.string(),
  /** Filed after the month's due day. */
  late: z.boolean(),
});
export type SupervisorReport = z.infer<typeof supervisorReportSchema>;

export const creditMonthSchema = z.object({
  month: z.string(),
  /** The last day of the month: when both the evaluations and the report fall due. */
  dueOn: z.string(),
  today: z.string(),
  /** Customers holding a limit on the first of the month (required), then those granted one later in it and any other evaluated in it. */
  rows: z.array(
    z.object({
      customerId: z.string(),
      customerName: z.string(),
      /** Whether the month's evaluation is owed for this customer (a limit held on the first day). */
      required: z.boolean(),
      evaluation: creditEvaluationSchema.nullable(),
    }),
  ),
  report: supervisorReportSchema.nullable(),
  /** Whether the month owes a written report (someone held a limit on its first day). */
  reportRequired: z.boolean(),
});
export type CreditMonth = z.infer<typeof creditMonthSchema>;

export const creditMonthlyApi = {
  /** The month's evaluations and written report, with what is owed. */
  'credit.month': method({ input: z.object({ month: creditMonth }).strict(), output: creditMonthSchema, access: 'credit.read', writes: false }),
  /** Finance enters (or, until checked, corrects) a customer's figures for a month (第四十条). */
  'credit.enterFigures': method({ input: evaluationFiguresSchema, output: creditEvaluationSchema, access: 'signed-in', writes: true }),
  /** The sales manager checks the figures, writes the opinion and may propose an adjustment (第四十条、第四十一条). */
  'credit.checkEvaluation': method({ input: checkEvaluationSchema, output: creditEvaluationSchema, access: 'signed-in', writes: true }),
  /** The general manager decides a proposed adjustment (第四十一条). */
  'credit.decideAdjustment': method({ input: decideAdjustmentSchema, output: creditEvaluationSchema, access: 'signed-in', writes: true }),
  /** The business supervisor files the month's written report (第三十九条). */
  'credit.fileReport': method({ input: fileSupervisorReportSchema, output: supervisorReportSchema, access: 'signed-in', writes: true }),
};
