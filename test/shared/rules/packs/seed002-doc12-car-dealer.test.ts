import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { seed002Doc12CarDealerPack } from '../../../../shared/rules/packs/seed002-doc12-car-dealer';
import { citedSources } from '../../../support/rule-packs';

const pack = rulePackSchema.parse(seed002Doc12CarDealerPack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const monday = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 Shanghai
const record = (over: Partial<GradingRecord> = {}): GradingRecord => ({ receivedAt: monday, ticked: [], facts: {}, ...over });

describe('seed002-doc12-car-dealer pack (seed002 客户管理制度12)', () => {
  it('validates with ordinary and major classes and one ticked major criterion', () => {
    expect(pack.id).toBe('seed002-doc12-car-dealer');
    expect(pack.classes.map((c) => c.code)).toEqual(['ordinary', 'major']);
    expect(pack.criteria.map((c) => [c.id, c.classCode])).toEqual([['major', 'major']]);
    expect(pack.criteria[0]?.predicate).toBeUndefined();
    expect(pack.criteria[0]?.choice?.en).toMatch(/configurable/);
  });

  it('cites seed002 客户管理制度12 on every item', () => {
    const sources = citedSources(pack);
    for (const source of sources) expect(source).toMatch(/^seed002 客户管理制度12 \S/);
  });

  it('grades ordinary by default and major when ticked', () => {
    expect(grade(record(), pack, monday, calendar).classCode).toBe('ordinary');
    expect(grade(record({ ticked: ['major'] }), pack, monday, calendar).classCode).toBe('major');
  });

  it.each([
    // dispatched (UTC)        solution due (第四条 3: 一个工作日)
    ['2026-11-23T02:00:00Z', '2026-11-24T09:30:00.000Z'], // Mon 10:00 → Tue 17:30
    ['2026-11-27T09:55:00Z', '2026-11-30T09:30:00.000Z'], // Fri 17:55 → Mon 17:30
    ['2026-09-30T02:00:00Z', '2026-10-08T09:30:00.000Z'], // Wed 30 Sep → first working day after the holiday, Thu 8 Oct
  ])('an ordinary complaint dispatched at %s needs a solution by %s', (dispatched, due) => {
    const dispatchedAt = new Date(dispatched);
    const result = grade(record({ receivedAt: dispatchedAt, dispatchedAt }), pack, dispatchedAt, calendar);
    expect(result.deadlines).toEqual([expect.objectContaining({ milestone: 'analysis', due, provisional: false, overdue: false })]);
  });

  it('starts the clock at dispatch, not at receipt', () => {
    const waiting = grade(record(), pack, new Date('2026-11-30T02:00:00Z'), calendar);
    expect(waiting.deadlines).toEqual([expect.objectContaining({ milestone: 'analysis', due: null, overdue: false })]);
    const later = grade(record({ dispatchedAt: new Date('2026-11-24T02:00:00Z') }), pack, monday, calendar);
    expect(later.deadlines[0]?.due).toBe('2026-11-25T09:30:00.000Z');
  });

  it('is overdue one minute after the solution deadline and not before', () => {
    const r = record({ dispatchedAt: monday });
    expect(grade(r, pack, new Date('2026-11-24T09:30:00Z'), calendar).overdue).toEqual([]);
    expect(grade(r, pack, new Date('2026-11-24T09:31:00Z'), calendar).overdue).toEqual(['analysis']);
    const proposed = record({ dispatchedAt: monday, done: { analysis: new Date('2026-11-24T09:00:00Z') } });
    expect(grade(proposed, pack, new Date('2026-11-25T00:00:00Z'), calendar).overdue).toEqual([]);
  });

  it('sets no time limit on a major complaint but tells the department manager and the general manager', () => {
    const result = grade(record({ ticked: ['major'], dispatchedAt: monday }), pack, new Date('2026-12-31T00:00:00Z'), calendar);
    expect(result.deadlines).toEqual([]);
    expect(result.notifications.flatMap((n) => n.notify.map((t) => t.zh))).toEqual(['责任部门经理', '总经理']);
    expect(grade(record(), pack, monday, calendar).notifications).toEqual([]);
  });
});
