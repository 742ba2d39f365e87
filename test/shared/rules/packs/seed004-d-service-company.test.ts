import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../../../shared/rules/grade';
import { rulePackSchema, type RecordKind } from '../../../../shared/rules/pack-schema';
import { seed004DServiceCompanyPack } from '../../../../shared/rules/packs/seed004-d-service-company';
import { SHIPPED_PACK_VERSIONS } from '../../../../shared/rules/packs/index';
const findPackVersion = (id: string, version: string) => SHIPPED_PACK_VERSIONS.find((p) => p.id === id && p.version === version);
import { citedSources } from '../../../support/rule-packs';

const pack = rulePackSchema.parse(seed004DServiceCompanyPack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const receivedAt = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 Shanghai
const record = (over: Partial<GradingRecord> = {}): GradingRecord => ({ receivedAt, ticked: [], facts: {}, ...over });
const plusMinutes = (iso: string, minutes: number) => new Date(new Date(iso).getTime() + minutes * 60_000);

describe('seed004-d-service-company pack (seed004 §D 客户投诉处理机制)', () => {
  it('validates with one class and the four 第五条 一 dispositions as its tick-list', () => {
    expect(pack.id).toBe('seed004-d-service-company');
    expect(pack.version).toBe('1.3.0');
    expect(pack.classes.map((c) => c.code)).toEqual(['complaint']);
    expect(pack.criteria.map((c) => [c.id, c.source, c.predicate])).toEqual([
      ['violation', 'seed004 §D 第五条 一 1', undefined],
      ['work-mistake', 'seed004 §D 第五条 一 2', undefined],
      ['customer-misunderstanding', 'seed004 §D 第五条 一 3', undefined],
      ['goods', 'seed004 §D 第五条 一 4', undefined],
    ]);
    for (const id of ['violation', 'goods']) expect(grade(record({ ticked: [id] }), pack, receivedAt, calendar).classCode).toBe('complaint');
  });

  it('cites seed004 §D on every item', () => {
    const sources = citedSources(pack);
    for (const source of sources) expect(source).toMatch(/^seed004 §D \S/);
  });

  it.each([
    // kind, received (UTC), reply due (第五条 三: 在24小时答复客户, clock hours)
    ['inquiry', '2026-11-23T02:00:00Z', '2026-11-24T02:00:00.000Z'], // Mon 10:00 → Tue 10:00
    ['inquiry', '2026-11-27T10:00:00Z', '2026-11-28T10:00:00.000Z'], // Fri 18:00 → Sat 18:00: not working time
  ])('an %s received at %s is answered by %s', (kind, received, due) => {
    const at = new Date(received);
    const result = grade(record({ kind: kind as RecordKind, receivedAt: at }), pack, at, calendar);
    expect(result.deadlines).toEqual([expect.objectContaining({ milestone: 'reply', step: 'reply', due, overdue: false })]);
  });

  it.each<[RecordKind | undefined]>([['complaint'], ['suggestion'], [undefined]])('a %s has no reply deadline', (kind) => {
    expect(grade(record({ kind }), pack, receivedAt, calendar).deadlines).toEqual([]);
  });

  it('an enquiry is overdue one minute after 24 hours, not at 24 hours', () => {
    const inquiry = record({ kind: 'inquiry' });
    expect(grade(inquiry, pack, new Date('2026-11-24T02:00:00Z'), calendar).overdue).toEqual([]);
    expect(grade(inquiry, pack, plusMinutes('2026-11-24T02:00:00Z', 1), calendar).overdue).toEqual(['reply']);
    const answered = record({ kind: 'inquiry', done: { reply: new Date('2026-11-24T01:59:00Z') } });
    expect(grade(answered, pack, new Date('2026-11-30T00:00:00Z'), calendar).overdue).toEqual([]);
  });

  it('a pause does not move the enquiry reply (not pausable)', () => {
    const paused = record({ kind: 'inquiry', pauses: [{ from: new Date('2026-11-23T03:00:00Z'), to: new Date('2026-11-23T07:00:00Z') }] });
    expect(grade(paused, pack, receivedAt, calendar).deadlines[0]).toMatchObject({ due: '2026-11-24T02:00:00.000Z', pausedMinutes: 0 });
  });

  it('sends dissatisfied and beyond-authority cases to the department head, external ones to senior leadership', () => {
    expect(pack.escalationTriggers.map((t) => [t.code, t.predicate])).toEqual([
      ['still-dissatisfied', undefined],
      ['beyond-receiver-authority', undefined],
    ]);
    expect(pack.notifications.filter((n) => n.when.event).map((n) => [n.when.event, n.notify[0].zh])).toEqual([
      ['escalated', '部门负责人'],
      ['dissatisfied', '部门负责人'],
    ]);
    const told = (facts: GradingRecord['facts']) => grade(record({ facts }), pack, receivedAt, calendar).notifications.map((n) => n.notify[0].zh);
    expect(told({})).toEqual([]);
    expect(told({ mediaInvolved: 1 })).toEqual(['公司高层领导']);
    expect(told({ regulatorInvolved: 1 })).toEqual(['公司高层领导']);
    expect(told({ mediaInvolved: 0, regulatorInvolved: 0 })).toEqual([]);
  });

  it('1.3.0 lets an enquiry answered at once (当即解答) meet the 24-hour reply, enquiries only; 1.2.0 stays shipped without it', () => {
    expect(pack.paths?.onTheSpot).toMatchObject({ meets: ['reply'], kinds: ['inquiry'], source: 'seed004 §D 第五条 三' });
    expect(pack.paths?.onTheSpot?.classes).toBeUndefined();
    expect(pack.paths?.onTheSpot?.choice?.zh).toContain('当即解答');
    expect(findPackVersion('seed004-d-service-company', '1.2.0')?.paths).toBeUndefined();
    expect(findPackVersion('seed004-d-service-company', '1.2.0')?.recordFields).toBeDefined();
  });
});
