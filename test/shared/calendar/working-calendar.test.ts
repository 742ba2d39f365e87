import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR, extendCalendar } from '../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../shared/calendar/working-calendar';

const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
/** A Shanghai local time as an instant. */
const sh = (local: string) => new Date(`${local}+08:00`);
const iso = (local: string) => sh(local).toISOString();

describe('working days (Asia/Shanghai, 08:30–17:30)', () => {
  it.each([
    ['Friday morning', '2026-11-20T10:00:00', 1, '2026-11-23T17:30:00'],
    ['Friday at 17:55', '2026-11-20T17:55:00', 1, '2026-11-23T17:30:00'],
    ['Sunday', '2026-11-22T11:00:00', 1, '2026-11-23T17:30:00'],
    ['Monday 08:00, 3 days', '2026-11-23T08:00:00', 3, '2026-11-26T17:30:00'],
    ['before Spring Festival: make-up Saturday 14 Feb counts', '2026-02-13T10:00:00', 1, '2026-02-14T17:30:00'],
    ['across the Spring Festival week', '2026-02-13T10:00:00', 2, '2026-02-24T17:30:00'],
    ['after the Spring Festival: make-up Saturday 28 Feb counts', '2026-02-27T10:00:00', 1, '2026-02-28T17:30:00'],
    ['across National Day', '2026-09-30T10:00:00', 1, '2026-10-08T17:30:00'],
    ['National Day make-up Saturday 10 Oct counts', '2026-09-30T10:00:00', 3, '2026-10-10T17:30:00'],
    ['make-up Sunday 20 Sep counts', '2026-09-19T10:00:00', 1, '2026-09-20T17:30:00'],
  ])('%s: %s + %i working days → %s', (_name, received, days, due) => {
    expect(calendar.addWorkingDays(sh(received), days)).toEqual({ due: new Date(iso(due)), provisional: false });
  });

  it('knows holidays, make-up days and ordinary weekends', () => {
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-11-21')).toBe(false);
    expect(calendar.isWorkingDay('2026-11-23')).toBe(true);
  });

  it('marks a deadline beyond the known years provisional, counted on weekdays', () => {
    const result = calendar.addWorkingDays(sh('2026-12-31T10:00:00'), 1);
    expect(result).toEqual({ due: new Date(iso('2027-01-01T17:30:00')), provisional: true });
  });

  it('recomputes once head office publishes the next year (New Year’s Day 2027 off)', () => {
    const published = extendCalendar(CHINA_MAINLAND_CALENDAR, { version: 'ho-2027.1', holidays: ['2027-01-01'], makeUpWorkdays: [], coveredYears: [2027] });
    const result = new WorkingCalendar(published).addWorkingDays(sh('2026-12-31T10:00:00'), 1);
    expect(result).toEqual({ due: new Date(iso('2027-01-04T17:30:00')), provisional: false });
  });
});

describe('working time, same day, next day, next month', () => {
  it('counts half a working day inside opening hours', () => {
    expect(calendar.addHalfWorkingDays(sh('2026-11-23T16:00:00'), 1).due).toEqual(sh('2026-11-24T11:30:00'));
    expect(calendar.addHalfWorkingDays(sh('2026-11-21T09:00:00'), 1).due).toEqual(sh('2026-11-23T13:00:00'));
  });

  it('counts 8 working hours across a weekend', () => {
    expect(calendar.addWorkingMinutes(sh('2026-11-20T15:00:00'), 8 * 60).due).toEqual(sh('2026-11-23T14:00:00'));
  });

  it('ends the same working day at closing, or the next working day when it arrived after closing', () => {
    expect(calendar.endOfSameWorkingDay(sh('2026-11-20T10:00:00')).due).toEqual(sh('2026-11-20T17:30:00'));
    expect(calendar.endOfSameWorkingDay(sh('2026-11-20T17:55:00')).due).toEqual(sh('2026-11-23T17:30:00'));
  });

  it('gives the end of the next calendar day and the 10th of next month', () => {
    expect(calendar.endOfCalendarDays(sh('2026-11-20T23:30:00'), 1).due).toEqual(sh('2026-11-22T00:00:00'));
    expect(calendar.dayOfNextMonth(sh('2026-12-15T10:00:00'), 10, false).due).toEqual(sh('2027-01-10T00:00:00'));
    expect(calendar.dayOfNextMonth(sh('2026-12-15T10:00:00'), 10, true).due).toEqual(sh('2027-01-11T00:00:00'));
  });
});

describe('properties', () => {
  const instants = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-20T00:00:00Z'), noInvalidDate: true });

  it('a deadline in working days always falls on a working day, at closing time, after the start', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 15 }), (start, days) => {
        const { due } = calendar.addWorkingDays(start, days);
        const local = calendar.local(due);
        return calendar.isWorkingDay(local.date) && local.minute === calendar.hours.close && due > start;
      }),
      { numRuns: 500 },
    );
  });

  it('one more working day never gives an earlier deadline', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 15 }), (start, days) => calendar.addWorkingDays(start, days + 1).due > calendar.addWorkingDays(start, days).due),
      { numRuns: 300 },
    );
  });

  it('working time ends inside opening hours on a working day', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 5000 }), (start, minutes) => {
        const local = calendar.local(calendar.addWorkingMinutes(start, minutes).due);
        return calendar.isWorkingDay(local.date) && local.minute > calendar.hours.open && local.minute <= calendar.hours.close;
      }),
      { numRuns: 300 },
    );
  });
});
