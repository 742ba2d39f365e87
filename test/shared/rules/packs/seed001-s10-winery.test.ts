import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { seed001S10WineryPackV100 } from '../../../../shared/rules/packs/seed001-s10-winery';
import { citedSources } from '../../../support/rule-packs';

// 1.0.0, still shipped, where the head's arrival runs 20 minutes from receipt; 1.2.0's from being told: test/core/clock-starts.test.ts.
const pack = rulePackSchema.parse(seed001S10WineryPackV100);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const receivedAt = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 Shanghai
const record = (over: Partial<GradingRecord> = {}): GradingRecord => ({ receivedAt, ticked: [], facts: {}, ...over });
const minute = (iso: string, delta: number) => new Date(new Date(iso).getTime() + delta * 60_000);

describe('seed001-s10-winery pack (seed001 S10)', () => {
  it('validates, four levels lowest first, 轻微 by default', () => {
    expect(pack.id).toBe('seed001-s10-winery');
    expect(pack.version).toBe('1.0.0');
    expect(pack.classes.map((c) => [c.code, c.label.zh])).toEqual([
      ['minor', '轻微投诉'],
      ['general', '一般投诉'],
      ['major', '重大投诉'],
      ['especially-large', '特大投诉'],
    ]);
    expect(grade(record(), pack, receivedAt, calendar).classCode).toBe('minor');
  });

  it('cites seed001 S10 on every class, criterion, deadline and notification', () => {
    const sources = citedSources(pack);
    for (const source of sources) expect(source).toMatch(/^seed001 S10 [一二三]/);
  });

  it('ticks every level by hand and says 表1 is missing (no computed thresholds)', () => {
    expect(pack.criteria.map((c) => c.id)).toEqual(['minor.amount-scope', 'general.amount-scope', 'major.amount-scope', 'especially-large.amount-scope']);
    for (const c of pack.criteria) {
      expect(c.predicate).toBeUndefined();
      expect(c.choice?.en).toContain('表1');
      expect(c.choice?.en).toContain('Head office may publish computed thresholds');
    }
  });

  it.each([
    [['minor.amount-scope'], 'minor'],
    [['general.amount-scope'], 'general'],
    [['major.amount-scope'], 'major'],
    [['especially-large.amount-scope'], 'especially-large'],
    [['general.amount-scope', 'major.amount-scope'], 'major'],
    [['especially-large.amount-scope', 'minor.amount-scope'], 'especially-large'],
  ])('ticking %j grades %s', (ticked, expected) => {
    expect(grade(record({ ticked }), pack, receivedAt, calendar).classCode).toBe(expected);
  });

  it.each([
    // received (UTC)           class       report to head (10 min)    head on site (10 + 10 min)   resolved (2 h / 12 h)
    ['2026-11-23T02:00:00Z', 'minor', '2026-11-23T02:10:00.000Z', '2026-11-23T02:20:00.000Z', '2026-11-23T04:00:00.000Z'],
    ['2026-11-23T02:00:00Z', 'general', '2026-11-23T02:10:00.000Z', '2026-11-23T02:20:00.000Z', '2026-11-23T14:00:00.000Z'],
    // Sunday 23:55 Shanghai: clock minutes and hours run through the night and the weekend.
    ['2026-11-29T15:55:00Z', 'minor', '2026-11-29T16:05:00.000Z', '2026-11-29T16:15:00.000Z', '2026-11-29T17:55:00.000Z'],
    ['2026-11-29T15:55:00Z', 'general', '2026-11-29T16:05:00.000Z', '2026-11-29T16:15:00.000Z', '2026-11-30T03:55:00.000Z'],
  ])('received %s as %s: head told by %s, on site by %s, resolved by %s', (received, cls, head, site, resolved) => {
    const at = new Date(received);
    const result = grade(record({ receivedAt: at, ticked: [`${cls}.amount-scope`] }), pack, at, calendar);
    expect(result.classCode).toBe(cls);
    expect(result.deadlines.map((d) => [d.step, d.due, d.provisional])).toEqual([
      ['escalation.deptHead', head, false],
      ['arrival', site, false],
      ['resolution', resolved, false],
    ]);
  });

  it.each(['major', 'especially-large'])('sets no deadline for %s (the source gives none) and says so on the class', (cls) => {
    const result = grade(record({ ticked: [`${cls}.amount-scope`] }), pack, receivedAt, calendar);
    expect(result.classCode).toBe(cls);
    expect(result.deadlines).toEqual([]);
    expect(pack.classes.find((c) => c.code === cls)?.choice?.en).toContain('No time limit');
  });

  it.each([
    ['minor', 'escalation.deptHead', '2026-11-23T02:10:00.000Z'],
    ['minor', 'arrival', '2026-11-23T02:20:00.000Z'],
    ['minor', 'resolution', '2026-11-23T04:00:00.000Z'],
    ['general', 'escalation.deptHead', '2026-11-23T02:10:00.000Z'],
    ['general', 'arrival', '2026-11-23T02:20:00.000Z'],
    ['general', 'resolution', '2026-11-23T14:00:00.000Z'],
  ])('%s: %s is overdue one minute after %s, not at it', (cls, step, due) => {
    const ticked = [`${cls}.amount-scope`];
    expect(grade(record({ ticked }), pack, new Date(due), calendar).overdue).not.toContain(step);
    expect(grade(record({ ticked }), pack, minute(due, 1), calendar).overdue).toContain(step);
  });

  it('a step met in time is not overdue later, one met a minute late is', () => {
    const now = new Date('2026-11-23T06:00:00Z');
    const onTime = grade(
      record({ done: { 'escalation.deptHead': new Date('2026-11-23T02:10:00Z'), arrival: new Date('2026-11-23T02:20:00Z') }, resolvedAt: new Date('2026-11-23T04:00:00Z') }),
      pack,
      now,
      calendar,
    );
    expect(onTime.overdue).toEqual([]);
    const late = grade(
      record({ done: { 'escalation.deptHead': new Date('2026-11-23T02:11:00Z'), arrival: new Date('2026-11-23T02:21:00Z') }, resolvedAt: new Date('2026-11-23T04:01:00Z') }),
      pack,
      now,
      calendar,
    );
    expect(late.overdue).toEqual(['escalation.deptHead', 'arrival', 'resolution']);
  });

  it('tells the department head, the leader in charge for 一般, and unit leadership and the service centre for 特、重大', () => {
    const told = (cls: string) => grade(record({ ticked: [`${cls}.amount-scope`] }), pack, receivedAt, calendar).notifications.flatMap((n) => n.notify.map((t) => t.zh));
    expect(told('minor')).toEqual(['本部门负责人']);
    expect(told('general')).toEqual(['本部门负责人', '本单位分管领导']);
    expect(told('major')).toEqual(['本单位领导', '客服中心']);
    expect(told('especially-large')).toEqual(['本单位领导', '客服中心']);
  });
});
