import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { seed004IPartsMakerPack } from '../../../../shared/rules/packs/seed004-i-parts-maker';
import { citedSources } from '../../../support/rule-packs';

const pack = rulePackSchema.parse(seed004IPartsMakerPack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const receivedAt = new Date('2026-11-23T02:00:00Z');
const classOf = (over: Partial<GradingRecord>) => grade({ receivedAt, ticked: [], facts: {}, ...over }, pack, receivedAt, calendar).classCode;

describe('seed004-i-parts-maker pack (seed004 §I 客诉程度判定标准预案)', () => {
  it('validates with 一般 < 批量 < 严重, no time limits (the source sets none)', () => {
    expect(pack.id).toBe('seed004-i-parts-maker');
    expect(pack.classes.map((c) => [c.code, c.label.zh])).toEqual([
      ['general', '一般程度客诉'],
      ['batch', '批量程度客诉'],
      ['serious', '严重程度客诉'],
    ]);
    expect(pack.defaultClass).toBe('general');
    expect(pack.deadlines).toEqual([]);
  });

  it('cites seed004 §I on every item', () => {
    const sources = citedSources(pack);
    for (const source of sources) expect(source).toMatch(/^seed004 §I [一二]/);
  });

  it.each([
    // defectiveShare (一 批量程度客诉: 30%比例以上, 30% included)
    [0, 'general'],
    [0.2999, 'general'],
    [0.3, 'batch'],
    [0.3001, 'batch'],
    [1, 'batch'],
  ])('a delivery %d defective grades %s', (share, expected) => {
    expect(classOf({ facts: { defectiveShare: share } })).toBe(expected);
  });

  it.each([
    // sameProblemCountThisMonth, this complaint included (二 严重程度客诉 3: 当月发生3次以上, 3 included)
    [1, 'general'],
    [2, 'general'],
    [3, 'serious'],
    [4, 'serious'],
  ])('the same problem %i times this month grades %s', (count, expected) => {
    expect(classOf({ facts: { sameProblemCountThisMonth: count } })).toBe(expected);
  });

  it('takes the highest class and explains the computed criteria', () => {
    expect(classOf({ facts: { defectiveShare: 0.5, sameProblemCountThisMonth: 3 } })).toBe('serious');
    expect(classOf({ facts: { defectiveShare: 0.5 }, ticked: ['general.cup.thread'] })).toBe('batch');
    expect(classOf({ facts: { defectiveShare: 0.1 }, ticked: ['serious.bb.no-thread'] })).toBe('serious');
    const result = grade({ receivedAt, ticked: [], facts: { defectiveShare: 0.3, sameProblemCountThisMonth: 2 } }, pack, receivedAt, calendar);
    expect(result.criteria.find((c) => c.id === 'batch.defective-share')).toMatchObject({ fired: true, how: 'computed', detail: 'defectiveShare 0.3 ≥ 0.3' });
    expect(result.criteria.find((c) => c.id === 'serious.repeat-this-month')).toMatchObject({ fired: false, detail: 'sameProblemCountThisMonth 2 ≥ 3' });
    expect(classOf({})).toBe('general'); // facts not entered: nothing computed fires
  });

  const lists: [string, number, RegExp][] = [
    ['general.pedal.', 11, /^seed004 §I 二 一般程度客诉 1\.\d+$/],
    ['general.cup.', 9, /^seed004 §I 二 一般程度客诉 2\.\d$/],
    // 批量程度客诉 2 “30%比例以上不良” states a number: it is batch.defective-share, computed, not a ninth tick.
    ['batch.', 8, /^seed004 §I 二 批量程度客诉 [013-9]$/],
    ['serious.pedal.', 5, /^seed004 §I 二 严重程度客诉 1\.\d$/],
    ['serious.bb.', 6, /^seed004 §I 二 严重程度客诉 2\.\d$/],
  ];

  it.each(lists)('has the 二 pick-list %s with %i ticked items', (prefix, count, source) => {
    const items = pack.criteria.filter((c) => c.id.startsWith(prefix) && c.source.includes(' 二 '));
    expect(items).toHaveLength(count);
    for (const c of items) {
      expect(c.source).toMatch(source);
      expect(c.predicate).toBeUndefined();
      expect(classOf({ ticked: [c.id] })).toBe(c.classCode);
      expect(c.id.startsWith(c.classCode)).toBe(true);
    }
  });

  it('keeps the 一 impact criteria as ticks of their class', () => {
    expect(pack.criteria.filter((c) => c.source.startsWith('seed004 §I 一')).map((c) => [c.id, c.classCode, Boolean(c.predicate)])).toEqual([
      ['general.impact', 'general', false],
      ['batch.defective-share', 'batch', true],
      ['batch.cannot-go-on-line', 'batch', false],
      ['serious.impact', 'serious', false],
    ]);
    expect(classOf({ ticked: ['batch.cannot-go-on-line'] })).toBe('batch');
    expect(classOf({ ticked: ['serious.impact'] })).toBe('serious');
    expect(pack.criteria).toHaveLength(4 + 1 + 11 + 9 + 8 + 5 + 6);
  });
});
