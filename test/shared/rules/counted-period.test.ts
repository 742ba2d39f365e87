import { describe, expect, it } from 'vitest';
import { countedWithin } from '../../../shared/rules/counted-period';

const records = (...dates: string[]) => dates.map((on, i) => ({ id: `r${i + 1}`, on }));

describe('countedWithin: records within a period counted back, as the Civil Code counts (seed003 篇5 6.2 每年)', () => {
  it('a record still counts 365 days later (the same date next year) and no longer 366 days later', () => {
    const one = records('2025-03-01');
    expect(countedWithin(one, 12, '2026-02-28')).toHaveLength(1); // 364 days
    expect(countedWithin(one, 12, '2026-03-01')).toHaveLength(1); // 365 days: the last day of the year
    expect(countedWithin(one, 12, '2026-03-02')).toHaveLength(0); // 366 days: past the year
  });

  it('counts a leap day’s year to 28 February, and never a record dated after the day', () => {
    expect(countedWithin(records('2024-02-29'), 12, '2025-02-28')).toHaveLength(1);
    expect(countedWithin(records('2024-02-29'), 12, '2025-03-01')).toHaveLength(0);
    expect(countedWithin(records('2026-03-02'), 12, '2026-03-01')).toHaveLength(0);
  });

  it('counts the third of three within the year, and two when the first has dropped out', () => {
    const three = records('2025-03-01', '2025-09-01', '2026-03-01');
    expect(countedWithin(three, 12, '2026-03-01').map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(countedWithin(three, 12, '2026-03-02').map((r) => r.id)).toEqual(['r2', 'r3']);
  });
});
