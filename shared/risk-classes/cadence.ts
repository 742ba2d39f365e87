import { addDaysToDay, addMonthsToDay } from '../credit/credit-dates';
import type { ChoiceNote } from '../sources/choice-note';
import type { FollowUpMethod } from '../domain/customer-vocabulary';
import { RISK_CLASS_PACK_SOURCE as S, type RiskClass } from './pack';

/**
 * The per-customer frequencies of seed000 第二篇 三、客户分类管理的要求和职责, as
 * cited data, and the pure computation of when the next one falls due from
 * the class's date and the follow-ups recorded on the customer's file. The
 * meetings and the monthly 《客户风险排查表》 are not per-customer follow-ups and
 * are not scheduled here (docs/risk-classes.md).
 */

export interface RiskCadence {
  source: string;
  every: { days: number } | { months: number };
  /** The follow-up methods (customers.addFollowUp) that count as done. */
  counts: readonly FollowUpMethod[];
  label: { zh: string; en: string };
}

export const RISK_CADENCES: Record<RiskClass, RiskCadence | null> = {
  class1: {
    source: `${S} 三(一)1`,
    every: { days: 7 },
    counts: ['visit'],
    label: { zh: '主办客户经理每周至少一次实地走访企业', en: 'The lead account manager visits the enterprise on site at least once a week' },
  },
  class2: {
    source: `${S} 三(二)1(4)`,
    every: { months: 1 },
    counts: ['visit', 'phone'],
    label: { zh: '按月开展贷后检查', en: 'A post-loan inspection every month' },
  },
  // 三(三)1(1) asks for 定期检查 (periodic inspection) without a frequency: nothing to compute a due day from.
  class3: null,
  normal: null,
};

export const RISK_CADENCE_CHOICES: Record<'classThreeUnscheduled' | 'inspectionCounts' | 'fromClassDay', ChoiceNote> = {
  classThreeUnscheduled: {
    zh: '三(三)1(1)只要求“定期检查”，未给出频次：第三类不排期，只显示最近一次跟进。',
    en: '三(三)1(1) asks for "periodic inspection" without a frequency: class 3 is not scheduled; the latest follow-up is shown.',
  },
  inspectionCounts: {
    zh: '第一类“实地走访”只计登记为实地走访的跟进；第二类“贷后检查”原文未要求实地，实地走访或电话跟进均计入，物质慰问不计。',
    en: 'Class 1 "on-site visit" counts only follow-ups recorded as visits; the class 2 "post-loan inspection" is not required on site, so a visit or a phone follow-up counts, a gift does not.',
  },
  fromClassDay: {
    zh: '周期自分类确定之日起算：此前的跟进不计；每次计入的跟进之后重新起算。',
    en: 'The period runs from the day the class was decided (earlier follow-ups do not count) and restarts after each follow-up that counts.',
  },
};

/** A follow-up as the cadence reads it: its site day and how it was done. */
export interface DoneFollowUp {
  day: string;
  method: FollowUpMethod | null;
}

export interface CadenceStatus {
  riskClass: RiskClass;
  /** The site day the class was decided. */
  since: string;
  lastDoneOn: string | null;
  dueOn: string;
  state: 'planned' | 'dueToday' | 'overdue';
  daysOverdue: number;
  /** Whole periods elapsed since the class was decided: the follow-ups planned so far. */
  planned: number;
  /** Follow-ups that count, recorded since the class was decided. */
  done: number;
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

function advance(day: string, cadence: RiskCadence, periods: number): string {
  return 'days' in cadence.every ? addDaysToDay(day, cadence.every.days * periods) : addMonthsToDay(day, cadence.every.months * periods);
}

/** Whole periods between the class day and today (a period ends on the day the next one is due). */
function periodsElapsed(since: string, today: string, cadence: RiskCadence): number {
  let periods = 0;
  while (advance(since, cadence, periods + 1) <= today) periods += 1;
  return periods;
}

/**
 * When the next follow-up of a classified customer falls due: one period after
 * the latest follow-up that counts, or after the class day when none has been
 * recorded since. Due on that day; overdue from the day after. Null for a
 * class the source gives no frequency for.
 */
export function cadenceStatus(riskClass: RiskClass, since: string, followUps: readonly DoneFollowUp[], today: string): CadenceStatus | null {
  const cadence = RISK_CADENCES[riskClass];
  if (!cadence) return null;
  const counted = followUps.filter((f) => f.method !== null && cadence.counts.includes(f.method) && f.day >= since && f.day <= today);
  const lastDoneOn = counted.reduce<string | null>((latest, f) => (latest === null || f.day > latest ? f.day : latest), null);
  const dueOn = advance(lastDoneOn ?? since, cadence, 1);
  const daysOverdue = Math.max(0, dayNumber(today) - dayNumber(dueOn));
  const state = today < dueOn ? 'planned' : today === dueOn ? 'dueToday' : 'overdue';
  return { riskClass, since, lastDoneOn, dueOn, state, daysOverdue, planned: periodsElapsed(since, today, cadence), done: counted.length };
}
