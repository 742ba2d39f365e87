import { describe, expect, it } from 'vitest';
import { localIsoDay } from '../../shared/domain/local-day';
import { localDayOf } from '../../shared/domain/serial-number';
import { siteDayOf } from '../../shared/domain/opinion-book';

describe('the calendar day of an instant in a time zone (one cached formatter per zone)', () => {
  it('turns at local midnight, not at UTC midnight', () => {
    expect(localIsoDay(new Date('2026-12-06T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-12-06');
    expect(localIsoDay(new Date('2026-12-06T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-12-07');
    expect(localIsoDay(new Date('2026-12-06T16:00:00Z'), 'Asia/Urumqi')).toBe('2026-12-06');
  });

  it('keeps each zone apart when zones alternate (the cache is per zone)', () => {
    const at = new Date('2026-12-31T17:30:00Z');
    for (let i = 0; i < 3; i++) {
      expect(localIsoDay(at, 'Asia/Shanghai')).toBe('2027-01-01');
      expect(localIsoDay(at, 'UTC')).toBe('2026-12-31');
    }
  });

  it('gives the serial number its yyyymmdd and the opinion book its yyyy-mm-dd', () => {
    const at = new Date('2026-03-04T20:00:00Z');
    expect(localDayOf(at, 'Asia/Shanghai')).toBe('20260305');
    expect(siteDayOf(at, 'Asia/Shanghai')).toBe('2026-03-05');
  });
});
