import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { seed002Doc8PropertyPackV100 } from '../../../../shared/rules/packs/seed002-doc8-property';
import { citedSources } from '../../../support/rule-packs';

// 1.0.0, still shipped, where every limit runs from receipt; 1.1.0's clocks from being told: test/core/clock-starts.test.ts.
const pack = rulePackSchema.parse(seed002Doc8PropertyPackV100);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const monday = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 Shanghai
const record = (over: Partial<GradingRecord> = {}): GradingRecord => ({ receivedAt: monday, ticked: [], facts: {}, ...over });
const dues = (r: GradingRecord, now = monday) => Object.fromEntries(grade(r, pack, now, calendar).deadlines.map((d) => [d.step, d.due]));
const at = (iso: string) => new Date(iso);

describe('seed002-doc8-property pack (seed002 客户管理制度8)', () => {
  it('validates with routine, unreasonable and emergency/major classes', () => {
    expect(pack.id).toBe('seed002-doc8-property');
    expect(pack.classes.map((c) => c.code)).toEqual(['routine', 'unreasonable', 'major']);
    expect(pack.defaultClass).toBe('routine');
  });

  it('cites seed002 客户管理制度8 on every item', () => {
    const sources = citedSources(pack);
    for (const source of sources) expect(source).toMatch(/^seed002 客户管理制度8 \S/);
  });

  it.each([
    [[], 'routine'],
    [['routine.reasonable'], 'routine'],
    [['unreasonable'], 'unreasonable'],
    [['major.emergency-repair'], 'major'],
    [['major.important'], 'major'],
    [['major.developer'], 'major'],
    [['unreasonable', 'major.important'], 'major'],
  ])('ticking %j grades %s', (ticked, expected) => {
    expect(grade(record({ ticked }), pack, monday, calendar).classCode).toBe(expected);
  });

  it('times a routine complaint from receipt, dispatch and completion (具体内容1, 2, 4, 5, 8)', () => {
    const r = record({ dispatchedAt: at('2026-11-23T06:00:00Z'), resolvedAt: at('2026-11-24T07:00:00Z') });
    expect(dues(r)).toEqual({
      entry: '2026-11-24T02:00:00.000Z', // 24 h
      dispatch: '2026-11-23T14:00:00.000Z', // 12 h
      'response.delay': '2026-11-23T08:00:00.000Z', // 2 h after dispatch
      'response.completion': '2026-11-24T09:00:00.000Z', // 2 h after completion
      callBack: '2026-11-26T09:30:00.000Z', // 2 working days after Tue 15:00: Thu 17:30
      'reply.firstReceiver': '2026-11-24T09:00:00.000Z', // 2 h after completion
    });
  });

  it('times an unreasonable complaint only for the hand-over and the first-contact person', () => {
    expect(dues(record({ ticked: ['unreasonable'], resolvedAt: at('2026-11-23T04:00:00Z') }))).toEqual({
      entry: '2026-11-24T02:00:00.000Z',
      'reply.firstReceiver': '2026-11-23T06:00:00.000Z',
    });
  });

  it('times the emergency/major chain at 3, 5 and 10 minutes with written reports at 24 h and 48 h (具体内容6, 7)', () => {
    const r = record({ ticked: ['major.important'], resolvedAt: at('2026-11-27T11:00:00Z') }); // finished Fri 19:00 Shanghai
    expect(dues(r)).toEqual({
      entry: '2026-11-24T02:00:00.000Z',
      'response.completion': '2026-11-27T13:00:00.000Z',
      'escalation.dept': '2026-11-23T02:03:00.000Z',
      'escalation.supervisor': '2026-11-23T02:05:00.000Z',
      'escalation.supervisor.written': '2026-11-24T02:00:00.000Z',
      'escalation.board': '2026-11-23T02:10:00.000Z',
      'escalation.board.written': '2026-11-25T02:00:00.000Z',
      verification: '2026-11-27T19:00:00.000Z', // 8 h
      callBack: '2026-12-01T09:30:00.000Z', // 2 working days after Friday evening: Mon 30 Nov, Tue 1 Dec 17:30
      'reply.firstReceiver': '2026-11-27T13:00:00.000Z',
    });
  });

  it('counts the routine revisit over the National Day holiday', () => {
    expect(dues(record({ resolvedAt: at('2026-09-30T02:00:00Z') })).callBack).toBe('2026-10-09T09:30:00.000Z'); // Thu 8, Fri 9 Oct
  });

  it.each([
    ['2026-11-23T02:03:00Z', []],
    ['2026-11-23T02:04:00Z', ['escalation.dept']],
    ['2026-11-23T02:05:00Z', ['escalation.dept']],
    ['2026-11-23T02:06:00Z', ['escalation.dept', 'escalation.supervisor']],
    ['2026-11-23T02:10:00Z', ['escalation.dept', 'escalation.supervisor']],
    ['2026-11-23T02:11:00Z', ['escalation.dept', 'escalation.supervisor', 'escalation.board']],
  ])('an untouched major matter at %s is overdue on %j', (now, overdue) => {
    expect(grade(record({ ticked: ['major.emergency-repair'] }), pack, at(now), calendar).overdue).toEqual(overdue);
  });

  it('is overdue on a written report one minute after its deadline, not before, and not once filed', () => {
    const done = { 'escalation.dept': at('2026-11-23T02:02:00Z'), 'escalation.supervisor': at('2026-11-23T02:04:00Z'), 'escalation.board': at('2026-11-23T02:09:00Z') };
    const r = record({ ticked: ['major.developer'], done });
    expect(grade(r, pack, at('2026-11-24T02:00:00Z'), calendar).overdue).toEqual([]);
    expect(grade(r, pack, at('2026-11-24T02:01:00Z'), calendar).overdue).toEqual(['entry', 'escalation.supervisor.written']);
    const filed = record({ ticked: ['major.developer'], done: { ...done, entry: monday, 'escalation.supervisor.written': at('2026-11-23T20:00:00Z') } });
    expect(grade(filed, pack, at('2026-11-25T02:00:00Z'), calendar).overdue).toEqual([]);
    expect(grade(filed, pack, at('2026-11-25T02:01:00Z'), calendar).overdue).toEqual(['escalation.board.written']);
  });

  it('is overdue on the routine dispatch one minute after 12 hours and not before', () => {
    const r = record({ done: { entry: monday } });
    expect(grade(r, pack, at('2026-11-23T14:00:00Z'), calendar).overdue).toEqual([]);
    expect(grade(r, pack, at('2026-11-23T14:01:00Z'), calendar).overdue).toEqual(['dispatch']);
  });

  it('tells the relevant department and the developer’s customer service of a major matter', () => {
    expect(grade(record({ ticked: ['major.important'] }), pack, monday, calendar).notifications.flatMap((n) => n.notify.map((t) => t.zh))).toEqual([
      '相关部门',
      '发展商客户服务部',
    ]);
    expect(grade(record(), pack, monday, calendar).notifications).toEqual([]);
    expect(pack.escalationTriggers.map((t) => t.code)).toEqual(['customer-not-persuaded', 'beyond-management-office', 'beyond-supervising-leader']);
  });
});
