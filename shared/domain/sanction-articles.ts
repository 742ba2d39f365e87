import { seed004MAccidentGradesPack } from '../rules/packs/seed004-m-accident-grades';
import type { Bilingual } from './case-records';

/**
 * 奖惩记录: every penalty or reward rests on an article chosen from this list,
 * never on free text. The list is the sources' own articles on rewards and
 * penalties for complaint handling:
 * - seed003 篇6 第十一章 奖惩措施 (第三十九条–第四十四条), fines in 元 ranges;
 * - seed003 篇5 6. 罚则 (6.1–6.4);
 * - seed001 S10 三.1(6), 三.3(1)(2): internal handling decided by the department,
 *   the unit or the winery leadership (the source names no measure, so the
 *   person describes it);
 * - seed004 §M 扣分标准: points per role, taken from the accident-grades pack so
 *   the two cannot drift apart.
 */

export const SANCTION_MEASURES = [
  'fine',
  'points',
  'written_self_criticism',
  'demerit',
  'dismissal',
  'admonishment',
  'pay_cut',
  'demotion',
  'contract_termination',
  'reward',
  'internal',
] as const;
export type SanctionMeasure = (typeof SANCTION_MEASURES)[number];

export const SANCTION_MEASURE_LABELS: Record<SanctionMeasure, Bilingual> = {
  fine: { zh: '罚款', en: 'Fine' },
  points: { zh: '扣分', en: 'Points deducted' },
  written_self_criticism: { zh: '书面检查', en: 'Written self-criticism' },
  demerit: { zh: '记过', en: 'Demerit' },
  dismissal: { zh: '辞退', en: 'Dismissal' },
  admonishment: { zh: '诫勉', en: 'Formal admonishment' },
  pay_cut: { zh: '减薪/降薪', en: 'Pay cut' },
  demotion: { zh: '降职', en: 'Demotion' },
  contract_termination: { zh: '解除劳动合同', en: 'Termination of the labour contract' },
  reward: { zh: '奖励', en: 'Reward' },
  internal: { zh: '内部处理（写明处理内容）', en: 'Internal handling (describe it)' },
};

export const SANCTION_KINDS = ['penalty', 'reward'] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];

export interface SanctionArticle {
  code: string;
  kind: SanctionKind;
  /** The condition the article states. */
  label: Bilingual;
  source: string;
  /** The measures the article allows. */
  measures: readonly SanctionMeasure[];
  /** A fine's range in 元 when the article gives one (min = max: a fixed amount). */
  fine?: { min: number; max: number };
  /** Fixed points per role (seed004 §M); the record names the role and the points follow. */
  deduction?: readonly { role: Bilingual; points: number }[];
}

const P6 = 'seed003 篇6';
const P5 = 'seed003 篇5';
const S10 = 'seed001 S10';

const ARTICLES_FROM_TEXT: SanctionArticle[] = [
  {
    code: 'p6.39',
    kind: 'penalty',
    label: { zh: '隐瞒、作假、虚报客户投诉信息', en: 'Concealing, falsifying or misreporting complaint information' },
    source: `${P6} 第三十九条`,
    measures: ['fine'],
    fine: { min: 500, max: 2000 },
  },
  {
    code: 'p6.40',
    kind: 'penalty',
    label: { zh: '因个人原因导致客户投诉问题停滞不决，引起投诉升级（相关责任人及所属部门）', en: 'Personal reasons stalled the complaint and caused escalation (person and department)' },
    source: `${P6} 第四十条`,
    measures: ['fine'],
    fine: { min: 1000, max: 5000 },
  },
  {
    code: 'p6.41',
    kind: 'penalty',
    label: { zh: '违反第二章处理原则导致客户投诉升级；情况严重者降职、降薪', en: 'Breaking the principles of chapter 2 caused escalation; serious cases demotion and pay cut' },
    source: `${P6} 第四十一条`,
    measures: ['fine', 'demotion', 'pay_cut'],
    fine: { min: 500, max: 1000 },
  },
  {
    code: 'p6.42',
    kind: 'penalty',
    label: { zh: '对客户进行威胁、收买或变相打击报复；情况严重者降职、降薪', en: 'Threatening, bribing or retaliating against the customer; serious cases demotion and pay cut' },
    source: `${P6} 第四十二条`,
    measures: ['fine', 'demotion', 'pay_cut'],
    fine: { min: 5000, max: 10000 },
  },
  {
    code: 'p6.43',
    kind: 'reward',
    label: { zh: '投诉处理后受到客户口头、书面、电子邮件等方式表扬', en: 'Praised by the customer after handling (orally, in writing, by e-mail)' },
    source: `${P6} 第四十三条`,
    measures: ['reward'],
  },
  {
    code: 'p6.44',
    kind: 'reward',
    label: { zh: '投诉处理及时、到位，挽回公司声誉损失或减轻公司重大经济损失', en: 'Timely, adequate handling saved the company’s reputation or reduced a major economic loss' },
    source: `${P6} 第四十四条`,
    measures: ['reward'],
  },
  {
    code: 'p5.6.1',
    kind: 'penalty',
    label: {
      zh: '造成直接投诉的相关人员写出书面检查并给予经济或行政处理；投诉处理不力或管理不力的，罚款、减薪、降职和解除劳动合同',
      en: 'Person directly causing a complaint: written self-criticism and economic or administrative punishment; poor handling or management: fine, pay cut, demotion, termination',
    },
    source: `${P5} 6.1`,
    measures: ['written_self_criticism', 'fine', 'pay_cut', 'demotion', 'contract_termination'],
  },
  {
    code: 'p5.6.2',
    kind: 'penalty',
    label: { zh: '每次有效投诉处罚责任机构和部门负责人各1000元', en: 'Each valid complaint: 1,000 元 each for the responsible institution and department heads' },
    source: `${P5} 6.2`,
    measures: ['fine'],
    fine: { min: 1000, max: 1000 },
  },
  {
    code: 'p5.6.2.thrice',
    kind: 'penalty',
    label: { zh: '每年发生三次有效投诉，给予责任机构或部门负责人诫勉处理', en: 'Three valid complaints in a year: formal admonishment of the responsible head' },
    source: `${P5} 6.2`,
    measures: ['admonishment'],
  },
  {
    code: 'p5.6.3',
    kind: 'penalty',
    label: { zh: '态度类和时效类投诉0容忍：罚款1000元，同时根据情节给予记过或辞退', en: 'Zero tolerance for attitude and timeliness complaints: 1,000 元 fine, and a demerit or dismissal as the case warrants' },
    source: `${P5} 6.3`,
    measures: ['fine', 'demerit', 'dismissal'],
    fine: { min: 1000, max: 1000 },
  },
  {
    code: 'p5.6.4',
    kind: 'penalty',
    label: { zh: '无效投诉纳入责任人当月考核内做扣分处理（分值未规定）', en: 'Invalid complaint: points deducted in the responsible person’s monthly assessment (number not stated)' },
    source: `${P5} 6.4`,
    measures: ['points'],
  },
  {
    code: 'p5.6.4.reward',
    kind: 'reward',
    label: { zh: '拒赔类案件认真做事的同志给予奖励', en: 'Reward for conscientious work on claim-refusal cases' },
    source: `${P5} 6.4`,
    measures: ['reward'],
  },
  {
    code: 's10.minor',
    kind: 'penalty',
    label: { zh: '轻微投诉：具体处罚根据当时情况由部门内部进行处理', en: 'Minor complaint: the department decides the penalty internally' },
    source: `${S10} 三.3(1)`,
    measures: ['internal'],
  },
  {
    code: 's10.general',
    kind: 'penalty',
    label: { zh: '一般投诉：具体处罚根据当时情况由各单位进行处理', en: 'General complaint: each unit decides the penalty' },
    source: `${S10} 三.3(2)`,
    measures: ['internal'],
  },
  {
    code: 's10.leadership',
    kind: 'penalty',
    label: { zh: '特、重大投诉：酒庄领导负责内部的责任处理', en: 'Especially large and major complaints: the winery leadership handles internal accountability' },
    source: `${S10} 三.1(6)`,
    measures: ['internal'],
  },
];

/** seed004 §M: one article per grade of the management table and one per quality table, points per role from the pack. */
function deductionArticles(): SanctionArticle[] {
  const pack = seed004MAccidentGradesPack;
  const classLabel = (code: string) => pack.classes.find((c) => c.code === code)?.label ?? { zh: code, en: code };
  return (pack.deductions ?? []).flatMap((table) => {
    const codes = [...new Set(table.rows.flatMap((row) => Object.keys(row.points)))];
    return codes.map((classCode) => {
      const cls = classLabel(classCode);
      const single = codes.length === 1;
      return {
        code: `seed004-m.${table.code}${single ? '' : `.${classCode}`}`,
        kind: 'penalty' as const,
        label: single ? table.label : { zh: `${table.label.zh}：${cls.zh}`, en: `${table.label.en}: ${cls.en}` },
        source: table.source,
        measures: ['points'] as const,
        deduction: table.rows.map((row) => ({ role: row.role, points: row.points[classCode] ?? 0 })),
      };
    });
  });
}

export const SANCTION_ARTICLES: readonly SanctionArticle[] = [...ARTICLES_FROM_TEXT, ...deductionArticles()];

export function sanctionArticle(code: string): SanctionArticle | undefined {
  return SANCTION_ARTICLES.find((a) => a.code === code);
}
