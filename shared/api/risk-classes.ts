import { z } from 'zod';
import { FIVE_LEVELS, JUDGEMENTS, RISK_CLASSES, WARNING_STATES } from '../risk-classes/pack';
import { SCREENING_SECTIONS, type ScreeningSection } from '../risk-classes/screening';
import { id, str, text } from './common';
import { method } from './define';

/**
 * Risk classes of credit customers (seed000 第二篇, issue 19 §3): the facts and
 * judgements behind a proposed class, the three steps of 二、认定程序, the
 * append-only history of every class change, and the lists per class and of
 * proposals awaiting a step. Who may take each step is checked in the core so
 * that a refusal names who may (riskClasses.errors.*Role).
 */

const money = z.number().min(0).max(1e13);

export const riskFactsSchema = z
  .object({
    fiveLevel: z.enum(FIVE_LEVELS).nullable(),
    warning: z.enum(WARNING_STATES),
    overdueDays: z.number().int().min(0).max(100_000),
    interestArrears: money,
    advances: money,
  })
  .strict();

/** A judgement the proposer records: which one, and why. */
export const judgementInputSchema = z.object({ judgement: z.enum(JUDGEMENTS), reason: text(500) }).strict();

export const proposeSchema = z
  .object({
    customerId: id,
    toClass: z.enum(RISK_CLASSES),
    facts: riskFactsSchema,
    judgements: z.array(judgementInputSchema).max(JUDGEMENTS.length),
    reason: text(1000),
  })
  .strict();

const stepSchema = z.object({ byId: z.string(), byName: z.string(), at: z.string(), note: z.string() });

export const proposalSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  fromClass: z.enum(RISK_CLASSES),
  toClass: z.enum(RISK_CLASSES),
  /** The class the listed criteria give for the recorded facts and judgements. */
  indicatedClass: z.enum(RISK_CLASSES),
  facts: riskFactsSchema,
  judgements: z.array(judgementInputSchema),
  /** Ids of the criteria met (shared/risk-classes/pack.ts). */
  met: z.array(z.string()),
  status: z.enum(['proposed', 'reviewed', 'approved', 'rejected']),
  proposed: stepSchema,
  reviewed: stepSchema.nullable(),
  decided: stepSchema.nullable(),
  packId: z.string(),
  packVersion: z.string(),
});
export type RiskClassProposal = z.infer<typeof proposalSchema>;

/** One class change, as the append-only history holds it. */
export const classChangeSchema = z.object({
  id: z.string(),
  proposalId: z.string(),
  fromClass: z.enum(RISK_CLASSES),
  toClass: z.enum(RISK_CLASSES),
  reason: z.string(),
  facts: riskFactsSchema,
  judgements: z.array(judgementInputSchema),
  met: z.array(z.string()),
  proposedByName: z.string(),
  reviewedByName: z.string(),
  decidedByName: z.string(),
  decisionNote: z.string(),
  decidedAt: z.string(),
  packId: z.string(),
  packVersion: z.string(),
});
export type RiskClassChange = z.infer<typeof classChangeSchema>;

/** 三、's frequency for the customer's class: planned against done, and the day the next one falls due (shared/risk-classes/cadence.ts). */
export const cadenceStatusSchema = z.object({
  riskClass: z.enum(RISK_CLASSES),
  since: z.string(),
  lastDoneOn: z.string().nullable(),
  dueOn: z.string(),
  state: z.enum(['planned', 'dueToday', 'overdue']),
  daysOverdue: z.number().int(),
  planned: z.number().int(),
  done: z.number().int(),
});
export type CadenceStatusOut = z.infer<typeof cadenceStatusSchema>;

/** 《客户风险排查表》 of the current month and the required months missed (shared/risk-classes/screening.ts). */
export const screeningStatusSchema = z.object({ month: z.string(), required: z.boolean(), filed: z.boolean(), missed: z.array(z.string()) });

const screeningText = z.object(Object.fromEntries(SCREENING_SECTIONS.map((section) => [section, text(2000)])) as Record<ScreeningSection, ReturnType<typeof text>>);

/** A filed 《客户风险排查表》: the month, the class it was filed under, the four chains and 风险状况和处置情况. */
export const screeningSchema = screeningText.extend({
  id: z.string(),
  customerId: z.string(),
  month: z.string(),
  riskClass: z.enum(RISK_CLASSES),
  filedByName: z.string(),
  filedAt: z.string(),
});
export type RiskScreening = z.infer<typeof screeningSchema>;

export const fileScreeningSchema = screeningText
  .extend({ customerId: id, month: str().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM') })
  .strict();

export const cadenceDueSchema = z.object({ customerId: z.string(), customerName: z.string(), status: cadenceStatusSchema, screening: screeningStatusSchema.nullable() });
export type CadenceDue = z.infer<typeof cadenceDueSchema>;

export const customerRiskSchema = z.object({
  customerId: z.string(),
  current: z.enum(RISK_CLASSES),
  since: z.string().nullable(),
  /** 四(3): more credit only in the normal class. */
  creditIncreaseAllowed: z.boolean(),
  /** Newest first. */
  history: z.array(classChangeSchema),
  /** The proposal awaiting review or decision, if any. */
  pending: proposalSchema.nullable(),
  /** Proposals that were refused, newest first. */
  rejected: z.array(proposalSchema),
  /** The follow-up cadence of the current class; null where the source sets none (class 3, normal). */
  cadence: cadenceStatusSchema.nullable(),
  /** The monthly 《客户风险排查表》 of the current class; null where the source sets none (class 3, normal). */
  screening: screeningStatusSchema.nullable(),
  /** Every form filed for this customer, newest month first. */
  screenings: z.array(screeningSchema),
});
export type CustomerRisk = z.infer<typeof customerRiskSchema>;

export const riskOverviewSchema = z.object({
  classes: z.array(z.object({ riskClass: z.enum(RISK_CLASSES), customers: z.array(z.object({ id: z.string(), name: z.string(), since: z.string() })) })),
  awaiting: z.array(proposalSchema),
});
export type RiskOverview = z.infer<typeof riskOverviewSchema>;

const stepInput = z.object({ proposalId: id, note: text(1000) }).strict();

export const riskClassesApi = {
  'riskClasses.get': method({ input: z.object({ customerId: id }).strict(), output: customerRiskSchema, access: 'customer.read', writes: false }),
  /** Classified customers by the day their next follow-up of 三、 falls due, overdue first. */
  'riskClasses.cadence': method({ input: z.object({}).strict(), output: z.array(cadenceDueSchema), access: 'customer.read', writes: false }),
  'riskClasses.overview': method({ input: z.object({}).strict(), output: riskOverviewSchema, access: 'customer.read', writes: false }),
  /** Access is any customer reader: the core refuses those without riskClass.propose with a reason naming who may. */
  'riskClasses.propose': method({ input: proposeSchema, output: proposalSchema, access: 'customer.read', writes: true }),
  'riskClasses.review': method({ input: stepInput, output: proposalSchema, access: 'customer.read', writes: true }),
  /** 三(一)1、三(二)1(4): one form a month per class 1 or 2 customer; the core refuses those without riskClass.propose. */
  'riskClasses.fileScreening': method({ input: fileScreeningSchema, output: screeningSchema, access: 'customer.read', writes: true }),
  'riskClasses.decide': method({ input: stepInput.extend({ approve: z.boolean() }).strict(), output: proposalSchema, access: 'customer.read', writes: true }),
};
