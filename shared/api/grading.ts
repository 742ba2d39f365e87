import { z } from 'zod';
import { DOCUMENT_DATE_FACTS, NOTIFIED_WAYS } from '../rules/clock-start';
import { MILESTONES, type Fact } from '../rules/pack-schema';
import { APPROVAL_STEPS } from '../rules/procedure-schema';
import { pastCalendarDay, str } from './common';

const text = z.object({ zh: z.string(), en: z.string() });

/** Why a step's clock started when it did (shared/rules/clock-start.ts ClockBasis). */
const clockBasisSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('from') }),
  z.object({ kind: z.literal('received') }),
  z.object({ kind: z.literal('notified'), party: z.string(), whom: z.string().nullable(), way: z.enum(NOTIFIED_WAYS).nullable() }),
  z.object({ kind: z.literal('document'), fact: z.enum(DOCUMENT_DATE_FACTS), date: z.string().nullable() }),
  z.object({ kind: z.literal('approval'), step: z.enum(APPROVAL_STEPS), roles: z.array(text), byName: z.string().nullable() }),
  z.object({ kind: z.literal('restarted'), reasonCode: z.string() }),
]);

/** The explained grading of one complaint (see shared/rules/grade.ts), plus any override by a person. */
export const gradeSchema = z.object({
  packId: z.string(),
  packVersion: z.string(),
  /** The class in force: the override when there is one, else the computed class. */
  classCode: z.string(),
  classLabel: text,
  computedClass: z.string(),
  override: z.object({ classCode: z.string(), reason: z.string(), byName: z.string() }).nullable(),
  criteria: z.array(
    z.object({
      id: z.string(),
      classCode: z.string(),
      label: text,
      source: z.string(),
      fired: z.boolean(),
      how: z.enum(['ticked', 'computed']),
      detail: z.string().optional(),
    }),
  ),
  deadlines: z.array(
    z.object({
      milestone: z.enum(MILESTONES),
      step: z.string(),
      label: text.optional(),
      source: z.string(),
      due: z.string().nullable(),
      provisional: z.boolean(),
      agreed: z.boolean(),
      pausedMinutes: z.number(),
      done: z.boolean(),
      overdue: z.boolean(),
      /** When the step's clock started, null while its start event is not recorded (shared/rules/clock-start.ts). */
      clockStartedAt: z.string().nullable().default(null),
      clockBasis: clockBasisSchema.default({ kind: 'from' }),
    }),
  ),
  /** Steps past their deadline. */
  overdue: z.array(z.string()),
  escalations: z.array(z.object({ code: z.string(), label: text, source: z.string(), detail: z.string() })),
  /** Invalid reasons the record's facts meet by themselves (seed002 客户管理制度6 1.1); ruling it invalid stays a person's step. */
  invalidReasons: z.array(z.object({ code: z.string(), label: text, source: z.string(), detail: z.string() })).default([]),
  notifications: z.array(z.object({ notify: z.array(text), confirmByPhone: z.boolean(), source: z.string() })),
});
export type Grade = z.infer<typeof gradeSchema>;

/**
 * Facts only some packs read, each with the range the source allows. The form
 * shows the ones the site's pack reads (see `packFactsReadBy`).
 */
export const packFactsSchema = z
  .object({
    /** Share of a delivered batch found defective, 0–1 (seed004 §I 批量程度: 不良率30%以上). */
    defectiveShare: z.number().min(0).max(1).optional(),
    /** Minutes late for the agreed visit (seed001 S15 3.1.1 d). */
    appointmentLateMinutes: z.number().int().min(0).max(100_000).optional(),
    /** Call-back answer: 1 非常满意, 2 满意, 3 可理解/接受, 4 不满意, 5 很不满意 (seed002 客户管理制度14). */
    satisfaction: z.number().int().min(1).max(5).optional(),
    injuredCount: z.number().int().min(0).max(100_000).optional(),
    treatmentWorkingDays: z.number().int().min(0).max(100_000).optional(),
    leaveMonths: z.number().min(0).max(1_200).optional(),
    strikeHeadcount: z.number().int().min(0).max(1_000_000).optional(),
    /** Cases (箱) of the batch complained about (seed003 篇1 10.1.1.1 g: >20箱为批量). */
    batchCases: z.number().int().min(0).max(10_000_000).optional(),
    /** End users with a similar complaint about the same batch (seed004 §M 二.(一)⑵). */
    sameBatchEndUsers: z.number().int().min(0).max(1_000_000).optional(),
    /** The day the customer received the test report (seed002 客户管理制度6 1.1: 接到测试报告后十日内申诉), YYYY-MM-DD. */
    testReportReceivedOn: pastCalendarDay.optional(),
  })
  .strict();
export type PackFacts = z.infer<typeof packFactsSchema>;
export const PACK_FACTS = packFactsSchema.keyof().options;
export type PackFact = (typeof PACK_FACTS)[number];
/** Pack facts that are a date, asked where the pack reads the number of days the app derives from them. */
export const PACK_DATE_FACTS = ['testReportReceivedOn'] as const satisfies readonly PackFact[];
export type PackDateFact = (typeof PACK_DATE_FACTS)[number];
export const isPackDateFact = (fact: string): fact is PackDateFact => (PACK_DATE_FACTS as readonly string[]).includes(fact);
/** The date a derived fact counts from: the form asks the date wherever the pack reads the days. */
export const DATE_INPUT_OF: Partial<Record<Fact, PackDateFact>> = { appealDaysAfterReport: 'testReportReceivedOn' };
/** The pack facts that are numbers. */
export const NUMERIC_PACK_FACTS = PACK_FACTS.filter((fact): fact is Exclude<PackFact, PackDateFact> => !isPackDateFact(fact));

/** Facts of a complaint that rule packs grade on; all optional at intake. */
export const gradingFactsInput = {
  /** 直接经济损失, 元 */
  directLoss: z.number().min(0).max(1e10).optional(),
  /** Persons complaining together (群体投诉). */
  groupSize: z.number().int().min(1).max(1_000_000).optional(),
  /** Share of customers affected, 0–1 (篇6 第十三条 第二类(四)). */
  affectedShare: z.number().min(0).max(1).optional(),
  mediaInvolved: z.boolean().optional(),
  regulatorInvolved: z.boolean().optional(),
  /** Ids of the site pack's criteria a person ticked. */
  tickedCriteria: z.array(str().max(64)).max(50).optional(),
  packFacts: packFactsSchema.optional(),
  /** What "the same problem" is for repeat rules, e.g. a defect code or product + fault; compared exactly. */
  problemCode: str().trim().max(64).optional(),
};
