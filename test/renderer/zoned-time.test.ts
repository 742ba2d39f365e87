import { describe, expect, it } from 'vitest';
import { formatInstant, fromDateTimeLocal, toDateTimeLocal } from '../../renderer/lib/zoned-time';
import { summarise } from '../../renderer/lib/summarise';

describe('site-time helpers', () => {
  it('formats instants as yyyy-MM-dd HH:mm in Asia/Shanghai whatever the computer’s zone', () => {
    expect(formatInstant('2026-03-01T16:05:00.000Z')).toBe('2026-03-02 00:05');
    expect(formatInstant('2026-03-01T08:05:00+08:00')).toBe('2026-03-01 08:05');
    expect(formatInstant(null)).toBe('');
  });

  it('reads datetime-local values as site time and round-trips', () => {
    expect(fromDateTimeLocal('2026-03-01T09:30')).toBe('2026-03-01T01:30:00.000Z');
    expect(fromDateTimeLocal('2026-03-01T00:10')).toBe('2026-02-28T16:10:00.000Z');
    expect(toDateTimeLocal(new Date('2026-02-28T16:10:00.000Z'))).toBe('2026-03-01T00:10');
    expect(fromDateTimeLocal('not a date')).toBeNull();
  });

  it('handles zones with daylight saving', () => {
    // 02:30 on 2026-03-08 does not exist in New York; 01:30 does (EST, UTC−5).
    expect(fromDateTimeLocal('2026-03-08T01:30', 'America/New_York')).toBe('2026-03-08T06:30:00.000Z');
    expect(fromDateTimeLocal('2026-07-01T12:00', 'America/New_York')).toBe('2026-07-01T16:00:00.000Z');
  });

  it('summarises without splitting characters', () => {
    expect(summarise('短文本', 40)).toBe('短文本');
    expect(summarise('一二三四五六', 4)).toBe('一二三四…');
    expect(summarise('a\n\n b', 10)).toBe('a b');
  });
});
