import { describe, expect, it } from 'vitest';
import { creditFor, gradeCustomer, type CreditJudgements, type CreditQuantities } from '../../../shared/credit/credit-grading';
import { CREDIT_CRITERIA, CREDIT_PACK, GRADE_CREDIT } from '../../../shared/credit/credit-pack';
import { citationText } from '../../../shared/sources/citation';

/**
 * seed002 客户管理制度3 (客户信用管理制度) 第十五条–第二十八条: each computed
 * criterion one day (or one year) either side of the source's number, each
 * judgement by its tick, and the credit of each grade. Grading day 2026-11-23.
 */

const ON = '2026-11-23';
/** A customer meeting every A criterion: five years with us, no breach, three good years, every investigation point. */
const GOOD: CreditQuantities = {
  cooperationSince: '2021-05-01',
  lastBreachOn: null,
  goodOperatingYears: 3,
  investigationItems: [1, 2, 3, 4, 5, 6, 7, 8],
  monthsCounted: 12,
  paymentsTotal: 1_200_000,
  shipmentsTotal: 960_000,
  hadCreditSales: true,
  existingCreditLimit: null,
  mortgageValue: null,
};
const ALL_A: CreditJudgements = { A3: true, A5: true, A6: true };

const grade = (change: Partial<CreditQuantities> = {}, judgements: CreditJudgements = ALL_A) => gradeCustomer({ ...GOOD, ...change }, judgements, ON);
const result = (outcome: ReturnType<typeof grade>, id: string) => outcome.criteria.find((c) => c.id === id)!;

describe('the credit pack (seed002 客户管理制度3)', () => {
  it('cites a section of the credit rules for every criterion and grade, and carries a version', () => {
    expect(CREDIT_PACK.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(CREDIT_CRITERIA.filter((c) => c.grade === 'A')).toHaveLength(6); // 第十五条 (1)–(6)
    expect(CREDIT_CRITERIA.filter((c) => c.grade === 'C')).toHaveLength(9); // 第十六条 (1)–(9)
    for (const source of [...CREDIT_CRITERIA.map((c) => c.source), ...Object.values(GRADE_CREDIT).map((g) => g.source)]) {
      expect(citationText(source, 'zh-CN')).toMatch(/^《客户信用管理制度》第/);
    }
  });

  it('第十五条、第十七条: all A criteria with complete data grade A; one missing grades B', () => {
    expect(grade().grade).toBe('A');
    for (const id of ['A3', 'A5', 'A6']) expect(grade({}, { ...ALL_A, [id]: false }).grade, id).toBe('B');
  });
});

describe('第十五条(1): cooperation for one year or more', () => {
  it('holds on the day one year is complete, not the day before', () => {
    expect(result(grade({ cooperationSince: '2025-11-23' }), 'A1').holds).toBe(true);
    expect(grade({ cooperationSince: '2025-11-23' }).grade).toBe('A');
    expect(result(grade({ cooperationSince: '2025-11-24' }), 'A1').holds).toBe(false);
    expect(grade({ cooperationSince: '2025-11-24' }).grade).toBe('B');
  });

  it('第十八条: a new customer (not cooperating yet) is not graded A', () => {
    const outcome = grade({ cooperationSince: null });
    expect(result(outcome, 'A1')).toMatchObject({ holds: false, computed: true });
    expect(outcome.grade).toBe('B');
  });
});

describe('第十五条(2) and 第十六条(1): no bad arrears, undelivered goods or serious breach in the past 2 years', () => {
  it('a breach on the day two years back falls within them: not A, and C', () => {
    const outcome = grade({ lastBreachOn: '2024-11-23' });
    expect(result(outcome, 'A2').holds).toBe(false);
    expect(result(outcome, 'C1').holds).toBe(true);
    expect(outcome.grade).toBe('C');
  });

  it('a breach the day before that falls outside them: A2 holds, C1 does not', () => {
    const outcome = grade({ lastBreachOn: '2024-11-22' });
    expect(result(outcome, 'A2').holds).toBe(true);
    expect(result(outcome, 'C1').holds).toBe(false);
    expect(outcome.grade).toBe('A');
  });

  it('shows what it counted from in both languages', () => {
    expect(result(grade({ lastBreachOn: '2025-06-01' }), 'C1').basis).toEqual({ zh: '最近一次发生于2025年6月1日，2年内指2024年11月23日起', en: 'Last on 1 Jun 2025; the 2 years run from 23 Nov 2024' });
  });
});

describe('第十五条(4): good operations for the last 2 consecutive years', () => {
  it('holds at 2 years, not at 1', () => {
    expect(result(grade({ goodOperatingYears: 2 }), 'A4').holds).toBe(true);
    expect(grade({ goodOperatingYears: 2 }).grade).toBe('A');
    expect(result(grade({ goodOperatingYears: 1 }), 'A4').holds).toBe(false);
    expect(grade({ goodOperatingYears: 1 }).grade).toBe('B');
  });
});

describe('第十八条: key data missing is not graded A', () => {
  it('any of 第八条 items 1–7 missing keeps the customer at B; item 8 alone does not', () => {
    const missing = grade({ investigationItems: [1, 2, 3, 4, 5, 6] });
    expect(missing).toMatchObject({ keyDataComplete: false, missingKeyItems: [7], grade: 'B' });
    expect(grade({ investigationItems: [1, 2, 3, 4, 5, 6, 7] })).toMatchObject({ keyDataComplete: true, grade: 'A' });
  });
});

describe('第十六条(2)–(9): any judgement trigger forces C, whatever the A criteria', () => {
  for (const id of ['C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9']) {
    it(`${id} ticked → C; unticked → A`, () => {
      expect(grade({}, { ...ALL_A, [id]: true }).grade).toBe('C');
      expect(result(grade({}, { ...ALL_A, [id]: true }), id)).toMatchObject({ holds: true, computed: false });
      expect(grade({}, ALL_A).grade).toBe('A');
    });
  }
});

describe('credit by grade (第二十六条–第二十八条) and the review period (第十二条, 第三十八条)', () => {
  const averages = { payment: 100_000, shipment: 80_000 };

  it('第二十六条(2): A with credit sales: long-term, up to the lower of the average monthly shipments and payments, 1 month; an existing lower limit applies', () => {
    expect(creditFor('A', GOOD, averages)).toEqual({ creditKind: 'long_term', creditLimit: 80_000, termDays: 30 });
    expect(creditFor('A', { ...GOOD, existingCreditLimit: 50_000 }, averages).creditLimit).toBe(50_000);
    expect(creditFor('A', { ...GOOD, existingCreditLimit: 90_000 }, averages).creditLimit).toBe(80_000);
  });

  it('第二十六条(1): A without earlier credit sales: temporary only, up to the average monthly payment, 1 month', () => {
    expect(creditFor('A', { ...GOOD, hadCreditSales: false }, averages)).toEqual({ creditKind: 'temporary', creditLimit: 100_000, termDays: 30 });
  });

  it('第二十七条: B only against a mortgage, up to the lowest of shipments, payments and the mortgage; temporary 15 days', () => {
    expect(creditFor('B', GOOD, averages)).toEqual({ creditKind: 'none', creditLimit: 0, termDays: 0 });
    expect(creditFor('B', { ...GOOD, mortgageValue: 60_000 }, averages)).toEqual({ creditKind: 'long_term', creditLimit: 60_000, termDays: 30 });
    expect(creditFor('B', { ...GOOD, mortgageValue: 60_000, hadCreditSales: false }, averages)).toEqual({ creditKind: 'temporary', creditLimit: 60_000, termDays: 15 });
  });

  it('第二十八条: C gets no credit at all', () => {
    expect(creditFor('C', { ...GOOD, mortgageValue: 1_000_000 }, averages)).toEqual({ creditKind: 'none', creditLimit: 0, termDays: 0 });
  });

  it('computes the averages from the totals entered, and reviews monthly with a limit, quarterly without', () => {
    const outcome = grade();
    expect(outcome).toMatchObject({ averageMonthlyPayment: 100_000, averageMonthlyShipment: 80_000, creditLimit: 80_000, reviewMonths: 1 });
    expect(grade({ lastBreachOn: '2025-01-01' })).toMatchObject({ grade: 'C', creditLimit: 0, reviewMonths: 3 });
  });
});
