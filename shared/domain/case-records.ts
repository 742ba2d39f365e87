import type { Permission } from './roles';

/**
 * The records the sources name around one case, beyond the handling loop:
 * the investigation report and its review chain (seed003 篇4), compensation
 * (篇1 9.2, 篇4 第十八条, 篇5 6.4), corrective and preventive actions (篇1 6.7/7.4,
 * seed001 S4 6.6, S15 4.1 g), seed004 §E 5.3.3) and penalties and rewards
 * (their articles are in ./sanction-articles.ts). Labels are data here, each
 * beside its citation, so the screens and the printed forms say the same.
 */

export interface Bilingual {
  zh: string;
  en: string;
}

// ---------- 投诉调查报告 (seed003 篇4 第十一条、第十二条、第十七条) ----------

/** 第十七条: 调查报告内容包括发生原因、具体经过、具体责任者、结论、对策和防范措施. All five are needed to submit. */
export const REPORT_SECTIONS = ['cause', 'course', 'responsiblePerson', 'conclusion', 'countermeasures'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const REPORT_SECTION_LABELS: Record<ReportSection, Bilingual> = {
  cause: { zh: '发生原因', en: 'Cause' },
  course: { zh: '具体经过', en: 'Course of events' },
  responsiblePerson: { zh: '具体责任者', en: 'Person responsible' },
  conclusion: { zh: '结论', en: 'Conclusion' },
  countermeasures: { zh: '对策和防范措施', en: 'Countermeasures and preventive measures' },
};
export const REPORT_SECTIONS_SOURCE = 'seed003 篇4 第十七条';

/**
 * Where a report stands. 第十一条: 受理部门 fills it and hands it, with the original
 * complaint letter, to its manager (主管审核), then to 行政人事部; 第十二条: 行政人事部
 * reviews it, attaches its opinion (附具体意见) and submits it to the GM (总经理批阅).
 */
export const REPORT_STATUSES = ['draft', 'manager_review', 'admin_hr_review', 'gm_approval', 'approved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The review steps after submission, in order. */
export const REVIEW_STEPS = ['managerReview', 'adminHrOpinion', 'gmApproval'] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];

export interface ReviewStepRule {
  /** The report must be in this state for the step. */
  from: ReportStatus;
  /** Where approval leads; a return always leads back to draft with the reason. */
  approvedTo: ReportStatus;
  permission: Permission;
  /** 行政人事部 must attach its opinion (附具体意见), so the opinion is required even when it passes the report on. */
  opinionRequired: boolean;
  label: Bilingual;
  source: string;
}

export const REVIEW_CHAIN: Record<ReviewStep, ReviewStepRule> = {
  managerReview: {
    from: 'manager_review',
    approvedTo: 'admin_hr_review',
    permission: 'report.managerReview',
    opinionRequired: false,
    label: { zh: '主管审核', en: 'Manager review' },
    source: 'seed003 篇4 第十一条',
  },
  adminHrOpinion: {
    from: 'admin_hr_review',
    approvedTo: 'gm_approval',
    permission: 'report.adminHrOpinion',
    opinionRequired: true,
    label: { zh: '行政人事部意见', en: 'Administration & HR opinion' },
    source: 'seed003 篇4 第十二条',
  },
  gmApproval: {
    from: 'gm_approval',
    approvedTo: 'approved',
    permission: 'report.gmApprove',
    opinionRequired: false,
    label: { zh: '总经理批阅', en: 'General manager’s approval' },
    source: 'seed003 篇4 第十二条',
  },
};

/** The review step a report in this state waits for, or null (a draft waits for submission; an approved one for nothing). */
export function pendingStep(status: ReportStatus): ReviewStep | null {
  return REVIEW_STEPS.find((step) => REVIEW_CHAIN[step].from === status) ?? null;
}

/**
 * Rule packs under which the customer may be answered (resolve) only after the
 * GM has approved the report: 篇4 第十三条、第十四条 form the handling opinion from
 * 行政人事部's reply to the GM-approved report, and only then does 营运部客服 answer.
 */
export const REPORT_REQUIRED_TO_RESOLVE: Readonly<Record<string, string>> = {
  'retail-chain-p4': 'seed003 篇4 第十一条–第十四条',
};

// ---------- 补偿 / 赔付 ----------

/** What is given to the customer, exactly as the sources list it. */
export const COMPENSATION_TYPES = ['visit', 'medical_costs', 'consolation_gift', 'apology', 'gift_products', 'discount', 'damages', 'advance_payment'] as const;
export type CompensationType = (typeof COMPENSATION_TYPES)[number];

export const COMPENSATION_TYPE_INFO: Record<CompensationType, { label: Bilingual; source: string; amount: 'required' | 'optional' | 'none'; quantities: boolean }> = {
  visit: { label: { zh: '诚挚拜访', en: 'Sincere visit' }, source: 'seed003 篇1 9.2.1 a) b)', amount: 'none', quantities: false },
  medical_costs: { label: { zh: '支付实际医疗检查费用', en: 'Actual medical examination costs' }, source: 'seed003 篇1 9.2.1 a) b)', amount: 'required', quantities: false },
  consolation_gift: { label: { zh: '赠送慰问品', en: 'Consolation gift' }, source: 'seed003 篇1 9.2.1 a)', amount: 'optional', quantities: false },
  apology: { label: { zh: '致电致函道歉', en: 'Apology by phone or letter' }, source: 'seed003 篇1 9.2.1 c), 9.2.2 a), 9.2.3 a)', amount: 'none', quantities: false },
  gift_products: {
    label: { zh: '按比例赠送礼品（豆制品）', en: 'Gift products at a ratio' },
    source: 'seed003 篇1 9.2.1 c), 9.2.2 a), 9.2.3 a)',
    amount: 'none',
    quantities: true,
  },
  discount: { label: { zh: '折价', en: 'Discount' }, source: 'seed003 篇4 第十八条', amount: 'required', quantities: false },
  damages: { label: { zh: '赔偿', en: 'Damages' }, source: 'seed003 篇4 第二条、第十八条', amount: 'required', quantities: false },
  advance_payment: { label: { zh: '先行赔付', en: 'Advance payment' }, source: 'seed003 篇5 6.4', amount: 'required', quantities: false },
};

/** 篇1 9.2: 1:10 (A, no harm), 1:2 (B), 1:1 (C); gifted units per defective unit. */
export const GIFT_RATIOS = [10, 2, 1] as const;
export type GiftRatio = (typeof GIFT_RATIOS)[number];

/** 篇1 9.2.1 a)–c): how the consumer's health was affected; B and C refer back to 9.1 and do not say. */
export const HARM_LEVELS = ['serious', 'notSerious', 'none'] as const;
export type HarmLevel = (typeof HARM_LEVELS)[number];
export const HARM_LABELS: Record<HarmLevel | 'notStated', Bilingual> = {
  serious: { zh: '对消费者健康造成严重伤害', en: 'Serious harm to the consumer’s health' },
  notSerious: { zh: '对消费者健康未造成严重伤害', en: 'No serious harm to the consumer’s health' },
  none: { zh: '对消费者健康未造成伤害', en: 'No harm to the consumer’s health' },
  notStated: { zh: '（标准未区分）', en: '(not distinguished by the standard)' },
};

export const COMPENSATION_STATUSES = ['pending_approval', 'approved', 'refused', 'not_required'] as const;
export type CompensationStatus = (typeof COMPENSATION_STATUSES)[number];

/** 篇1 10.1.2.2 c): compensation products not delivered in time are themselves a channel complaint, class B. */
export const LATE_DELIVERY_SOURCE = 'seed003 篇1 10.1.2.2 c)（CB-c 对客户补偿的成品未及时配送至客户处）';

/** Gifted units for a defective quantity at a ratio (篇1 9.2: 1:N means N gifted units per defective unit). */
export function giftQuantity(defectiveQty: number, ratio: GiftRatio): number {
  return defectiveQty * ratio;
}

// ---------- 纠正预防措施 ----------

/**
 * open → implemented (the owner reports it done) → effective (verified). A
 * verification that finds it not effective sends it back to open with a new
 * due time (seed004 §E 5.3.3: a plan that does not pass goes back to be
 * re-analysed; seed001 S15 4.1 g): confirm the effect of the countermeasures).
 */
export const CAPA_STATUSES = ['open', 'implemented', 'effective'] as const;
export type CapaStatus = (typeof CAPA_STATUSES)[number];
export const CAPA_SOURCE = 'seed003 篇1 6.7、7.4; seed001 S4 6.6, S15 4.1 g); seed004 §E 5.3.3';
