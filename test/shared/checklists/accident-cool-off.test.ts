import { describe, expect, it } from 'vitest';
import { periodLastDay, periodWords, shanghaiDate, withinCoolOff } from '../../../shared/checklists/accident-cool-off';

describe('accident cool-off arithmetic (seed004 §A 第五条 一级2/二级2; 民法典 第二百零一至二百零三条)', () => {
  it('ends a period on the corresponding day, or the month’s last day when there is none', () => {
    expect(periodLastDay('2023-03-15', 12)).toBe('2024-03-15');
    expect(periodLastDay('2023-03-15', 6)).toBe('2023-09-15');
    expect(periodLastDay('2023-08-31', 6)).toBe('2024-02-29');
    expect(periodLastDay('2022-08-31', 6)).toBe('2023-02-28');
    expect(periodLastDay('2024-02-29', 12)).toBe('2025-02-28');
    expect(periodLastDay('2023-11-30', 3)).toBe('2024-02-29');
    expect(periodLastDay('2023-12-31', 36)).toBe('2026-12-31');
  });

  it('is 未满 up to and including the last day, 满 from the next day', () => {
    expect(withinCoolOff('2023-03-15', 12, '2024-03-14')).toBe(true);
    expect(withinCoolOff('2023-03-15', 12, '2024-03-15')).toBe(true);
    expect(withinCoolOff('2023-03-15', 12, '2024-03-16')).toBe(false);
    expect(withinCoolOff('2023-08-31', 6, '2024-02-29')).toBe(true);
    expect(withinCoolOff('2023-08-31', 6, '2024-03-01')).toBe(false);
    expect(withinCoolOff('2023-03-15', 12, '2023-03-15')).toBe(true);
  });

  it('vetoes nothing for an accident after the assessment date', () => {
    expect(withinCoolOff('2024-05-01', 36, '2024-04-30')).toBe(false);
  });

  it('reads dates as calendar dates in Asia/Shanghai', () => {
    expect(shanghaiDate('2023-03-15')).toBe('2023-03-15');
    expect(shanghaiDate('2023-03-14T16:30:00Z')).toBe('2023-03-15'); // 00:30 in Shanghai
    expect(shanghaiDate('2023-03-14T15:59:59Z')).toBe('2023-03-14');
    expect(shanghaiDate('2023-02-30')).toBeNull();
    expect(shanghaiDate('next week')).toBeNull();
  });

  it('words periods as the source does', () => {
    expect(periodWords(6)).toEqual({ zh: '半年', en: 'half a year' });
    expect(periodWords(12).zh).toBe('1年');
    expect(periodWords(36).zh).toBe('3年');
  });
});
