import type { ChoiceNote } from '../sources/choice-note';
import { RISK_CLASS_PACK_SOURCE as S, type RiskClass } from './pack';

/**
 * 《客户风险排查表》, filed monthly for a class 1 customer (seed000 第二篇 三(一)1 "按月上报《客户风险排查表》")
 * and a class 2 customer (三(二)1(4) "按月上报《客户风险排查表》；重点分析客户的资金链、经营链、投资链、担保链等
 * 风险状况"), as cited data, and the pure computation of which months are filed, due or missed.
 */

export const SCREENING_SOURCES: Partial<Record<RiskClass, string>> = {
  class1: `${S} 三(一)1`,
  class2: `${S} 三(二)1(4)`,
};

/** The four chains 三(二)1(4) and 三(三)1(2) name, then 风险状况和处置情况 (三(一)1). */
export const SCREENING_SECTIONS = ['capitalChain', 'operatingChain', 'investmentChain', 'guaranteeChain', 'situation'] as const;
export type ScreeningSection = (typeof SCREENING_SECTIONS)[number];

export const SCREENING_CHOICES: Record<'firstMonth' | 'filer', ChoiceNote> = {
  firstMonth: {
    zh: '原文只说“按月上报”：自分类确定的次月起每月一份，当月最后一天前填报；分类确定当月可以填报，不计为应报。',
    en: 'The source says only "monthly": one form a month from the month after the class was decided, filed by the month’s last day; the class month may be filed but is not required.',
  },
  filer: {
    zh: '原文由主办客户经理上报；本应用由有权提出风险分类的人（站长/网点负责人或部门负责人）填报。',
    en: 'The source has the lead account manager file it; here those who may propose a risk class (the station lead or a unit head) file it.',
  },
};

export interface ScreeningStatus {
  /** The site month now (YYYY-MM). */
  month: string;
  /** This month's form is required (the class month is not), and whether it is filed. */
  required: boolean;
  filed: boolean;
  /** Required months before this one with no form, oldest first. */
  missed: string[];
}

const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/**
 * The monthly forms of a customer in a class the source screens monthly: required from the month
 * after the class day's month up to the current month; a past required month with no form is missed.
 * Null for a class the source sets no monthly form for.
 */
export function screeningStatus(riskClass: RiskClass, sinceDay: string, filedMonths: readonly string[], today: string): ScreeningStatus | null {
  if (!SCREENING_SOURCES[riskClass]) return null;
  const month = today.slice(0, 7);
  const filed = new Set(filedMonths);
  const first = nextMonth(sinceDay.slice(0, 7));
  const missed: string[] = [];
  for (let m = first; m < month; m = nextMonth(m)) if (!filed.has(m)) missed.push(m);
  return { month, required: first <= month, filed: filed.has(month), missed };
}
