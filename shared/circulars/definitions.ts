import type { ChoiceNote } from '../sources/choice-note';

/**
 * The weekly circular (每周通报) and monthly assessment (每月考核) derived from
 * checklist results (issue 16 item 6). Seed000 第一篇 五 sets the cycle
 * "每次记录，每周通报，每月考核" for the area checks of the 区域责任人 and
 * weighs the result at 5% of 作业区考核; seed004 §A 第十一条(六) asks the same
 * kind of periodic self-inspection of a coal mine. One mechanism serves both:
 * which templates count, which answer names the area and the person, and
 * the weight, are data here; the core computes the rest from stored records.
 */

export interface CircularDefinition {
  id: string;
  title: { zh: string; en: string };
  source: string;
  /** Checklist templates whose completed records count. */
  templateIds: readonly string[];
  /** The answer naming the area (责任区域; the mine for 004 A). */
  areaItemId: string;
  /** The answer naming the person assessed; without it (or left empty), the one who completed the record. */
  personItemId: string | null;
  /** The answer holding the day checked; without it, the site day the record was completed. */
  dayItemId: string;
  /** A free-text answer of findings, listed when no item failed. */
  findingsItemId: string | null;
  /** Share of the operation area's assessment, in percent (null: the source sets none). */
  weightPercent: number | null;
  weightSource: string;
  weightChoice: ChoiceNote;
}

const S000 = 'seed000 第一篇 五';
const S004 = 'seed004 §A';

export const CIRCULAR_DEFINITIONS: readonly CircularDefinition[] = [
  {
    id: 'area-checks',
    title: { zh: '责任区域检查', en: 'Responsibility-area checks' },
    source: `${S000}: 每次记录，每周通报，每月考核`,
    templateIds: ['well.area-check'],
    areaItemId: 'area',
    personItemId: 'area-owner',
    dayItemId: 'checked-on',
    findingsItemId: 'findings',
    weightPercent: 5,
    weightSource: `${S000}: 在作业区考核中占5%的权重`,
    weightChoice: {
      zh: '原文规定占作业区考核的5%；站长可按本站考核标准调整，调整记入审计日志。',
      en: "The source sets 5% of the operation area's assessment; the station lead may change it to the station's own standard, and the change is audited.",
    },
  },
  {
    id: 'self-inspections',
    title: { zh: '煤矿标准化自查', en: 'Coal-mine standardisation self-inspections' },
    source: `${S004} 第十一条(六): 每季度至少组织开展1次全面的自查`,
    templateIds: ['coal-mine-grading'],
    areaItemId: 'mine-name',
    personItemId: null,
    dayItemId: 'assessed-on',
    findingsItemId: null,
    weightPercent: null,
    weightSource: `${S004} 第十一条(六)`,
    weightChoice: {
      zh: '原文没有规定自查结果在考核中的权重：默认不加权，站长可设定。',
      en: 'The source gives self-inspection results no weight in any assessment: unweighted by default; the station lead may set one.',
    },
  },
];

/**
 * How a month's checks become a score. The source names what is checked
 * (操作是否规范、风险点的防控是否执行到位) but gives no formula.
 */
export const SCORING_CHOICE: ChoiceNote = {
  zh: '原文未给出评分公式：得分 = 本月该人该区域已完成检查中判定为“合格”的检查项数 ÷ 判定项数（不适用不计）× 100，保留一位小数；加权得分 = 得分 × 权重。月末仍未关闭的整改措施单列，不另扣分。',
  en: 'The source gives no formula: score = items judged pass ÷ items judged (not applicable left out) in the month’s completed checks of that person and area × 100, to one decimal; weighted score = score × weight. Corrective actions still open at the month’s end are listed, not deducted.',
};

/** Periods of each: the circular by ISO week (Monday–Sunday), the assessment by month, both in Asia/Shanghai. */
export const CIRCULAR_PERIOD = 'week' as const;
export const ASSESSMENT_PERIOD = 'month' as const;

export function circularDefinition(id: string): CircularDefinition | undefined {
  return CIRCULAR_DEFINITIONS.find((d) => d.id === id);
}

/** A score from passed and judged item counts (null when nothing was judged), to one decimal. */
export function assessmentScore(passed: number, judged: number): number | null {
  if (judged === 0) return null;
  return Math.round((passed / judged) * 1000) / 10;
}

/** The weighted score, to two decimals (null without a score or a weight). */
export function weightedScore(score: number | null, weightPercent: number | null): number | null {
  if (score === null || weightPercent === null) return null;
  return Math.round(score * weightPercent) / 100;
}
