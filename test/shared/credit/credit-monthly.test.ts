import { describe, expect, it } from 'vitest';
import { adjustmentRaises, figuresProblem, isOverLimit, lastDayOf, overdueDays, type EvaluationFigures } from '../../../shared/credit/credit-monthly';

/** 《客户授信额度执行评价表》 (seed002 客户管理制度3 第四十条): each computed column at its boundary. */

describe('over the limit (第二十二条 最大限额, 第三十二条)', () => {
  it('a balance equal to the limit is within it; one cent or one yuan more is over', () => {
    expect(isOverLimit(80_000, 80_000)).toBe(false);
    expect(isOverLimit(80_001, 80_000)).toBe(true);
    expect(isOverLimit(80_000.01, 80_000)).toBe(true);
    expect(isOverLimit(79_999.99, 80_000)).toBe(false);
  });
  it('any balance is over a limit of 0 (no credit granted, 第三十四条)', () => {
    expect(isOverLimit(0, 0)).toBe(false);
    expect(isOverLimit(0.01, 0)).toBe(true);
  });
});

describe('overdue days (第二十三条 回款、到货期限)', () => {
  it('counts whole days from the earliest unpaid due day to the statement day', () => {
    expect(overdueDays('2026-11-30', '2026-11-30')).toBe(0);
    expect(overdueDays('2026-11-29', '2026-11-30')).toBe(1);
    expect(overdueDays('2026-10-31', '2026-11-30')).toBe(30);
    expect(overdueDays('2024-02-28', '2024-03-01')).toBe(2);
    expect(overdueDays(null, '2026-11-30')).toBe(0);
  });
});

describe("finance's figures (第四十条)", () => {
  const ok: EvaluationFigures = { asOf: '2026-11-30', balance: 50_000, shipments: 30_000, payments: 20_000, overdueAmount: 10_000, earliestDueOn: '2026-11-10' };
  const problem = (change: Partial<EvaluationFigures>, today = '2026-12-02') => figuresProblem({ ...ok, ...change }, '2026-11', today)?.key ?? null;
  it('accepts figures within the month', () => {
    expect(problem({})).toBeNull();
    expect(problem({ overdueAmount: 50_000 })).toBeNull(); // all of the balance overdue
    expect(problem({ overdueAmount: 0, earliestDueOn: null })).toBeNull();
  });
  it('refuses a statement day outside the month or after today', () => {
    expect(problem({ asOf: '2026-12-01' })).toBe('creditMonthly.errors.asOfOutsideMonth');
    expect(problem({ asOf: '2026-10-31' })).toBe('creditMonthly.errors.asOfOutsideMonth');
    expect(problem({ asOf: '2026-11-20' }, '2026-11-19')).toBe('creditMonthly.errors.asOfFuture');
    expect(problem({ asOf: '2026-11-19', earliestDueOn: '2026-11-10' }, '2026-11-19')).toBeNull();
  });
  it('refuses an overdue amount above the balance (one yuan over), or without a past due day', () => {
    expect(problem({ overdueAmount: 50_001 })).toBe('creditMonthly.errors.overdueAboveBalance');
    expect(problem({ earliestDueOn: null })).toBe('creditMonthly.errors.overdueNeedsDueDay');
    expect(problem({ earliestDueOn: '2026-11-30' })).toBe('creditMonthly.errors.dueDayNotPast');
    expect(problem({ earliestDueOn: '2026-11-29' })).toBeNull();
    expect(problem({ overdueAmount: 0 })).toBe('creditMonthly.errors.dueDayWithoutOverdue');
  });
});

describe('adjustment and months', () => {
  it('第四十二条: a proposal above the limit raises it; equal or lower does not', () => {
    expect(adjustmentRaises(80_001, 80_000)).toBe(true);
    expect(adjustmentRaises(80_000, 80_000)).toBe(false);
    expect(adjustmentRaises(null, 80_000)).toBe(false);
  });
  it("a month's last day", () => {
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
  });
});
