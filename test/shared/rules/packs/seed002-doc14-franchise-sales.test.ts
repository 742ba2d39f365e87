import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { SHIPPED_PACK_VERSIONS } from '../../../../shared/rules/packs';
import { seed002Doc14FranchiseSalesPack, seed002Doc14FranchiseSalesPackV100 } from '../../../../shared/rules/packs/seed002-doc14-franchise-sales';
import { citedSources } from '../../../support/rule-packs';

const pack = rulePackSchema.parse(seed002Doc14FranchiseSalesPack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const monday = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 Shanghai
const record = (over: Partial<GradingRecord> = {}): GradingRecord => ({ receivedAt: monday, ticked: [], facts: {}, ...over });
const dues = (r: GradingRecord, now = monday) => Object.fromEntries(grade(r, pack, now, calendar).deadlines.map((d) => [d.step, d.due]));
const at = (iso: string) => new Date(iso);

describe('seed002-doc14-franchise-sales pack (seed002 客户管理制度14)', () => {
  it('validates with levels 1, 2 and 3', () => {
    expect(pack.id).toBe('seed002-doc14-franchise-sales');
    expect(pack.classes.map((c) => c.code)).toEqual(['level1', 'level2', 'level3']);
    expect(pack.defaultClass).toBe('level1');
  });

  it('cites seed002 客户管理制度14 on every item', () => {
    const sources = citedSources(pack);
    for (const source of sources) expect(source).toMatch(/^seed002 客户管理制度14 \S/);
  });

  const ticked: [string, string][] = [
    ['level1.concrete-problem', 'level1'],
    ['level1.repair', 'level1'],
    ['level1.delivery', 'level1'],
    ['level2.emotional', 'level2'],
    ['level2.beyond-level1', 'level2'],
    ['level2.store-attitude', 'level2'],
    ['level2.regional-service', 'level2'],
    ['level2.policy', 'level2'],
    ['level3.reputation', 'level3'],
    ['level3.12315', 'level3'],
    ['level3.batch-new-product', 'level3'],
    ['level3.inaction', 'level3'],
  ];

  it('has exactly the criteria and examples of 4.3', () => {
    expect(pack.criteria.map((c) => c.id).sort()).toEqual([...ticked.map(([id]) => id), 'level2.second-complaint'].sort());
  });

  it.each(ticked)('ticking %s grades %s', (id, expected) => {
    expect(grade(record({ ticked: [id] }), pack, monday, calendar).classCode).toBe(expected);
  });

  it('grades the highest ticked level and defaults to level 1', () => {
    const level = (ticked: string[]) => grade(record({ ticked }), pack, monday, calendar).classCode;
    expect(level([])).toBe('level1');
    expect(level(['level1.repair', 'level2.emotional'])).toBe('level2');
    expect(level(['level2.policy', 'level3.12315', 'level1.delivery'])).toBe('level3');
  });

  describe('4.3.2 针对同一事件的二次投诉: computed from the repeat link staff confirmed at intake', () => {
    const graded = (over: Partial<GradingRecord>) => grade(record(over), pack, monday, calendar);
    const second = (over: Partial<GradingRecord>) => graded(over).criteria.find((c) => c.id === 'level2.second-complaint');

    it('a first complaint (no link) is level 1; linked as the same matter again it is level 2', () => {
      expect(graded({}).classCode).toBe('level1');
      expect(graded({ repeatKinds: [] }).classCode).toBe('level1');
      expect(graded({ repeatKinds: ['same_matter'] }).classCode).toBe('level2');
      expect(second({ repeatKinds: ['same_matter'] })).toMatchObject({ fired: true, how: 'computed', source: 'seed002 客户管理制度14 4.3.2' });
    });

    it('a repeat against a person who handled the earlier case is not “the same event” and is not asked as a tick', () => {
      expect(graded({ repeatKinds: ['about_handler'] }).classCode).toBe('level1');
      expect(graded({ ticked: ['level2.second-complaint'] }).classCode).toBe('level1');
      expect(second({})).toMatchObject({ fired: false, how: 'computed' });
    });

    it('offers the same customer’s complaints of 90 days as repeats (the source gives no period: the pack’s choice)', () => {
      expect(pack.repeat).toMatchObject({ windowDays: 90, source: 'seed002 客户管理制度14 4.3.2' });
    });

    it('keeps 1.0.0, where it was a tick, for the complaints graded by it', () => {
      const v100 = SHIPPED_PACK_VERSIONS.find((p) => p.id === pack.id && p.version === '1.0.0')!;
      expect(v100).toEqual(rulePackSchema.parse(seed002Doc14FranchiseSalesPackV100));
      expect(pack.version).toBe('1.3.0');
      expect(grade(record({ ticked: ['level2.second-complaint'] }), v100, monday, calendar).classCode).toBe('level2');
      expect(grade(record({ repeatKinds: ['same_matter'] }), v100, monday, calendar).classCode).toBe('level1');
    });
  });

  it.each([
    // received (UTC)          contact + 投诉处理单 (5.1.1)   first weekly progress contact (5.3.1.5)
    ['2026-11-23T02:00:00Z', '2026-11-24T09:30:00.000Z', '2026-11-30T16:00:00.000Z'], // Mon 10:00 → Tue 17:30; 24:00 Mon 30 Nov
    ['2026-11-27T09:55:00Z', '2026-11-30T09:30:00.000Z', '2026-12-04T16:00:00.000Z'], // Fri 17:55 → Mon 17:30; 24:00 Fri 4 Dec
    ['2026-09-30T02:00:00Z', '2026-10-08T09:30:00.000Z', '2026-10-07T16:00:00.000Z'], // holiday Oct 1–7: Thu 8 Oct 17:30; calendar week runs through it
  ])('received %s: contact and handling sheet by %s, progress contact by %s', (received, oneDay, week) => {
    const receivedAt = at(received);
    for (const ticked of [[], ['level2.emotional'], ['level3.inaction']]) {
      expect(dues(record({ receivedAt, ticked }), receivedAt)).toEqual({ firstContact: oneDay, handlingSheet: oneDay, progressContact: week });
    }
  });

  it('is overdue one minute after the one-working-day limit and not before', () => {
    expect(grade(record(), pack, at('2026-11-24T09:30:00Z'), calendar).overdue).toEqual([]);
    expect(grade(record(), pack, at('2026-11-24T09:31:00Z'), calendar).overdue).toEqual(['firstContact', 'handlingSheet']);
    const contacted = record({ done: { firstContact: at('2026-11-23T06:00:00Z') } });
    expect(grade(contacted, pack, at('2026-11-24T09:31:00Z'), calendar).overdue).toEqual(['handlingSheet']);
  });

  it('is overdue on the weekly progress contact one minute after the week and not before', () => {
    const done = { firstContact: monday, handlingSheet: monday };
    expect(grade(record({ done }), pack, at('2026-11-30T16:00:00Z'), calendar).overdue).toEqual([]);
    expect(grade(record({ done }), pack, at('2026-11-30T16:01:00Z'), calendar).overdue).toEqual(['progressContact']);
  });

  it.each([
    [1, []],
    [2, []],
    [3, []],
    [4, ['dissatisfied']],
    [5, ['dissatisfied']],
  ])('satisfaction answer %i escalates: %j', (satisfaction, codes) => {
    const result = grade(record({ facts: { satisfaction } }), pack, monday, calendar);
    expect(result.escalations.map((e) => e.code)).toEqual(codes);
    expect(result.classCode).toBe('level1'); // the new 投诉处理单 is graded one level up by ticking
  });

  it('reports the satisfaction comparison it escalated on', () => {
    const [escalation] = grade(record({ facts: { satisfaction: 4 } }), pack, monday, calendar).escalations;
    expect(escalation).toMatchObject({ code: 'dissatisfied', source: 'seed002 客户管理制度14 5.3.1.6', detail: 'satisfaction 4 ≥ 4' });
  });

  it('tells the level-2 handler of level 2 and both directors of level 3', () => {
    const told = (ticked: string[]) => grade(record({ ticked }), pack, monday, calendar).notifications.flatMap((n) => n.notify.map((t) => t.zh));
    expect(told([])).toEqual([]);
    expect(told(['level2.emotional'])).toEqual(['二级受理人（综合服务部经理/主管）']);
    expect(told(['level3.12315'])).toEqual(['二级受理人（综合服务部经理）', '销售中心总监', '行政中心总监']);
    expect(pack.notifications.find((n) => n.when.event === 'dissatisfied')).toMatchObject({ when: { classCode: 'level3' }, source: 'seed002 客户管理制度14 5.3.1.7' });
  });
});
