import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { seed001S4ManufacturerPack } from '../../../../shared/rules/packs/seed001-s4-manufacturer';
import { SHIPPED_PACK_VERSIONS } from '../../../../shared/rules/packs/index';
const findPackVersion = (id: string, version: string) => SHIPPED_PACK_VERSIONS.find((p) => p.id === id && p.version === version);

const pack = rulePackSchema.parse(seed001S4ManufacturerPack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const receivedAt = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 Shanghai
const classOf = (ticked: string[]) => grade({ receivedAt, ticked, facts: {} }, pack, receivedAt, calendar).classCode;

describe('seed001-s4-manufacturer pack (seed001 S4)', () => {
  it('validates, with 轻微 below 严重', () => {
    expect(pack.id).toBe('seed001-s4-manufacturer');
    expect(pack.version).toBe('1.2.0');
    expect(pack.classes.map((c) => [c.code, c.label.zh])).toEqual([
      ['minor', '轻微投诉'],
      ['serious', '严重投诉'],
    ]);
    expect(pack.defaultClass).toBe('minor');
  });

  it('cites seed001 S4 6.x on every class, criterion and notification', () => {
    const sources = [...pack.classes.map((c) => c.source), ...pack.criteria.map((c) => c.source), ...pack.notifications.map((n) => n.source)];
    expect(pack.source).toMatch(/^seed001 S4 \S/);
    for (const source of sources) expect(source).toMatch(/^seed001 S4 6\.\d/);
  });

  it.each([
    [[], 'minor'],
    [['minor.on-the-spot'], 'minor'],
    [['serious.not-on-the-spot'], 'serious'],
    [['serious.compensation'], 'serious'],
    [['minor.on-the-spot', 'serious.not-on-the-spot'], 'serious'],
  ])('ticking %j grades %s', (ticked, expected) => {
    expect(classOf(ticked)).toBe(expected);
  });

  it('labels the two levels in the source’s words', () => {
    expect(pack.criteria.find((c) => c.id === 'minor.on-the-spot')?.label.zh).toBe('当场可以解决、不涉及赔偿的顾客投诉');
    expect(pack.criteria.find((c) => c.id === 'serious.not-on-the-spot')?.label.zh).toBe('当场不能解决的投诉');
    expect(pack.criteria.find((c) => c.id === 'serious.compensation')?.choice).toBeTruthy();
  });

  it('has no time limits (the source gives none), so nothing is ever overdue', () => {
    const result = grade({ receivedAt, ticked: ['serious.not-on-the-spot'], facts: {} }, pack, new Date('2027-01-01T00:00:00Z'), calendar);
    expect(result.deadlines).toEqual([]);
    expect(result.overdue).toEqual([]);
  });

  it('routes only 严重 complaints to the sales manager and the sales general manager', () => {
    const told = (ticked: string[]) => grade({ receivedAt, ticked, facts: {} }, pack, receivedAt, calendar).notifications.flatMap((n) => n.notify.map((t) => t.zh));
    expect(told([])).toEqual([]);
    expect(told(['serious.not-on-the-spot'])).toEqual(['销售经理', '销售总经理']);
  });

  it('1.2.0 declares the on-the-spot answer for 轻微 only, barred by compensation, citing 6.2.2 a); 1.1.0 stays shipped without it', () => {
    expect(pack.paths?.onTheSpot).toMatchObject({ meets: [], classes: ['minor'], source: 'seed001 S4 6.2.2 a)', noCompensation: { criteria: ['serious.compensation'], source: 'seed001 S4 6.2.2 a)' } });
    expect(pack.paths?.onTheSpot?.choice?.zh).toContain('不属于本程序范围');
    expect(pack.paths?.onTheSpot?.noCompensation?.choice?.zh).toContain('不涉及赔偿');
    expect(findPackVersion('seed001-s4-manufacturer', '1.1.0')?.paths).toBeUndefined();
    expect(findPackVersion('seed001-s4-manufacturer', '1.1.0')?.procedure).toBeDefined();
  });

  it('refuses a compensation bar naming a criterion the pack does not have', () => {
    const paths = { onTheSpot: { ...seed001S4ManufacturerPack.paths!.onTheSpot!, noCompensation: { criteria: ['no.such'], source: 'seed001 S4 6.2.2 a)' } } };
    expect(rulePackSchema.safeParse({ ...seed001S4ManufacturerPack, paths }).error?.issues[0]).toMatchObject({ path: ['paths', 'onTheSpot', 'noCompensation', 'criteria', 0] });
  });
});
