import { describe, expect, it } from 'vitest';
import { isoWeeksIn, nextDay, parsePeriod, zonedDayStart } from '../../../../shared/reports/ledgers/period';

const TODAY = '2026-12-06';
const ok = (code: string, today = TODAY) => {
  const result = parsePeriod(code, today);
  if (!result.ok) throw new Error(`${code}: ${result.problem}`);
  return result.period;
};
const problem = (code: string, today = TODAY) => {
  const result = parsePeriod(code, today);
  return result.ok ? null : result.problem;
};

describe('ledger periods', () => {
  it('reads the six forms as site days, both ends included', () => {
    expect(ok('2026')).toEqual({ code: '2026', kind: 'year', from: '2026-01-01', to: '2026-12-31' });
    expect(ok('2026-Q1')).toEqual({ code: '2026-Q1', kind: 'quarter', from: '2026-01-01', to: '2026-03-31' });
    expect(ok('2024-q1')).toMatchObject({ code: '2024-Q1', to: '2024-03-31' });
    expect(ok('2026-02')).toEqual({ code: '2026-02', kind: 'month', from: '2026-02-01', to: '2026-02-28' });
    expect(ok('2024-2')).toEqual({ code: '2024-02', kind: 'month', from: '2024-02-01', to: '2024-02-29' });
    expect(ok('2026-W47')).toEqual({ code: '2026-W47', kind: 'week', from: '2026-11-16', to: '2026-11-22' });
    expect(ok('2026-11-23')).toEqual({ code: '2026-11-23', kind: 'day', from: '2026-11-23', to: '2026-11-23' });
    expect(ok('2026-1-5')).toMatchObject({ code: '2026-01-05', kind: 'day' });
    expect(ok('2026-11-01..2026-11-15')).toEqual({ code: '2026-11-01..2026-11-15', kind: 'range', from: '2026-11-01', to: '2026-11-15' });
    expect(ok(' 2026-11-01 .. 2026-11-01 ')).toMatchObject({ kind: 'range', from: '2026-11-01', to: '2026-11-01' });
  });

  it('numbers ISO weeks from the week holding 4 January (2026 has 53, 2027 52)', () => {
    expect(isoWeeksIn(2026)).toBe(53);
    expect(isoWeeksIn(2027)).toBe(52);
    expect(ok('2026-W01')).toMatchObject({ from: '2025-12-29', to: '2026-01-04' });
    expect(ok('2026-W53', '2027-01-10')).toMatchObject({ from: '2026-12-28', to: '2027-01-03' });
    expect(problem('2027-W53', '2028-01-01')).toBe('periodNonexistent');
  });

  it('tells an unreadable code from a nonexistent period and a reversed range', () => {
    for (const code of ['', 'September', '2026/11', '26-11', '2026-11-01-', '2026-11-01..', '2026-H1']) expect(problem(code), code).toBe('periodUnreadable');
    for (const code of ['2026-13', '2026-00', '2026-Q0', '2026-Q5', '2026-W00', '2026-W54', '2026-02-29', '2026-04-31', '2026-11-01..2026-11-31', '1999', '2101']) {
      expect(problem(code), code).toBe('periodNonexistent');
    }
    expect(problem('2026-11-15..2026-11-01')).toBe('periodReversed');
  });

  it('refuses a period that starts after today and prints one that has started', () => {
    expect(problem('2026-12-07')).toBe('periodFuture');
    expect(problem('2027')).toBe('periodFuture');
    expect(problem('2026-W50')).toBe('periodFuture'); // starts Monday 2026-12-07
    expect(problem('2026-12-06')).toBeNull();
    expect(problem('2026-12')).toBeNull();
    expect(problem('2026-W49')).toBeNull(); // 2026-11-30 … 2026-12-06
  });

  it('starts a site day at midnight in the site\'s zone', () => {
    expect(zonedDayStart('2026-10-01', 'Asia/Shanghai')).toBe('2026-09-30T16:00:00.000Z');
    expect(zonedDayStart('2026-10-01', 'UTC')).toBe('2026-10-01T00:00:00.000Z');
    // Summer time: Berlin is UTC+2 on 1 July and UTC+1 on 1 January.
    expect(zonedDayStart('2026-07-01', 'Europe/Berlin')).toBe('2026-06-30T22:00:00.000Z');
    expect(zonedDayStart('2026-01-01', 'Europe/Berlin')).toBe('2025-12-31T23:00:00.000Z');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });
});
