import { z } from 'zod';
import {
  CAPA_STATUSES,
  COMPENSATION_STATUSES,
  COMPENSATION_TYPES,
  GIFT_RATIOS,
  HARM_LEVELS,
  REPORT_SECTIONS,
  REPORT_SECTION_LABELS,
  REPORT_STATUSES,
  REVIEW_STEPS,
} from '../domain/case-records';
import { SANCTION_KINDS, SANCTION_MEASURES } from '../rules/sanction-measures';
import { id, isoInstant, optionalText, pastInstant, str } from './common';
import { method } from './define';

const version = z.number().int().min(0);
const bilingual = z.object({ zh: z.string(), en: z.string() });
/** Up to 2,000 characters, blank allowed (a draft may be incomplete). */
const draftText = str().trim().max(2000, '不能超过2000个字');
const requiredText = (what: string, max = 2000) => str().trim().min(1, `请填写${what}`).max(max, `${what}不能超过${max}个字`);
const yuan = z.number().min(0, '金额不能为负').max(100_000_000, '金额过大').multipleOf(0.01, '金额最多保留两位小数');

// ---------- 投诉调查报告 ----------

/**
 * Saves the report (a draft may be incomplete); `submit` hands it to the
 * manager (篇4 第十一条), which needs all five sections of 第十七条.
 * `version` is the report's version as seen (0 when there is none yet).
 */
export const saveReportSchema = z
  .object({
    complaintId: id,
    version,
    cause: draftText,
    course: draftText,
    responsiblePerson: str().trim().max(200, '不能超过200个字'),
    conclusion: draftText,
    countermeasures: draftText,
    /** 随同原投诉书一同交主管审核 (第十一条). */
    originalAttached: z.boolean(),
    submit: z.boolean(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (!value.submit) return;
    for (const section of REPORT_SECTIONS) {
      if (!value[section]) ctx.addIssue({ code: 'custom', path: [section], message: `提交前请填写「${REPORT_SECTION_LABELS[section].zh}」（篇4 第十七条）` });
    }
  });
export type SaveReportInput = z.input<typeof saveReportSchema>;

export const reviewReportSchema = z
  .object({
    complaintId: id,
    version: version.min(1),
    step: z.enum(REVIEW_STEPS),
    decision: z.enum(['approve', 'return']),
    /** The opinion; required to return (the reason) and for 行政人事部 (附具体意见); the core checks. */
    opinion: optionalText(2000),
  })
  .strict();
export type ReviewReportInput = z.input<typeof reviewReportSchema>;

export const reportStepSchema = z.object({
  step: z.enum(['submit', ...REVIEW_STEPS]),
  decision: z.enum(['submit', 'approve', 'return']),
  opinion: z.string().nullable(),
  byName: z.string(),
  at: z.string(),
  /** Each submission starts a round; the printed report signs the latest. */
  round: z.number().int(),
});
export type ReportStepRecord = z.infer<typeof reportStepSchema>;

export const reportSchema = z.object({
  id: z.string(),
  status: z.enum(REPORT_STATUSES),
  cause: z.string(),
  course: z.string(),
  responsiblePerson: z.string(),
  conclusion: z.string(),
  countermeasures: z.string(),
  originalAttached: z.boolean(),
  createdByName: z.string(),
  submittedByName: z.string().nullable(),
  submittedAt: z.string().nullable(),
  /** Why the last reviewer returned it, while it is a draft again. */
  returnReason: z.string().nullable(),
  round: z.number().int(),
  steps: z.array(reportStepSchema),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type InvestigationReport = z.infer<typeof reportSchema>;

// ---------- 补偿 ----------

export const addCompensationSchema = z
  .object({
    complaintId: id,
    type: z.enum(COMPENSATION_TYPES),
    /** 篇1 9.2.1: for a class A food complaint, how the consumer's health was affected (decides company approval). */
    harm: z.enum(HARM_LEVELS).optional(),
    giftRatio: z.union(GIFT_RATIOS.map((r) => z.literal(r)) as [z.ZodLiteral<10>, z.ZodLiteral<2>, z.ZodLiteral<1>]).optional(),
    defectiveQty: z.number().int('不良数量须为整数').min(1, '不良数量至少为1').max(1_000_000).optional(),
    amount: yuan.optional(),
    description: optionalText(1000),
    /** 以上特例可机动考虑 (篇1 9.2): why the ratio differs from the standard's. */
    specialCaseNote: optionalText(1000),
    /** Where the site's rules say nothing, the person may still ask for the company's approval (篇4 第十八条: the sales rules decide). */
    requestApproval: z.boolean().optional(),
    /** When it is promised to reach the customer; late delivery is itself a complaint (篇1 10.1.2.2 c)). */
    deliverBy: isoInstant.optional(),
  })
  .strict();
export type AddCompensationInput = z.input<typeof addCompensationSchema>;

export const decideCompensationSchema = z
  .object({ compensationId: id, version: version.min(1), approve: z.boolean(), note: optionalText(1000) })
  .strict();
export const deliverCompensationSchema = z.object({ compensationId: id, version: version.min(1), deliveredAt: pastInstant }).strict();

export const compensationSchema = z.object({
  id: z.string(),
  type: z.enum(COMPENSATION_TYPES),
  harm: z.enum(HARM_LEVELS).nullable(),
  giftRatio: z.number().int().nullable(),
  defectiveQty: z.number().int().nullable(),
  giftQty: z.number().int().nullable(),
  amount: z.number().nullable(),
  description: z.string().nullable(),
  specialCaseNote: z.string().nullable(),
  approvalRequired: z.boolean(),
  /** Why approval is (or is not) required: the rule's citation, or that the person asked for it. */
  approvalBasis: z.string().nullable(),
  status: z.enum(COMPENSATION_STATUSES),
  requestedByName: z.string(),
  requestedAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  deliverBy: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  /** Not delivered and past its promised time, as of now. */
  deliveryOverdue: z.boolean(),
  deliveredLate: z.boolean(),
  mayDecide: z.boolean(),
  mayDeliver: z.boolean(),
  version: z.number().int(),
});
export type Compensation = z.infer<typeof compensationSchema>;

/** 篇1 9.2 赔付标准 rows for the complaint's class (food-maker pack only). */
export const compensationStandardSchema = z.object({
  classCode: z.string(),
  rows: z.array(
    z.object({
      harm: z.enum([...HARM_LEVELS, 'notStated']),
      remedy: bilingual,
      ratio: z.number().int().nullable(),
      approvalRequired: z.boolean(),
      flexible: z.boolean(),
      source: z.string(),
    }),
  ),
});
export type CompensationStandard = z.infer<typeof compensationStandardSchema>;

// ---------- 纠正预防措施 ----------

export const addCapaSchema = z
  .object({
    complaintId: id,
    /** 问题描述 / 根本原因 (seed004 §E 5.3.3 根本原因, §J 4.3.5 问题描述). */
    problem: requiredText('问题及根本原因'),
    action: requiredText('纠正预防措施'),
    ownerId: id,
    dueAt: isoInstant,
  })
  .strict();
export type AddCapaInput = z.input<typeof addCapaSchema>;

export const completeCapaSchema = z.object({ capaId: id, version: version.min(1), note: requiredText('实施情况', 1000) }).strict();
export const verifyCapaSchema = z
  .object({
    capaId: id,
    version: version.min(1),
    effective: z.boolean(),
    note: requiredText('验证情况', 1000),
    /** Not effective: the action reopens with a new due time. */
    newDueAt: isoInstant.optional(),
  })
  .strict();

export const capaSchema = z.object({
  id: z.string(),
  problem: z.string(),
  action: z.string(),
  ownerId: z.string(),
  ownerName: z.string(),
  dueAt: z.string(),
  status: z.enum(CAPA_STATUSES),
  overdue: z.boolean(),
  createdByName: z.string(),
  createdAt: z.string(),
  implementedAt: z.string().nullable(),
  implementationNote: z.string().nullable(),
  reopenCount: z.number().int(),
  verifications: z.array(z.object({ byName: z.string(), at: z.string(), effective: z.boolean(), note: z.string() })),
  mayComplete: z.boolean(),
  mayVerify: z.boolean(),
  version: z.number().int(),
});
export type Capa = z.infer<typeof capaSchema>;

// ---------- 奖惩 ----------

export const addSanctionSchema = z
  .object({
    complaintId: id,
    personId: id,
    articleCode: str().min(1, '请选择依据条款').max(64),
    measure: z.enum(SANCTION_MEASURES),
    amount: yuan.optional(),
    points: z.number().int('扣分须为整数').min(1, '扣分至少为1').max(100).optional(),
    /** seed004 §M: the row (role) of the deduction table. */
    deductionRole: z.number().int().min(0).max(10).optional(),
    note: optionalText(1000),
    /** 篇6 第四十条 (an article with unitToo): the person's department, fined the same amount in the ledger. */
    chargeUnit: optionalText(100),
  })
  .strict();
export type AddSanctionInput = z.input<typeof addSanctionSchema>;

export const sanctionSchema = z.object({
  id: z.string(),
  personName: z.string(),
  kind: z.enum(SANCTION_KINDS),
  articleCode: z.string(),
  measure: z.enum(SANCTION_MEASURES),
  amount: z.number().nullable(),
  points: z.number().int().nullable(),
  deductionRole: bilingual.nullable(),
  note: z.string().nullable(),
  byName: z.string(),
  at: z.string(),
});
export type Sanction = z.infer<typeof sanctionSchema>;

/**
 * A sanction the store's own counts call for and nobody has recorded yet
 * (篇5 6.2: the third valid complaint in a year on the same head → 诫勉).
 */
export const dueSanctionSchema = z.object({
  articleCode: z.string(),
  personId: z.string(),
  personName: z.string(),
  count: z.number().int(),
  needed: z.number().int(),
  source: z.string(),
});
export type DueSanction = z.infer<typeof dueSanctionSchema>;

// ---------- everything on one case ----------

export const caseRecordsSchema = z.object({
  complaintId: z.string(),
  report: reportSchema.nullable(),
  compensations: z.array(compensationSchema),
  capas: z.array(capaSchema),
  sanctions: z.array(sanctionSchema),
  dueSanctions: z.array(dueSanctionSchema),
  /** What the signed-in user may do now (per-record rights are on each record). */
  may: z.object({
    editReport: z.boolean(),
    reviewStep: z.enum(REVIEW_STEPS).nullable(),
    addCompensation: z.boolean(),
    addCapa: z.boolean(),
    addSanction: z.boolean(),
  }),
  compensationStandard: compensationStandardSchema.nullable(),
  /** The citation when the site's rules require a GM-approved report before the customer is answered. */
  reportRequiredToResolve: z.string().nullable(),
});
export type CaseRecords = z.infer<typeof caseRecordsSchema>;

const byComplaint = z.object({ complaintId: id }).strict();

export const caseRecordsApi = {
  'caseRecords.get': method({ input: byComplaint, output: caseRecordsSchema, access: 'complaint.read', writes: false }),
  // Writers are checked in the core: a permission, or being the case's assignee; never the person complained about.
  'caseRecords.saveReport': method({ input: saveReportSchema, output: caseRecordsSchema, access: 'complaint.read', writes: true }),
  'caseRecords.reviewReport': method({ input: reviewReportSchema, output: caseRecordsSchema, access: 'complaint.read', writes: true }),
  'caseRecords.addCompensation': method({ input: addCompensationSchema, output: caseRecordsSchema, access: 'complaint.read', writes: true }),
  'caseRecords.decideCompensation': method({ input: decideCompensationSchema, output: caseRecordsSchema, access: 'compensation.approve', writes: true }),
  'caseRecords.deliverCompensation': method({ input: deliverCompensationSchema, output: caseRecordsSchema, access: 'complaint.read', writes: true }),
  'caseRecords.addCapa': method({ input: addCapaSchema, output: caseRecordsSchema, access: 'complaint.read', writes: true }),
  'caseRecords.completeCapa': method({ input: completeCapaSchema, output: caseRecordsSchema, access: 'complaint.read', writes: true }),
  'caseRecords.verifyCapa': method({ input: verifyCapaSchema, output: caseRecordsSchema, access: 'capa.verify', writes: true }),
  'caseRecords.addSanction': method({ input: addSanctionSchema, output: caseRecordsSchema, access: 'sanction.record', writes: true }),
};
