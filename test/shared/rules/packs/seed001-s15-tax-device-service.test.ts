import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { seed001S15TaxDeviceServicePack } from '../../../../shared/rules/packs/seed001-s15-tax-device-service';

const pack = rulePackSchema.parse(seed001S15TaxDeviceServicePack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const receivedAt = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 Shanghai
const graded = (over: Partial<GradingRecord>) => grade({ receivedAt, ticked: [], facts: {}, ...over }, pack, receivedAt, calendar);

describe('seed001-s15-tax-device-service pack (seed001 S15)', () => {
  it('validates, 一般性 below 严重性, 一般性 by default', () => {
    expect(pack.id).toBe('seed001-s15-tax-device-service');
    expect(pack.version).toBe('1.1.0');
    expect(pack.classes.map((c) => [c.code, c.label.zh])).toEqual([
      ['general', '一般性投诉'],
      ['serious', '严重性投诉'],
    ]);
    expect(graded({}).classCode).toBe('general');
  });

  it('cites seed001 S15 3.1.1 / 3.1.2 a–f on every criterion', () => {
    expect(pack.source).toMatch(/^seed001 S15 \S/);
    for (const c of pack.classes) expect(c.source).toMatch(/^seed001 S15 3\.1\.[12]$/);
    for (const c of pack.criteria) expect(c.source).toMatch(c.classCode === 'general' ? /^seed001 S15 3\.1\.1 [a-f]$/ : /^seed001 S15 3\.1\.2 [a-f]$/);
    const letters = (cls: string) => [...new Set(pack.criteria.filter((c) => c.classCode === cls).map((c) => c.source.slice(-1)))];
    expect(letters('general')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(letters('serious')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it.each([
    [0, false],
    [29, false],
    [30, true], // “半小时以上”: 以上 includes the number
    [31, true],
    [120, true],
  ])('%i minutes late for the agreed visit fires 3.1.1 d: %s', (late, fired) => {
    const result = graded({ facts: { appointmentLateMinutes: late } });
    expect(result.criteria.find((c) => c.id === 'general.d.late')).toMatchObject({ fired, how: 'computed', detail: `appointmentLateMinutes ${late} ≥ 30` });
    expect(result.classCode).toBe('general');
  });

  it('does not fire 3.1.1 d when the lateness is not recorded', () => {
    expect(graded({}).criteria.find((c) => c.id === 'general.d.late')).toMatchObject({ fired: false, detail: 'appointmentLateMinutes ? ≥ 30' });
  });

  it.each([
    [0, 'general'],
    [1, 'serious'],
  ])('media exposure %i grades %s (3.1.2 c)', (media, expected) => {
    const result = graded({ facts: { mediaInvolved: media, appointmentLateMinutes: 45 } });
    expect(result.classCode).toBe(expected);
    expect(result.criteria.find((c) => c.id === 'serious.c')).toMatchObject({ fired: media === 1, how: 'computed', source: 'seed001 S15 3.1.2 c' });
  });

  it.each([
    ['general.a', 'general'],
    ['general.b', 'general'],
    ['general.c', 'general'],
    ['general.d.refused', 'general'],
    ['general.e', 'general'],
    ['general.f', 'general'],
    ['serious.a', 'serious'],
    ['serious.b', 'serious'],
    ['serious.d', 'serious'],
    ['serious.e', 'serious'],
    ['serious.f', 'serious'],
  ])('ticking %s grades %s', (id, expected) => {
    const result = graded({ ticked: [id] });
    expect(result.classCode).toBe(expected);
    expect(result.criteria.find((c) => c.id === id)).toMatchObject({ fired: true, how: 'ticked' });
  });

  it('a serious condition outranks general ones', () => {
    expect(graded({ ticked: ['general.a', 'serious.d'], facts: { appointmentLateMinutes: 31 } }).classCode).toBe('serious');
  });

  it('has no time limits (4.1 e names none)', () => {
    expect(graded({ ticked: ['serious.a'] }).deadlines).toEqual([]);
  });
});
