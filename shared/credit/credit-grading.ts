import { addYearsToDay } from './credit-dates';
import { CREDIT_CRITERIA, GRADE_CREDIT, KEY_DATA_RULE, type CreditCriterion, type CreditGrade } from './credit-pack';

/**
 * Grades one customer by the pack (credit-pack.ts) on a site day: every
 * computed criterion from the entered quantities, every other one from its
 * tick, then 第十六条 (any C trigger → C), 第十五条 + 第十八条 (all A criteria
 * and complete key data → A), 第十七条 (otherwise B), and the credit and review
 * period of the grade (第二十六条–第二十八条, 第十二条, 第三十八条).
 */

/** What the grader enters; amounts in 元 over `monthsCounted` months. */
export interface CreditQuantities {
  /** First day of business cooperation; null: not cooperating yet (a new customer). */
  cooperationSince: string | null;
  /** Day of the most recent bad arrears, undelivered goods or serious breach with us; null: none. */
  lastBreachOn: string | null;
  /** How many of the most recent years in a row operations were good. */
  goodOperatingYears: number;
  /** 第八条 investigation points collected (1–8). */
  investigationItems: number[];
  monthsCounted: number;
  paymentsTotal: number;
  shipmentsTotal: number;
  /** The customer already has prepayment or credit sales with us (第二十六条(1)/(2)). */
  hadCreditSales: boolean;
  /** The credit the customer holds now, if any: a lower one applies (第二十六条(2), 第二十七条). */
  existingCreditLimit: number | null;
  /** Value of the property mortgaged to us, if any (第二十七条). */
  mortgageValue: number | null;
}

/** The ticks of the judgement criteria: true where the grader finds the criterion holds. */
export type CreditJudgements = Record<string, boolean>;

export interface CriterionResult {
  id: string;
  grade: 'A' | 'C';
  holds: boolean;
  computed: boolean;
  /** For a computed criterion: what it was computed from, in both languages. */
  basis: { zh: string; en: string } | null;
}

export type CreditKind = 'none' | 'temporary' | 'long_term';

export interface CreditOutcome {
  grade: CreditGrade;
  criteria: CriterionResult[];
  keyDataComplete: boolean;
  missingKeyItems: number[];
  averageMonthlyPayment: number;
  averageMonthlyShipment: number;
  creditKind: CreditKind;
  /** The most credit the grade allows (0: none), in 元. */
  creditLimit: number;
  termDays: number;
  reviewMonths: number;
}

const zhDay = (day: string) => `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const enDay = (day: string) => `${Number(day.slice(8, 10))} ${MONTHS_EN[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;

/** 第十五条(1): cooperation began at least `years` full years before the grading day. */
export function cooperatedYears(since: string | null, on: string, years: number): CriterionResult['basis'] & { holds: boolean } {
  if (since === null) return { holds: false, zh: '尚未开始合作（新开发客户）', en: 'No cooperation yet (a new customer)' };
  const complete = addYearsToDay(since, years);
  return { holds: complete <= on, zh: `${zhDay(since)}开始合作，${zhDay(complete)}满${years}年`, en: `Cooperating since ${enDay(since)}; ${years} year(s) complete on ${enDay(complete)}` };
}

/** 第十五条(2) / 第十六条(1): a breach on or after the day `years` years before the grading day falls within them. */
export function breachWithin(lastBreachOn: string | null, on: string, years: number): CriterionResult['basis'] & { within: boolean } {
  const from = addYearsToDay(on, -years);
  if (lastBreachOn === null) return { within: false, zh: `${zhDay(from)}以来没有记录`, en: `None recorded since ${enDay(from)}` };
  const within = lastBreachOn >= from && lastBreachOn <= on;
  return { within, zh: `最近一次发生于${zhDay(lastBreachOn)}，${years}年内指${zhDay(from)}起`, en: `Last on ${enDay(lastBreachOn)}; the ${years} years run from ${enDay(from)}` };
}

function computedResult(criterion: CreditCriterion, inputs: CreditQuantities, on: string): CriterionResult {
  const { from, years } = criterion.computed!;
  const base = { id: criterion.id, grade: criterion.grade, computed: true };
  if (from === 'cooperationYears') {
    const { holds, zh, en } = cooperatedYears(inputs.cooperationSince, on, years);
    return { ...base, holds, basis: { zh, en } };
  }
  if (from === 'goodOperatingYears') {
    const n = inputs.goodOperatingYears;
    return { ...base, holds: n >= years, basis: { zh: `最近连续${n}年经营状况良好`, en: `Good operations for the last ${n} consecutive year(s)` } };
  }
  const { within, zh, en } = breachWithin(inputs.lastBreachOn, on, years);
  return { ...base, holds: from === 'breachWithinYears' ? within : !within, basis: { zh, en } };
}

export function evaluateCriteria(inputs: CreditQuantities, judgements: CreditJudgements, on: string): CriterionResult[] {
  return CREDIT_CRITERIA.map((criterion) =>
    criterion.computed ? computedResult(criterion, inputs, on) : { id: criterion.id, grade: criterion.grade, holds: judgements[criterion.id] === true, computed: false, basis: null },
  );
}

const cents = (amount: number) => Math.round(amount * 100) / 100;

/** 第二十六条–第二十八条: the kind, limit and term of the credit the grade allows. */
export function creditFor(grade: CreditGrade, inputs: CreditQuantities, averages: { payment: number; shipment: number }): Pick<CreditOutcome, 'creditKind' | 'creditLimit' | 'termDays'> {
  const rule = GRADE_CREDIT[grade];
  const lowerOfExisting = (cap: number) => cents(inputs.existingCreditLimit === null ? cap : Math.min(cap, inputs.existingCreditLimit));
  const none = { creditKind: 'none' as const, creditLimit: 0, termDays: 0 };
  if (grade === 'C') return none;
  if (grade === 'A') {
    if (!inputs.hadCreditSales) return { creditKind: 'temporary', creditLimit: lowerOfExisting(averages.payment), termDays: rule.temporaryDays };
    return { creditKind: 'long_term', creditLimit: lowerOfExisting(Math.min(averages.payment, averages.shipment)), termDays: rule.longTermDays };
  }
  if (!inputs.mortgageValue || inputs.mortgageValue <= 0) return none;
  const cap = Math.min(averages.payment, averages.shipment, inputs.mortgageValue);
  return inputs.hadCreditSales ? { creditKind: 'long_term', creditLimit: lowerOfExisting(cap), termDays: rule.longTermDays } : { creditKind: 'temporary', creditLimit: lowerOfExisting(cap), termDays: rule.temporaryDays };
}

export function gradeCustomer(inputs: CreditQuantities, judgements: CreditJudgements, on: string): CreditOutcome {
  const criteria = evaluateCriteria(inputs, judgements, on);
  const missingKeyItems = KEY_DATA_RULE.keyItems.filter((item) => !inputs.investigationItems.includes(item));
  const keyDataComplete = missingKeyItems.length === 0;
  const anyC = criteria.some((c) => c.grade === 'C' && c.holds);
  const allA = criteria.filter((c) => c.grade === 'A').every((c) => c.holds);
  const grade: CreditGrade = anyC ? 'C' : allA && keyDataComplete ? 'A' : 'B';
  const months = Math.max(1, inputs.monthsCounted);
  const averages = { payment: cents(inputs.paymentsTotal / months), shipment: cents(inputs.shipmentsTotal / months) };
  const credit = creditFor(grade, inputs, averages);
  const rule = GRADE_CREDIT[grade];
  return {
    grade,
    criteria,
    keyDataComplete,
    missingKeyItems,
    averageMonthlyPayment: averages.payment,
    averageMonthlyShipment: averages.shipment,
    ...credit,
    reviewMonths: credit.creditLimit > 0 ? rule.reviewMonthsWithCredit : rule.reviewMonths,
  };
}
