import {
  LAST_THREE_LEVELS,
  RISK_CRITERIA,
  SEVERITY_ORDER,
  type ComputedPredicate,
  type Judgement,
  type RiskClass,
  type RiskCriterion,
  type RiskFacts,
} from './pack';

/**
 * The pure rules of seed000 第二篇: which criteria the recorded facts and
 * judgements meet, the class they point to, and whether 四、动态管理要求
 * allows a change from one class to another.
 */

const PREDICATES: Record<ComputedPredicate, (facts: RiskFacts) => boolean> = {
  fiveLevelLastThree: (facts) => facts.fiveLevel !== null && LAST_THREE_LEVELS.includes(facts.fiveLevel),
  fiveLevelSpecialMention: (facts) => facts.fiveLevel === 'special_mention',
  onWarning: (facts) => facts.warning === 'active',
  // 已发生逾期: one day past due is enough; the source sets no grace period.
  overdue: (facts) => facts.overdueDays >= 1,
  interestInArrears: (facts) => facts.interestArrears > 0,
  offBalanceAdvance: (facts) => facts.advances > 0,
};

export function predicateHolds(predicate: ComputedPredicate, facts: RiskFacts): boolean {
  return PREDICATES[predicate](facts);
}

export function criterionMet(criterion: RiskCriterion, facts: RiskFacts, judged: ReadonlySet<Judgement>): boolean {
  const computedPart = criterion.computed === undefined || predicateHolds(criterion.computed, facts);
  const judgedPart = criterion.judgement === undefined || judged.has(criterion.judgement);
  return computedPart && judgedPart;
}

export interface RiskAssessment {
  /** Every criterion met, in the pack's order. */
  met: RiskCriterion[];
  /** The most severe class a met criterion belongs to; 'normal' when none is met. */
  indicated: RiskClass;
}

export function assessRiskClass(facts: RiskFacts, judgements: readonly Judgement[]): RiskAssessment {
  const judged = new Set(judgements);
  const met = RISK_CRITERIA.filter((criterion) => criterionMet(criterion, facts, judged));
  const indicated = SEVERITY_ORDER.find((cls) => met.some((criterion) => criterion.riskClass === cls)) ?? 'normal';
  return { met, indicated };
}

/** Why 四、动态管理要求 refuses a change, or null when it allows it. */
export type ChangeRefusal = 'sameClass' | 'classOneFinal' | 'warningNotLifted';

export function changeRefusal(from: RiskClass, to: RiskClass, facts: RiskFacts): ChangeRefusal | null {
  if (from === to) return 'sameClass';
  // 四(1): 对第一类客户实施退出管理，不再上调分类类别.
  if (from === 'class1') return 'classOneFinal';
  // 四(2): 对第二类客户必须在解除预警后才能调整类别 (class 1 exempt: see RISK_CLASS_CHOICES.classTwoToOne).
  if (from === 'class2' && to !== 'class1' && facts.warning !== 'lifted') return 'warningNotLifted';
  return null;
}

/** 四(3): more credit only for a customer in none of the three classes. */
export function creditIncreaseAllowed(current: RiskClass): boolean {
  return current === 'normal';
}

/** The dynamic reclassification trigger: the recorded facts point to another class, and 四(1) does not hold the customer where it is. */
export function reclassificationDue(current: RiskClass, assessment: RiskAssessment): boolean {
  return assessment.indicated !== current && current !== 'class1';
}
