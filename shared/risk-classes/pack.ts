import type { ChoiceNote } from '../sources/choice-note';

/**
 * Risk classes of credit customers (授信客户风险分类), seed000 第二篇
 * 《中信银行绍兴分行授信客户风险防控和化解管理办法》: the three classes and the
 * criteria of 一、客户分类的标准, the procedure of 二、认定程序, the measures of
 * 三、管理的要求和职责 and the rules of 四、动态管理要求, as cited data.
 *
 * The source states no number. What it names that the app can hold as a
 * recorded fact (the five-level class, the early-warning state, overdue days,
 * interest in arrears, advances on off-balance-sheet credit) is a COMPUTED
 * predicate over those facts; everything else ("清偿性危机", "主业经营状况不佳"…)
 * is a JUDGEMENT the proposer records with a reason, and the record keeps who
 * and when.
 */

export const RISK_CLASS_PACK_ID = 'seed000-p2-risk-classes';
/** Raised whenever a criterion, rule or measure below changes: every class change keeps the version it was decided under. */
export const RISK_CLASS_PACK_VERSION = '1';

const S = 'seed000 第二篇';
/** The document the whole pack rests on. */
export const RISK_CLASS_PACK_SOURCE = S;

/** 'normal' is a credit customer in none of the three classes (四(3) 调整为正常类). */
export const RISK_CLASSES = ['class1', 'class2', 'class3', 'normal'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];
/** Most severe first: a customer meeting criteria of several classes is put in the most severe one (一(二)4、5 “除列入第一类的客户外”). */
export const SEVERITY_ORDER: readonly RiskClass[] = ['class1', 'class2', 'class3', 'normal'];

/** 五级分类: 正常、关注 and the last three (后三类) 次级、可疑、损失. */
export const FIVE_LEVELS = ['normal', 'special_mention', 'substandard', 'doubtful', 'loss'] as const;
export type FiveLevel = (typeof FIVE_LEVELS)[number];
export const LAST_THREE_LEVELS: readonly FiveLevel[] = ['substandard', 'doubtful', 'loss'];

/** 预警管理: not listed, listed (已列入预警管理), or lifted (解除预警, 四(2)). */
export const WARNING_STATES = ['none', 'active', 'lifted'] as const;
export type WarningState = (typeof WARNING_STATES)[number];

/** The facts the proposer records for a customer; every computed predicate reads only these. */
export interface RiskFacts {
  fiveLevel: FiveLevel | null;
  warning: WarningState;
  /** Days principal or interest is past due (贷款不能按时还本付息、已发生逾期). */
  overdueDays: number;
  /** 元 of interest in arrears (欠息). */
  interestArrears: number;
  /** 元 the bank advanced on off-balance-sheet credit (表外授信出现垫款). */
  advances: number;
}

export const COMPUTED_PREDICATES = ['fiveLevelLastThree', 'fiveLevelSpecialMention', 'onWarning', 'overdue', 'interestInArrears', 'offBalanceAdvance'] as const;
export type ComputedPredicate = (typeof COMPUTED_PREDICATES)[number];

export const JUDGEMENTS = [
  'exitByCollection',
  'solvencyCrisis',
  'otherBanksOnlyCollect',
  'managersArrestedOrMissing',
  'litigation',
  'accountsFrozen',
  'poorMainBusiness',
  'riskSignsShown',
  'weakGuarantee',
] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

interface Bilingual {
  zh: string;
  en: string;
}

/** One criterion: met when its computed predicate holds (if it has one) and its judgement is recorded (if it has one). */
export interface RiskCriterion {
  id: string;
  riskClass: Exclude<RiskClass, 'normal'>;
  source: string;
  label: Bilingual;
  computed?: ComputedPredicate;
  judgement?: Judgement;
}

export const RISK_CRITERIA: readonly RiskCriterion[] = [
  { id: 'c1.1', riskClass: 'class1', source: `${S} 一(一)1`, computed: 'fiveLevelLastThree', judgement: 'exitByCollection', label: { zh: '五级分类已列入后三类，需通过清收退出', en: 'In the last three of the five-level classification and to exit through collection' } },
  { id: 'c1.2', riskClass: 'class1', source: `${S} 一(一)2`, computed: 'onWarning', judgement: 'solvencyCrisis', label: { zh: '已列为预警客户，出现清偿性危机', en: 'An early-warning customer with a repayment crisis' } },
  { id: 'c2.1a', riskClass: 'class2', source: `${S} 一(二)1`, computed: 'overdue', label: { zh: '贷款不能按时还本付息，已发生逾期', en: 'Principal or interest not repaid on time (overdue)' } },
  { id: 'c2.1b', riskClass: 'class2', source: `${S} 一(二)1`, computed: 'interestInArrears', label: { zh: '已发生欠息', en: 'Interest in arrears' } },
  { id: 'c2.1c', riskClass: 'class2', source: `${S} 一(二)1`, computed: 'offBalanceAdvance', label: { zh: '表外授信出现垫款', en: 'Advances on off-balance-sheet credit' } },
  { id: 'c2.1d', riskClass: 'class2', source: `${S} 一(二)1`, judgement: 'otherBanksOnlyCollect', label: { zh: '其他银行只收不放', en: 'Other banks only collect and no longer lend' } },
  { id: 'c2.2a', riskClass: 'class2', source: `${S} 一(二)2`, judgement: 'managersArrestedOrMissing', label: { zh: '法定代表人或高管人员被捕、失踪', en: 'Legal representative or senior managers arrested or missing' } },
  { id: 'c2.2b', riskClass: 'class2', source: `${S} 一(二)2`, judgement: 'litigation', label: { zh: '企业涉及法律诉讼', en: 'The enterprise is involved in litigation' } },
  { id: 'c2.2c', riskClass: 'class2', source: `${S} 一(二)2`, judgement: 'accountsFrozen', label: { zh: '账户被查封或冻结', en: 'Accounts sealed or frozen' } },
  { id: 'c2.3', riskClass: 'class2', source: `${S} 一(二)3`, judgement: 'poorMainBusiness', label: { zh: '主业经营状况不佳、现金流不充裕、受担保链影响、存在重大风险隐患、出现明显预警信号', en: 'Poor main business, short cash flow, hit by a guarantee chain, major hidden risk or clear warning signals' } },
  { id: 'c2.4', riskClass: 'class2', source: `${S} 一(二)4`, computed: 'fiveLevelLastThree', label: { zh: '五级分类列入后三类（除列入第一类的客户外）', en: 'In the last three of the five-level classification (unless class 1)' } },
  { id: 'c2.5', riskClass: 'class2', source: `${S} 一(二)5`, computed: 'onWarning', label: { zh: '已列入预警管理（除列入第一类的客户外）', en: 'Under early-warning management (unless class 1)' } },
  { id: 'c3.1', riskClass: 'class3', source: `${S} 一(三)1`, judgement: 'riskSignsShown', label: { zh: '还本付息正常，但经营困难或风险苗头已经显现（销售放缓、利润下滑、库存上升、应收账款增加、负债率居高不下、投资过度、资金紧张、主业不突出、有民间借贷嫌疑、企业高管有不良行为等）', en: 'Repaying normally, but difficulties or risk signs show (slowing sales, falling profit, rising stock or receivables, persistently high leverage, over-investment, tight funds, unfocused main business, suspected informal lending, misconduct of senior managers…)' } },
  { id: 'c3.2', riskClass: 'class3', source: `${S} 一(三)2`, judgement: 'weakGuarantee', label: { zh: '自身经营正常，风险程度较低，但担保措施较弱', en: 'Operating normally at low risk, but with weak guarantees' } },
  { id: 'c3.3', riskClass: 'class3', source: `${S} 一(三)3`, computed: 'fiveLevelSpecialMention', label: { zh: '五级分类已列入关注类', en: 'In the special-mention class of the five-level classification' } },
];

export const RISK_CLASS_LABELS: Record<RiskClass, Bilingual> = {
  class1: { zh: '第一类（退出管理）', en: 'Class 1 (exit management)' },
  class2: { zh: '第二类（预警管理）', en: 'Class 2 (early-warning management)' },
  class3: { zh: '第三类（观察类）', en: 'Class 3 (observation)' },
  normal: { zh: '正常类（未分入三类）', en: 'Normal (in none of the three classes)' },
};

/** The management measures of 三、 per class, shown with the class. */
export const RISK_CLASS_MEASURES: Record<RiskClass, readonly { source: string; text: Bilingual }[]> = {
  class1: [
    { source: `${S} 三(一)`, text: { zh: '实施退出管理；成立风险化解和处置工作小组（分行领导任组长，机构负责人、主办客户经理、分管信审员）', en: 'Exit management; a risk resolution and disposal group (a branch leader heads it, with the institution head, the lead account manager and the credit reviewer)' } },
    { source: `${S} 三(一)1`, text: { zh: '主办客户经理每周至少一次实地走访企业，按月上报《客户风险排查表》，写出授信客户风险状况和处置情况报告', en: 'The lead account manager visits the enterprise at least once a week, files the customer risk screening form monthly and reports on the risk and its disposal' } },
    { source: `${S} 三(一)2`, text: { zh: '分管信审员督促客户经理按月完成贷后管理和五级分类', en: 'The credit reviewer sees that post-loan management and the five-level classification are done monthly' } },
    { source: `${S} 三(一)5`, text: { zh: '分行风险管理委员会形成风险化解实施方案：定人员、定时间、定进度、定措施', en: 'The branch risk committee sets the resolution plan: fixed persons, time, progress and measures' } },
    { source: `${S} 四(1)`, text: { zh: '不再上调分类类别', en: 'The class is never moved up again' } },
  ],
  class2: [
    { source: `${S} 三(二)`, text: { zh: '实施预警管理；成立风险防控小组（支行行长、支行分管行长、信贷管理部或风险管理部人员、主办客户经理）；按月召开动态分析会', en: 'Early-warning management; a risk control group (sub-branch president and vice-president, credit or risk department staff, the lead account manager); a dynamic analysis meeting every month' } },
    { source: `${S} 三(二)1`, text: { zh: '及时填报《预警信号报告及处理表》并登录信贷管理系统；按月贷后检查，按月上报《客户风险排查表》，分析资金链、经营链、投资链、担保链，写出风险评估报告', en: 'Fill in the warning-signal report and handling form and enter it in the credit system; monthly post-loan inspection and risk screening form, analysing the funding, operating, investment and guarantee chains, with a risk assessment report' } },
    { source: `${S} 三(二)2`, text: { zh: '机构负责人或分管行长每月组织召开预警客户情况分析会', en: 'The institution head or vice-president holds a warning-customer meeting every month' } },
    { source: `${S} 四(2)`, text: { zh: '解除预警后才能调整类别', en: 'The class may change only after the warning is lifted' } },
  ],
  class3: [
    { source: `${S} 三(三)`, text: { zh: '观察类：根据风险状况采取调整担保结构、压缩、退出和维持授信等措施；成立风险排查小组（经办机构行长或分管行长，主办、协办客户经理）', en: 'Observation: adjust the guarantee structure, reduce, exit or keep the credit as the risk requires; a risk screening group (institution president or vice-president, lead and assisting account managers)' } },
    { source: `${S} 三(三)1`, text: { zh: '动态排查资金链、经营链、投资链、担保链；强化第二还款来源；形成书面的授信方案调整意见', en: 'Screen the four chains continuously; strengthen the second repayment source; a written opinion on adjusting the credit plan' } },
    { source: `${S} 四(3)`, text: { zh: '如需增加授信，须按程序上报调整理由，调整为正常类后方可增加授信', en: 'More credit only after reclassification to normal, with the reasons reported through the procedure' } },
  ],
  normal: [],
};

/**
 * 二、认定程序 and 四(3): 业务主办机构 proposes with reasons; 信贷管理部 with 风险管理部 give the review opinion; 分行信审会 decides.
 * The app's roles for each step (shared/domain/roles.ts): the outlet's head or a department head proposes; a
 * department head or the station lead reviews (not the proposer); the leader in charge decides for the committee.
 */
export const RISK_CLASS_STEPS = {
  propose: { source: `${S} 二(一)`, permission: 'riskClass.propose', who: { zh: '站长/网点负责人或部门负责人（业务主办机构）', en: 'the station lead or a unit head (the lead business institution)' } },
  review: { source: `${S} 二(二)、四(3)`, permission: 'riskClass.review', who: { zh: '部门负责人或站长（信贷管理部会同风险管理部审核），且非提出人', en: 'a unit head or the station lead (the credit and risk departments’ review), not the proposer' } },
  decide: { source: `${S} 二(三)、四(3)`, permission: 'riskClass.decide', who: { zh: '分管领导（分行信审会审议确定）', en: 'the leader in charge (for the branch credit review committee)' } },
} as const;

/** Where the source is silent or ambiguous, what the app decided. */
export const RISK_CLASS_CHOICES: Record<'noNumbers' | 'classTwoToOne' | 'notLimited', ChoiceNote> = {
  noNumbers: {
    zh: '原文未给出任何数值：逾期、欠息、垫款以“已发生”为准（逾期≥1天、欠息或垫款>0元即成立），其余情形由提出人判断并写明理由。',
    en: 'The source gives no figures: overdue, arrears and advances count once they occur (1 day overdue, any amount above 0); every other case is the proposer’s judgement with a reason.',
  },
  classTwoToOne: {
    zh: '四(2)“解除预警后才能调整类别”：调入第一类不受此限，因一(一)2 本身要求客户仍在预警中。',
    en: '四(2) "only after the warning is lifted": moving to class 1 is exempt, since 一(一)2 itself requires the customer to be under warning.',
  },
  notLimited: {
    zh: '原文为“出现但不限于以下情形之一”：未满足任何列明情形也可提出分类，但须写明理由，并显示按列明情形计算的类别。',
    en: 'The source says "any of the following, but not limited to": a class may be proposed without a listed case, with a reason, beside the class the listed cases give.',
  },
};
