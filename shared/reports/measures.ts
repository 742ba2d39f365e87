import type { ChoiceNote } from '../sources/choice-note';
import type { ReportRow } from './report-row';

/**
 * What a report can count, as data compiled to SQL (report-sql-repository.ts).
 * A condition reads only columns of the reporting relation (report-row.ts);
 * `asOf` (the moment the report is run) decides whether an unfinished step is
 * already late. Every measure is a sum of whole numbers, so totals are the sum
 * of the periods and both engines agree to the last digit.
 */
export type Column = keyof ReportRow;

export type Condition =
  | { col: Column; eq: string | number }
  | { col: Column; ne: string | number }
  | { col: Column; gt: number }
  | { notNull: Column }
  | { isNull: Column }
  | { all: Condition[] }
  | { any: Condition[] }
  /** Done, and no later than due. */
  | { doneBy: { done: Column; due: Column } }
  /** Has a due time that is decided: done, or already past `asOf`. */
  | { settled: { done: Column; due: Column } }
  /** Has a due time, and was done after it, or is not done and the due time is already past `asOf`. */
  | { late: { done: Column; due: Column } }
  /** The lag (milliseconds, stored) is known and at most `hours`. */
  | { lagWithin: { lag: Column; hours: number | 'param' } }
  /** Decided: `to` happened, or `hours` after `from` is already past `asOf`. */
  | { decidedAfterHours: { from: Column; to: Column; hours: number | 'param' } }
  /** Closed in the same period (of the report's bucket) as received. */
  | { closedInSamePeriod: true };

export type Aggregate = { count: Condition | 'all' } | { sum: Column; where?: Condition };

export interface MeasureSpec {
  /** count: the numerator alone; rate: numerator / denominator (0–1); mean: numerator / denominator / scale; perHundredMillion: count per 10⁸ of a reference quantity head office enters. */
  kind: 'count' | 'rate' | 'mean' | 'perHundredMillion';
  label: { zh: string; en: string };
  numerator: Aggregate;
  denominator?: Aggregate;
  /** Stored in thousandths (milli-working-days): divide by this. */
  scale?: number;
  /** The reference quantity of a perHundredMillion measure. */
  reference?: ReferenceQuantity;
  /** How the measure is defined, in a sentence (shown under the table). */
  note: { zh: string; en: string };
  /** Where the sources name the measure. */
  source: string;
  choice?: ChoiceNote;
}

export const REFERENCE_QUANTITIES = ['premium', 'policies'] as const;
export type ReferenceQuantity = (typeof REFERENCE_QUANTITIES)[number];

const complaint: Condition = { col: 'kind', eq: 'complaint' };
const notInvalid: Condition = { col: 'validity', ne: 'invalid' };
const TIMED = ['response', 'handling', 'reply'] as const;
const stepPair = (step: (typeof TIMED)[number]) => ({ done: `${step}_done_at` as Column, due: `${step}_due_at` as Column });
/** Issue 17 §1.1: a late plan keeps the case overdue, whatever deadline an extension set afterwards. */
const overdue: Condition = { any: [...TIMED.map((step) => ({ late: stepPair(step) })), { notNull: 'late_plan_at' }] };
const onTime = (step: 'response' | 'handling' | 'reply'): Pick<MeasureSpec, 'numerator' | 'denominator'> => {
  const pair = stepPair(step);
  return { numerator: { count: { all: [{ notNull: pair.due }, { doneBy: pair }] } }, denominator: { count: { settled: pair } } };
};

export const MEASURES = {
  received: {
    kind: 'count',
    label: { zh: '受理总数', en: 'Received' },
    numerator: { count: 'all' },
    note: { zh: '期内受理的投诉、建议和咨询', en: 'Complaints, suggestions and inquiries received in the period' },
    source: 'seed003 篇4 第二十七条 投诉统计表; seed002 客户管理制度14 3.2 投诉周报',
  },
  complaints: {
    kind: 'count',
    label: { zh: '投诉件数', en: 'Complaints' },
    numerator: { count: complaint },
    note: { zh: '期内受理的投诉（不含建议、咨询）', en: 'Complaints received (suggestions and inquiries aside)' },
    source: 'seed001 S15 4.1 h) 客户投诉案件统计表',
  },
  closingRate: {
    kind: 'rate',
    label: { zh: '办结率', en: 'Closing rate' },
    numerator: { count: { all: [complaint, notInvalid, { closedInSamePeriod: true }] } },
    denominator: { count: { all: [complaint, notInvalid] } },
    note: { zh: '期内受理的有效投诉中，在同一期内结案的比例（月办结）', en: 'Valid complaints received in the period that were closed within the same period' },
    source: 'seed002 客户管理制度11 四(六) 用户投诉办结率100%（月办结）',
  },
  responseOnTime: {
    kind: 'rate',
    label: { zh: '响应及时率', en: 'Response on time' },
    ...onTime('response'),
    note: { zh: '规则包定有响应时限、且已响应或已超时的记录中，按时响应的比例', en: 'Of records whose response deadline is decided (done, or passed), the share done on time' },
    source: 'seed003 篇6 第十八条; seed001 S15 4.1 e) 处理时效管理',
  },
  handlingOnTime: {
    kind: 'rate',
    label: { zh: '处理及时率', en: 'Handling on time' },
    ...onTime('handling'),
    note: { zh: '规则包定有处理（解决）时限的记录中，按时处理完毕的比例', en: 'Of records with a decided resolution deadline, the share resolved on time' },
    source: 'seed003 篇6 第十八条; 篇4 第二十六条',
  },
  replyOnTime: {
    kind: 'rate',
    label: { zh: '答复及时率', en: 'Reply on time' },
    ...onTime('reply'),
    note: { zh: '规则包定有答复时限的记录中，按时答复客户的比例', en: 'Of records with a decided reply deadline, the share answered on time' },
    source: 'seed003 篇6 第三十四条; 篇5 5.2.4–5.2.5',
  },
  overdueCases: {
    kind: 'count',
    label: { zh: '逾期件数', en: 'Overdue cases' },
    numerator: { count: { all: [complaint, notInvalid, overdue] } },
    note: {
      zh: '有效或待判定的投诉中，响应、处理或答复任一步骤超过时限完成、或至今未完成且已过时限的件数；逾期后补录计划的仍计入',
      en: 'Complaints not ruled invalid where the response, handling or reply was done after its limit, or is still not done with the limit past; a case planned late still counts',
    },
    source: 'seed003 篇6 第十一条 杜绝投诉事件延滞、停滞, 第三十一条 超过处理时限; seed001 S15 4.1 e) 处理时效管理及逾期反应; issue 17 §1.1',
    choice: { zh: '一件投诉无论几个步骤超时，只计一次；三个时限都按规则包设定的时限算（没有设定时限的步骤不会逾期）。', en: 'A case counts once however many steps ran late; the three limits are those the rule pack sets (a step without one is never late).' },
  },
  latePlans: {
    kind: 'count',
    label: { zh: '逾期补录计划', en: 'Late plans' },
    numerator: { count: { all: [complaint, notInvalid, { notNull: 'late_plan_at' }] } },
    note: {
      zh: '有效或待判定的投诉中，处理时限已过才录入处理解决方案（补录计划）的件数；这些案件都计入逾期件数',
      en: 'Complaints not ruled invalid whose solution was recorded only after the handling limit had passed; every one of them counts among the overdue cases',
    },
    source: 'seed003 篇6 第十七条 解决时限, 第十八条; issue 17 §1.1 补录计划（仍计为逾期）',
  },
  callBackWithinLimit: {
    kind: 'rate',
    label: { zh: '限时回访率', en: 'Call-back within the limit' },
    numerator: { count: { all: [complaint, { notNull: 'resolved_at' }, { lagWithin: { lag: 'call_back_lag_ms', hours: 'param' } }] } },
    denominator: { count: { all: [complaint, { notNull: 'resolved_at' }, { decidedAfterHours: { from: 'resolved_at', to: 'call_back_at', hours: 'param' } }] } },
    note: { zh: '处理完毕的投诉中，在规定小时数内回访的比例（未回访且已过时限的计为未达标）', en: 'Of resolved complaints, the share called back within the hours the source sets (not called back and past them counts as missed)' },
    source: 'seed003 篇6 第三十六条、第三十七条',
  },
  callBackRate: {
    kind: 'rate',
    label: { zh: '回访率', en: 'Call-back rate' },
    numerator: { count: { all: [complaint, { notNull: 'resolved_at' }, { notNull: 'call_back_at' }] } },
    denominator: { count: { all: [complaint, { notNull: 'resolved_at' }] } },
    note: { zh: '处理完毕的投诉中已回访的比例', en: 'Of resolved complaints, the share called back' },
    source: 'seed003 篇6 第三十六条 回访率100%',
  },
  satisfaction: {
    kind: 'rate',
    label: { zh: '满意率', en: 'Satisfaction' },
    numerator: { sum: 'satisfied_call_backs' },
    denominator: { sum: 'call_backs' },
    note: { zh: '回访中客户对处理满意（时限、态度、结果均未表示不满意）的比例', en: 'Of call-backs, the share where the customer was satisfied (no dissatisfaction with timeliness, attitude or result)' },
    source: 'seed003 篇6 第三十七条; seed002 客户管理制度11 四(六)',
  },
  escalationRate: {
    kind: 'rate',
    label: { zh: '升级率', en: 'Escalation rate' },
    numerator: { count: { all: [complaint, { col: 'escalations', gt: 0 }] } },
    denominator: { count: complaint },
    note: { zh: '投诉中至少升级过一次的比例', en: 'Of complaints, the share escalated at least once' },
    source: 'seed003 篇6 第七章 第三十条–第三十二条',
  },
  repeatRate: {
    kind: 'rate',
    label: { zh: '重复投诉率', en: 'Repeat rate' },
    numerator: { count: { all: [complaint, { col: 'is_repeat', eq: 1 }] } },
    denominator: { count: complaint },
    note: { zh: '投诉中属同一客户就同一事项再次投诉的比例', en: 'Of complaints, the share repeating an earlier one of the same customer on the same matter' },
    source: 'seed003 篇6 第三十条; seed001 S15 3.1.2 d)',
  },
  invalidShare: {
    kind: 'rate',
    label: { zh: '无效投诉占比', en: 'Invalid share' },
    numerator: { count: { all: [complaint, { col: 'validity', eq: 'invalid' }] } },
    denominator: { count: complaint },
    note: { zh: '投诉中判定为无效的比例', en: 'Of complaints, the share ruled invalid' },
    source: 'seed003 篇5 6.4; 篇6 第十四条',
  },
  validShare: {
    kind: 'rate',
    label: { zh: '有效投诉占比', en: 'Valid share' },
    numerator: { count: { all: [complaint, { col: 'validity', eq: 'valid' }] } },
    denominator: { count: complaint },
    note: { zh: '投诉中判定为有效的比例（待判定的不计入分子）', en: 'Of complaints, the share ruled valid (pending ones are not counted as valid)' },
    source: 'seed003 篇5 6.2; 篇6 第十三条',
  },
  meanHandlingWorkDays: {
    kind: 'mean',
    label: { zh: '平均处理时长（工作日）', en: 'Mean handling time (working days)' },
    numerator: { sum: 'handling_milli_work_days', where: complaint },
    denominator: { count: { all: [complaint, { notNull: 'handling_milli_work_days' }] } },
    scale: 1000,
    note: {
      zh: '已处理完毕的投诉从受理到处理完毕的工作时间（只计工作日的办公时间），折合工作日的平均值',
      en: 'Working time from receipt to resolution (opening hours on working days only) of resolved complaints, in working days, averaged',
    },
    source: 'seed001 S15 4.1 e) 处理时效管理; seed003 篇6 第十八条',
    choice: { zh: '“处理时长”：原文只按工作日规定时限，没有规定怎么求平均；本程序对已处理完毕的投诉取平均值，按网点办公时间折合成工作日。', en: '“处理时长”: the sources set limits in working days but define no average; the mean is over resolved complaints, in working days of the site’s opening hours.' },
  },
  perHundredMillionPremium: {
    kind: 'perHundredMillion',
    label: { zh: '亿元保费投诉量', en: 'Complaints per 100 million 元 premium' },
    numerator: { count: { all: [complaint, { col: 'validity', ne: 'invalid' }] } },
    reference: 'premium',
    note: { zh: '有效投诉件数 ÷ 期内保费（元）× 1亿；保费由总部按期填报', en: 'Valid complaints ÷ premium of the period (元) × 10⁸; head office enters the premium per period' },
    source: 'seed003 篇5 6.5',
    choice: { zh: '无效投诉不计入（篇5 6.4 对无效投诉另有规定）；原文没有说明哪些投诉计入。', en: 'Invalid complaints are left out (篇5 6.4 treats them separately); the source does not say which complaints count.' },
  },
  perHundredMillionPolicies: {
    kind: 'perHundredMillion',
    label: { zh: '亿张保单投诉比', en: 'Complaints per 100 million policies' },
    numerator: { count: { all: [complaint, { col: 'validity', ne: 'invalid' }] } },
    reference: 'policies',
    note: { zh: '有效投诉件数 ÷ 期内保单张数 × 1亿；保单数由总部按期填报', en: 'Valid complaints ÷ policies of the period × 10⁸; head office enters the count per period' },
    source: 'seed003 篇5 6.5',
    choice: { zh: '与亿元保费投诉量相同：无效投诉不计入。', en: 'As for premium: invalid complaints are left out.' },
  },
} as const satisfies Record<string, MeasureSpec>;

export type MeasureId = keyof typeof MEASURES;
export const MEASURE_IDS = Object.keys(MEASURES) as MeasureId[];

export function measureSpec(id: MeasureId): MeasureSpec {
  return MEASURES[id];
}
