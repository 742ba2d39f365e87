import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { seed002Doc11HeatSupplyPack } from '../../../../shared/rules/packs/seed002-doc11-heat-supply';
import { citedSources } from '../../../support/rule-packs';

const pack = rulePackSchema.parse(seed002Doc11HeatSupplyPack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const monday = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 Shanghai
const record = (over: Partial<GradingRecord> = {}): GradingRecord => ({ receivedAt: monday, ticked: [], facts: {}, ...over });
const dues = (r: GradingRecord, now = monday) => Object.fromEntries(grade(r, pack, now, calendar).deadlines.map((d) => [d.step, d.due]));
const at = (iso: string) => new Date(iso);

describe('seed002-doc11-heat-supply pack (seed002 客户管理制度11)', () => {
  it('validates with complaint and report (举报) classes and the two repair classes', () => {
    expect(pack.id).toBe('seed002-doc11-heat-supply');
    expect(pack.classes.map((c) => c.code)).toEqual(['complaint', 'report', 'repair', 'repair-leak']);
    expect(pack.defaultClass).toBe('complaint');
  });

  it('cites seed002 客户管理制度11 on every item', () => {
    const sources = citedSources(pack);
    for (const source of sources) expect(source).toMatch(/^seed002 客户管理制度11 \S/);
  });

  it.each([
    [[], 'complaint'],
    [['report'], 'report'],
    [['repair'], 'repair'],
    [['repair-leak'], 'repair-leak'],
  ])('ticking %j grades %s', (ticked, expected) => {
    expect(grade(record({ ticked }), pack, monday, calendar).classCode).toBe(expected);
  });

  it.each([
    // ticked, received (UTC), station opinion (四(五), 1 h), reply (十一(六))
    [[], '2026-11-23T02:00:00Z', '2026-11-23T03:00:00.000Z', '2026-11-30T09:30:00.000Z'], // 5 working days: Mon 30 Nov 17:30
    [['report'], '2026-11-23T02:00:00Z', '2026-11-23T03:00:00.000Z', '2026-12-07T09:30:00.000Z'], // 10 working days: Mon 7 Dec 17:30
    [[], '2026-09-30T02:00:00Z', '2026-09-30T03:00:00.000Z', '2026-10-13T09:30:00.000Z'], // Oct 8, 9, 10 (调休), 12, 13
    [['report'], '2026-09-30T02:00:00Z', '2026-09-30T03:00:00.000Z', '2026-10-20T09:30:00.000Z'], // … 14, 15, 16, 19, 20
  ])('%j received %s: opinion by %s, reply by %s', (ticked, received, response, reply) => {
    const receivedAt = at(received);
    expect(dues(record({ receivedAt, ticked }), receivedAt)).toEqual({ response, reply });
  });

  it('times an ordinary repair: contact 30 min, arrive 2 h, finish 24 h, revisit 48 h after (九(十), 九(十一))', () => {
    expect(dues(record({ ticked: ['repair'] }))).toEqual({
      firstContact: '2026-11-23T02:30:00.000Z',
      arrival: '2026-11-23T04:00:00.000Z',
      resolution: '2026-11-24T02:00:00.000Z',
      callBack: null,
    });
    expect(dues(record({ ticked: ['repair'], resolvedAt: at('2026-11-23T09:00:00Z') })).callBack).toBe('2026-11-25T09:00:00.000Z');
  });

  it('times a leak: arrive within 30 minutes, revisit 48 h after', () => {
    expect(dues(record({ ticked: ['repair-leak'], resolvedAt: at('2026-11-23T03:15:00Z') }))).toEqual({
      arrival: '2026-11-23T02:30:00.000Z',
      callBack: '2026-11-25T03:15:00.000Z',
    });
  });

  it('is overdue one minute after the leak arrival deadline and not before', () => {
    const leak = record({ ticked: ['repair-leak'] });
    expect(grade(leak, pack, at('2026-11-23T02:30:00Z'), calendar).overdue).toEqual([]);
    expect(grade(leak, pack, at('2026-11-23T02:31:00Z'), calendar).overdue).toEqual(['arrival']);
    const arrived = record({ ticked: ['repair-leak'], done: { arrival: at('2026-11-23T02:25:00Z') } });
    expect(grade(arrived, pack, at('2026-11-23T05:00:00Z'), calendar).overdue).toEqual([]);
  });

  it('is overdue on each repair step one minute after it and not before', () => {
    const repair = record({ ticked: ['repair'] });
    expect(grade(repair, pack, at('2026-11-23T02:30:00Z'), calendar).overdue).toEqual([]);
    expect(grade(repair, pack, at('2026-11-23T02:31:00Z'), calendar).overdue).toEqual(['firstContact']);
    expect(grade(repair, pack, at('2026-11-23T04:01:00Z'), calendar).overdue).toEqual(['firstContact', 'arrival']);
    const onSite = record({ ticked: ['repair'], done: { firstContact: at('2026-11-23T02:10:00Z'), arrival: at('2026-11-23T03:00:00Z') } });
    expect(grade(onSite, pack, at('2026-11-24T02:00:00Z'), calendar).overdue).toEqual([]);
    expect(grade(onSite, pack, at('2026-11-24T02:01:00Z'), calendar).overdue).toEqual(['resolution']);
    const fixed = record({ ticked: ['repair'], resolvedAt: at('2026-11-24T01:00:00Z'), done: onSite.done });
    expect(grade(fixed, pack, at('2026-11-24T02:01:00Z'), calendar).overdue).toEqual([]);
  });

  it('is overdue on the complaint reply one minute after five working days and not before', () => {
    const r = record({ done: { response: at('2026-11-23T02:40:00Z') } });
    expect(grade(r, pack, at('2026-11-30T09:30:00Z'), calendar).overdue).toEqual([]);
    expect(grade(r, pack, at('2026-11-30T09:31:00Z'), calendar).overdue).toEqual(['reply']);
    const report = record({ ticked: ['report'], done: { response: at('2026-11-23T02:40:00Z') } });
    expect(grade(report, pack, at('2026-11-30T09:31:00Z'), calendar).overdue).toEqual([]);
  });

  it('passes complaints and reports to the department or leader and repairs to the repair department', () => {
    const told = (ticked: string[]) => grade(record({ ticked }), pack, monday, calendar).notifications.flatMap((n) => n.notify.map((t) => t.zh));
    expect(told([])).toEqual(['相关部门或领导']);
    expect(told(['report'])).toEqual(['相关部门或领导']);
    expect(told(['repair'])).toEqual(['抢修部门']);
    expect(told(['repair-leak'])).toEqual(['抢修部门']);
  });
});
