import type { ChoiceNote } from '../sources/choice-note';

/**
 * The customer credit grading (客户ABC信用等级评定) of seed002 客户管理制度3
 * (客户信用管理制度, 第三章 and 第四章) as cited data: each A criterion (第十五条,
 * all must hold) and each C trigger (第十六条, any one forces C), B for the rest
 * (第十七条), the credit each grade may get (第二十六条–第二十八条), how often a
 * grading is reviewed (第十二条, 第三十八条) and who proposes, reviews and
 * approves it (第十九条). Where the source states a number (one year, two
 * years, two consecutive years) the criterion is computed from what the
 * grader enters; where it gives none it is a recorded judgement (a tick with
 * who and when). Evaluation: shared/credit/credit-grading.ts.
 */

const S = 'seed002 客户管理制度3';

export type CreditGrade = 'A' | 'B' | 'C';

/** The quantities a computed criterion reads (CreditInputs in credit-grading.ts). */
export type CreditComputation = 'cooperationYears' | 'noBreachWithinYears' | 'breachWithinYears' | 'goodOperatingYears';

export interface CreditCriterion {
  id: string;
  /** 'A': must hold for A (第十五条); 'C': forces C when it holds (第十六条). */
  grade: 'A' | 'C';
  label: { zh: string; en: string };
  source: string;
  /** Present: computed from the entered quantities against `years`; absent: a judgement ticked by a person. */
  computed?: { from: CreditComputation; years: number };
  choice?: ChoiceNote;
}

const WITHIN_TWO_YEARS: ChoiceNote = {
  zh: '“过去2年内”按评定日往前推满2年计算，正好2年前那一天发生的仍算在2年内。录入最近一次不良欠款、欠货或严重违约的日期；没有发生过就不填。',
  en: '"In the past 2 years" counts back two full years from the grading day; an event on the very day two years before still falls within them. Enter the day of the most recent bad arrears, undelivered goods or serious breach; leave it empty when there was none.',
};

export const CREDIT_CRITERIA: readonly CreditCriterion[] = [
  { id: 'A1', grade: 'A', label: { zh: '双方业务合作一年或以上', en: 'Business cooperation for one year or more' }, source: `${S} 第十五条(1)`, computed: { from: 'cooperationYears', years: 1 }, choice: { zh: '从录入的开始合作日期算到评定日，满1年（同月同日）即符合。', en: 'Counted from the entered start of cooperation to the grading day; one full year (the same month and day) meets it.' } },
  { id: 'A2', grade: 'A', label: { zh: '过去2年内与我方合作没有发生不良欠款、欠货和其他严重违约行为', en: 'No bad arrears, undelivered goods or other serious breach with us in the past 2 years' }, source: `${S} 第十五条(2)`, computed: { from: 'noBreachWithinYears', years: 2 }, choice: WITHIN_TWO_YEARS },
  { id: 'A3', grade: 'A', label: { zh: '守法经营、严格履约、信守承诺', en: 'Operates lawfully, performs contracts strictly, keeps promises' }, source: `${S} 第十五条(3)` },
  { id: 'A4', grade: 'A', label: { zh: '最近连续2年经营状况良好', en: 'Good operations for the last 2 consecutive years' }, source: `${S} 第十五条(4)`, computed: { from: 'goodOperatingYears', years: 2 }, choice: { zh: '录入最近连续经营状况良好的年数（按年度判断，是否“良好”由评定人判断），不少于2年即符合。', en: 'Enter how many of the most recent years in a row operations were good (whether a year was "good" is the grader\'s judgement); two or more meets it.' } },
  { id: 'A5', grade: 'A', label: { zh: '资金实力雄厚、偿债能力强', en: 'Strong capital and strong ability to pay debts' }, source: `${S} 第十五条(5)` },
  { id: 'A6', grade: 'A', label: { zh: '年度回款、发货达到我公司制定的标准', en: 'Annual payments and shipments reach the company\'s standard' }, source: `${S} 第十五条(6)`, choice: { zh: '标准由公司自行制定，制度没有给出数字，所以由评定人对照本公司标准判断。', en: 'The company sets the standard itself and the rules give no figure, so the grader judges it against the company\'s own standard.' } },
  { id: 'C1', grade: 'C', label: { zh: '过往2年内与我方合作曾发生过不良欠款、欠货或其他严重违约行为', en: 'Bad arrears, undelivered goods or another serious breach with us in the past 2 years' }, source: `${S} 第十六条(1)`, computed: { from: 'breachWithinYears', years: 2 }, choice: WITHIN_TWO_YEARS },
  { id: 'C2', grade: 'C', label: { zh: '经常不兑现承诺', en: 'Often fails to keep promises' }, source: `${S} 第十六条(2)` },
  { id: 'C3', grade: 'C', label: { zh: '出现不良债务纠纷，或严重的转移资产行为', en: 'Bad debt disputes, or serious transfer of assets' }, source: `${S} 第十六条(3)` },
  { id: 'C4', grade: 'C', label: { zh: '资金实力不足，偿债能力较差', en: 'Insufficient capital, poor ability to pay debts' }, source: `${S} 第十六条(4)` },
  { id: 'C5', grade: 'C', label: { zh: '生产、经营状况不良，严重亏损，或营业额持续多月下滑', en: 'Poor production or operations, serious losses, or turnover falling for many months' }, source: `${S} 第十六条(5)`, choice: { zh: '“持续多月”没有给出月数，由评定人判断。', en: '"For many months" gives no number of months; the grader judges it.' } },
  { id: 'C6', grade: 'C', label: { zh: '最近对方产品生产、销售出现连续严重下滑现象，或有不公正行为', en: 'Recent continuous serious decline of its production or sales, or unfair conduct' }, source: `${S} 第十六条(6)` },
  { id: 'C7', grade: 'C', label: { zh: '发现有严重违法经营现象', en: 'Serious illegal operation found' }, source: `${S} 第十六条(7)` },
  { id: 'C8', grade: 'C', label: { zh: '出现国家机关责令停业、整改情况', en: 'Ordered by state authorities to stop business or rectify' }, source: `${S} 第十六条(8)` },
  { id: 'C9', grade: 'C', label: { zh: '有被查封、冻结银行账号危险的', en: 'At risk of its bank accounts being sealed or frozen' }, source: `${S} 第十六条(9)` },
];

/** 第八条's investigation points (客户资信调查内容), as the 客户信用调查评定表 lists them. */
export const INVESTIGATION_ITEMS: readonly { item: number; label: { zh: string; en: string } }[] = [
  { item: 1, label: { zh: '客户基本信息', en: 'Basic customer information' } },
  { item: 2, label: { zh: '主要股东及法定代表人和主要负责人', en: 'Main shareholders, legal representative and principal managers' } },
  { item: 3, label: { zh: '主要往来结算银行账户', en: 'Main settlement bank accounts' } },
  { item: 4, label: { zh: '企业基本经营状况', en: 'Basic business operations' } },
  { item: 5, label: { zh: '企业财务状况', en: 'Financial condition' } },
  { item: 6, label: { zh: '本公司与该客户的业务往来情况', en: 'Business dealings between our company and the customer' } },
  { item: 7, label: { zh: '该客户的业务信用记录', en: 'The customer\'s business credit record' } },
  { item: 8, label: { zh: '其他需调查的事项', en: 'Other matters to investigate' } },
];

/** 第十八条: new customers and those with key data missing are not graded A. */
export const KEY_DATA_RULE = {
  source: `${S} 第八条、第十八条`,
  keyItems: [1, 2, 3, 4, 5, 6, 7] as readonly number[],
  choice: {
    zh: '制度没有说哪些是“关键资料”：本程序把第八条第1–7项都算作关键资料，第8项“其他需调查的事项”不算。“新开发客户”即合作不满1年，与第十五条(1)同一算法。',
    en: 'The rules do not say which data are "key": the app counts 第八条 items 1–7 as key and item 8 ("other matters") as not. A "new" customer is one with less than a year of cooperation, computed as 第十五条(1).',
  },
} as const;

export interface GradeCredit {
  grade: CreditGrade;
  label: { zh: string; en: string };
  source: string;
  /** Months between reviews without a credit limit (第十二条: the credit data and the form are renewed every quarter). */
  reviewMonths: number;
  /** Months between reviews while the customer holds a credit limit (第三十八条、第四十条: monthly checks and the monthly execution form). */
  reviewMonthsWithCredit: number;
  /** Days of the payment/delivery term of long-term and temporary credit; 0: no credit. */
  longTermDays: number;
  temporaryDays: number;
  rule: { zh: string; en: string };
  choice?: ChoiceNote;
}

const TERM_CHOICE: ChoiceNote = { zh: '“1个月”按30天计。', en: '"1 month" is counted as 30 days.' };

export const GRADE_CREDIT: Record<CreditGrade, GradeCredit> = {
  A: {
    grade: 'A',
    label: { zh: '信用A级（高）', en: 'Credit grade A (high)' },
    source: `${S} 第十四条、第十五条、第二十六条`,
    reviewMonths: 3,
    reviewMonthsWithCredit: 1,
    longTermDays: 30,
    temporaryDays: 30,
    rule: {
      zh: '无预付、赊销记录的客户原则上不授信，特殊情况经营销副总、财务总监、总经理审批可临时授信，额度不超过平均月回款额；已有预付、赊销的客户可长期授信，额度不超过平均月发货量和回款额；期限均在1个月以内。',
      en: 'A customer without prepayment or credit sales gets no credit in principle; in special cases, approved by the sales VP, CFO and GM, temporary credit up to the average monthly payment; a customer with prepayment or credit sales may get long-term credit up to its average monthly shipments and payments; terms within 1 month.',
    },
    choice: TERM_CHOICE,
  },
  B: {
    grade: 'B',
    label: { zh: '信用B级（中）', en: 'Credit grade B (medium)' },
    source: `${S} 第十七条、第二十七条`,
    reviewMonths: 3,
    reviewMonthsWithCredit: 1,
    longTermDays: 30,
    temporaryDays: 15,
    rule: {
      zh: '原则上不授信；确需授信的，须先办理财产抵押法律手续，额度不超过平均月发货量和回款额，且不超过抵押资产额度；长期回款期限1个月，临时15天。',
      en: 'No credit in principle; where really needed, only after a property mortgage, up to the average monthly shipments and payments and no more than the mortgaged assets; long-term term 1 month, temporary 15 days.',
    },
    choice: TERM_CHOICE,
  },
  C: {
    grade: 'C',
    label: { zh: '信用C级（低）', en: 'Credit grade C (low)' },
    source: `${S} 第十六条、第二十八条`,
    reviewMonths: 3,
    reviewMonthsWithCredit: 3,
    longTermDays: 0,
    temporaryDays: 0,
    rule: { zh: '不授信，不能预付，不能赊销。', en: 'No credit: no prepayment and no credit sales.' },
  },
};

/**
 * 第四条: the customers the rules cover are every business unit we buy from or
 * sell to, upstream suppliers and downstream customers, the two types of the
 * seed002-doc3 customer scheme (shared/domain/customer-vocabulary.ts). A
 * customer file of either type is a credit customer and is owed a grading.
 */
export const CREDIT_CUSTOMERS = {
  types: ['upstream_supplier', 'downstream_customer'] as readonly string[],
  source: `${S} 第四条`,
  choice: {
    zh: '第四条所称客户即上游供应商和下游客户：客户档案的客户类型为这两种之一的，就是信用管理的客户，尚未评定（没有已审批的评定）时在信用复查到期清单最上面列为“未评级”。其他类型的客户只在有评定后列入。',
    en: '第四条 names upstream suppliers and downstream customers: a customer file of either type is a credit customer, and until a grading of it is approved it heads the credit-review list as 未评级 (ungraded). Customers of other types are listed once graded.',
  },
} as const;

/**
 * 第二十四条2①: 公司对实施授信总额控制，原则上授信总额不能超过20xx年1月1日应收帐款的
 * 余额数. The total is the sum of the limits in force; the cap is the site's
 * figure (credit_settings), since the source gives no year and no amount.
 */
export const TOTAL_CREDIT_CAP = {
  source: `${S} 第二十四条2①`,
  choice: {
    zh: '制度写的是“20xx年1月1日应收帐款的余额数”：年份是空着的，金额是本公司账上的数字，本程序无从计算，所以由站长录入上限和它所依据的1月1日。未录入时不检查上限。授信总额按各客户现行评定的信用额度上限相加；审批会使总额超过上限的，拒绝并写明上限和总额；不增加总额的审批（额度不变或调低，第四十二条）不拒绝。',
    en: 'The rules say "the receivables balance on 1 January 20xx": the year is left blank and the amount is the company\'s own books, which the app cannot compute, so the station lead enters the cap and the 1 January it rests on. Without one no cap is checked. The total is the sum of the limits of every customer\'s grading in force; an approval that would take it over the cap is refused, naming the cap and the total; one that does not raise the total (the same or a lower limit, 第四十二条) is not.',
  },
} as const;

/**
 * 第三十八条 (授信客户的月度、季度检查审核制度): every customer holding a credit
 * limit is checked each month. Listed with the other schedules as planned
 * against done; the execution evaluation form of 第四十条 and the written
 * report of 第三十九条 are their own lines (shared/credit/credit-monthly.ts).
 */
export const MONTHLY_CREDIT_CHECK = {
  id: 'credit-monthly-check',
  title: { zh: '授信客户月度检查审核（重新评定）', en: 'Monthly check of credit customers (re-grading)' },
  source: `${S} 第三十八条`,
  choice: {
    zh: '每个月，月初时现行评定授予额度（大于0）的客户各须检查一次；该客户在这个月内有新的评定（初步评定日在本月内，不论是否已审批）即算已做。第四十条的《客户授信额度执行评价表》（财务数据、营销部经理核对）和第三十九条的业务主管书面汇报在计划与完成中各占一行。',
    en: "Each month, every customer whose grading in force on the first of the month grants a limit (above 0) is due one check; a new grading of the customer proposed within the month (approved or not yet) counts as done. 第四十条's execution evaluation form (finance's figures, the sales manager's check) and 第三十九条's written report are lines of their own in planned against done.",
  },
} as const;

export const CREDIT_PACK = {
  id: 'seed002-doc3-credit',
  version: '1.0.0',
  name: { zh: '客户ABC信用等级评定', en: 'Customer ABC credit grading' },
  source: `${S} 第三章、第四章、第六章`,
  criteria: CREDIT_CRITERIA,
  grades: GRADE_CREDIT,
  reviewSource: `${S} 第十二条、第三十八条、第四十条`,
} as const;
