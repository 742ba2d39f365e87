import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { SHIPPED_PACK_VERSIONS } from '../../../../shared/rules/packs';
import { foodMakerCompensation, foodMakerP1Pack, foodMakerP1PackV100 } from '../../../../shared/rules/packs/food-maker-p1';
import { citedSources } from '../../../support/rule-packs';

const pack = rulePackSchema.parse(foodMakerP1Pack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const receivedAt = new Date('2026-11-23T02:00:00Z');

describe('food-maker-p1 pack (seed003 篇1)', () => {
  it('validates against the rule-pack schema', () => {
    expect(pack.id).toBe('food-maker-p1');
    expect(pack.classes.map((c) => c.code)).toEqual(['C', 'B', 'A']);
  });

  it('cites seed003 篇1 on every class, criterion, deadline, trigger and notification', () => {
    const sources = citedSources(pack);
    for (const source of sources) expect(source).toMatch(/^seed003 篇1 \S/);
  });

  it('names the responsible department on every 10.1 criterion', () => {
    const attributed = pack.criteria.filter((c) => c.source.includes('10.1'));
    expect(attributed).toHaveLength(22);
    for (const c of attributed) {
      expect(c.label.zh).toContain('责任部门：');
      expect(c.label.en).toContain('responsible:');
    }
  });

  const cases: [string, string][] = [
    ['s9.a.fermented', 'A'],
    ['s9.a.foreign-matter', 'A'],
    ['s9.a.colour', 'A'],
    ['s9.b.empty-bag', 'B'],
    ['s9.b.dirty-broken', 'B'],
    ['s9.c.packaging', 'C'],
    ['s9.c.weight-broken', 'C'],
    ['s9.c.colour-deviation', 'C'],
    ['consumer.a.equipment-part', 'A'],
    ['consumer.a.same-symptoms', 'A'],
    ['consumer.a.sour-mould', 'A'],
    ['consumer.a.burnt-rancid', 'A'],
    ['consumer.a.insects-sealed', 'A'],
    ['consumer.a.batch-underweight', 'A'],
    ['consumer.a.equipment-batch', 'A'],
    ['consumer.a.design-standard', 'A'],
    ['consumer.b.misaligned', 'B'],
    ['consumer.b.seal', 'B'],
    ['consumer.b.black-specks', 'B'],
    ['consumer.c.seal-adjustment', 'C'],
    ['consumer.c.bag-torn', 'C'],
    ['consumer.c.date-print', 'C'],
    ['channel.a.rain-mould', 'A'],
    ['channel.a.carton-dates', 'A'],
    ['channel.a.dealer-storage', 'A'],
    ['channel.b.case-short', 'B'],
    ['channel.b.promotional', 'B'],
    ['channel.b.compensation-late', 'B'],
    ['channel.c.packaging', 'C'],
    ['channel.c.severely-broken', 'C'],
  ];

  it('has exactly the criteria of 9.1 and 10.1', () => {
    expect(pack.criteria.map((c) => c.id).sort()).toEqual(cases.map(([id]) => id).sort());
  });

  const computedWithJudgement = ['consumer.a.equipment-batch', 'consumer.a.batch-underweight'];
  it.each(cases.filter(([id]) => !computedWithJudgement.includes(id)))('ticking %s grades class %s', (id, expected) => {
    const result = grade({ receivedAt, ticked: [id], facts: {} }, pack, receivedAt, calendar);
    expect(result.classCode).toBe(expected);
    expect(result.criteria.find((c) => c.id === id)).toMatchObject({ fired: true, how: 'ticked' });
  });

  it('10.1.1.1 g) computes “>20箱为批量” from the cases entered: 20 is no batch, 21 is, and equipment as the cause is ticked beside it', () => {
    const at = (batchCases: number | undefined, ticked: string[]) => {
      const result = grade({ receivedAt, ticked, facts: batchCases === undefined ? {} : { batchCases } }, pack, receivedAt, calendar);
      return { classCode: result.classCode, criterion: result.criteria.find((c) => c.id === 'consumer.a.equipment-batch') };
    };
    const judged = ['consumer.a.equipment-batch'];
    expect(at(20, judged)).toMatchObject({ classCode: 'C', criterion: { fired: false, how: 'computed', detail: 'batchCases 20 > 20' } });
    expect(at(21, judged)).toMatchObject({ classCode: 'A', criterion: { fired: true, how: 'computed', detail: 'batchCases 21 > 20' } });
    // The number alone is not enough (the cause is the person's judgement), nor the judgement without the number.
    expect(at(21, []).classCode).toBe('C');
    expect(at(undefined, judged).classCode).toBe('C');
    expect(pack.criteria.find((c) => c.id === 'consumer.a.equipment-batch')?.judgement?.zh).toBe('设备原因造成');
  });

  it('10.1.1.1 f) 批量产品重量偏轻 reads 批量 as g) defines it: 20 cases is no batch, 21 is, and the light weight is ticked beside it', () => {
    const at = (batchCases: number | undefined, ticked: string[]) => {
      const result = grade({ receivedAt, ticked, facts: batchCases === undefined ? {} : { batchCases } }, pack, receivedAt, calendar);
      return { classCode: result.classCode, criterion: result.criteria.find((c) => c.id === 'consumer.a.batch-underweight') };
    };
    const judged = ['consumer.a.batch-underweight'];
    expect(at(20, judged)).toMatchObject({ classCode: 'C', criterion: { fired: false, how: 'computed', detail: 'batchCases 20 > 20' } });
    expect(at(21, judged)).toMatchObject({ classCode: 'A', criterion: { fired: true, how: 'computed', detail: 'batchCases 21 > 20' } });
    expect(at(21, []).classCode).toBe('C');
    expect(at(undefined, judged).classCode).toBe('C');
    expect(pack.criteria.find((c) => c.id === 'consumer.a.batch-underweight')).toMatchObject({ source: 'seed003 篇1 10.1.1.1 f)', judgement: { zh: '产品重量偏轻' } });
  });

  it('keeps 1.0.0, where 10.1.1.1 f) was a tick, for the complaints graded by it', () => {
    const v100 = SHIPPED_PACK_VERSIONS.find((p) => p.id === pack.id && p.version === '1.0.0')!;
    expect(v100).toEqual(rulePackSchema.parse(foodMakerP1PackV100));
    expect(pack.version).toBe('1.3.0');
    // 1.2.0 stays shipped with its approval at the latest before the reply; 1.3.0 asks it before the hand-off (4.4, 7.2).
    const v120 = SHIPPED_PACK_VERSIONS.find((p) => p.id === pack.id && p.version === '1.2.0');
    expect(v120?.procedure?.routes[0]?.steps.approve?.before).toBe('reply');
    expect(pack.procedure?.routes[0]?.steps.approve?.before).toBe('handOver');
    expect(v100.procedure).toBeUndefined();
    expect(grade({ receivedAt, ticked: ['consumer.a.batch-underweight'], facts: {} }, v100, receivedAt, calendar).classCode).toBe('A');
    expect(grade({ receivedAt, ticked: ['consumer.a.batch-underweight'], facts: {} }, pack, receivedAt, calendar).classCode).toBe('C');
  });

  it('grades the highest ticked class and defaults to C', () => {
    const at = (ticked: string[]) => grade({ receivedAt, ticked, facts: {} }, pack, receivedAt, calendar).classCode;
    expect(at([])).toBe('C');
    expect(at(['consumer.c.bag-torn', 'channel.b.promotional'])).toBe('B');
    expect(at(['s9.c.packaging', 'consumer.b.seal', 'consumer.a.sour-mould'])).toBe('A');
  });

  it('hands the record form to the responsible department within 1 hour of the direct superior’s approval (4.4)', () => {
    const approvedAt = (at: Date, classCode = 'C') => [{ step: 'approve', classCode, at, userId: 'u1', byName: '刘强', roles: ['direct_superior'] }];
    for (const [cls, classCode] of [['s9.c.packaging', 'C'], ['consumer.a.sour-mould', 'A']] as const) {
      const result = grade({ receivedAt, approvals: approvedAt(receivedAt, classCode), ticked: [cls], facts: {} }, pack, receivedAt, calendar);
      expect(result.deadlines).toEqual([
        expect.objectContaining({ milestone: 'dispatch', due: '2026-11-23T03:00:00.000Z', provisional: false, overdue: false }),
      ]);
    }
    const late = grade({ receivedAt, approvals: approvedAt(receivedAt), ticked: [], facts: {}, done: { dispatch: new Date('2026-11-23T03:00:01Z') } }, pack, receivedAt, calendar);
    expect(late.overdue).toEqual(['dispatch']);
    // Not approved yet: the hour has not started, so nothing is late however long it waits.
    const waiting = grade({ receivedAt, ticked: [], facts: {} }, pack, new Date('2026-11-24T02:00:00Z'), calendar);
    expect(waiting.deadlines).toEqual([
      expect.objectContaining({ milestone: 'dispatch', due: null, overdue: false, clockBasis: { kind: 'approval', step: 'approve', roles: [{ zh: '直属上级', en: 'Direct superior' }], byName: null } }),
    ]);
    // An approval given under another class (before an escalation) does not start this class's hour.
    expect(grade({ receivedAt, approvals: approvedAt(receivedAt, 'A'), ticked: [], facts: {} }, pack, receivedAt, calendar).deadlines[0]?.due).toBeNull();
    const approvedLater = grade({ receivedAt, approvals: approvedAt(new Date('2026-11-23T05:00:00Z')), ticked: [], facts: {} }, pack, receivedAt, calendar);
    expect(approvedLater.deadlines[0]).toMatchObject({ due: '2026-11-23T06:00:00.000Z', clockStartedAt: '2026-11-23T05:00:00.000Z', clockBasis: { byName: '刘强' } });
  });

  it('notifies the direct superior always and the sales side when an authority is involved', () => {
    expect(pack.notifications.find((n) => !n.when.classCode && !n.when.fact)?.notify[0].zh).toBe('直属上级');
    expect(pack.notifications.find((n) => n.when.fact === 'regulatorInvolved')?.notify.map((t) => t.zh)).toEqual(['销售经理', '业务员']);
    expect(pack.escalationTriggers.map((t) => t.code)).toEqual(['special.authority-feedback', 'special.regulator-complaint', 'special.extortion']);
  });

  it('lists the four 有效客诉 conditions as invalid reasons (4.1.1)', () => {
    expect(pack.invalidReasons.map((r) => r.code)).toEqual(['no-department', 'no-facts', 'not-verified', 'no-contact']);
  });
});

describe('foodMakerCompensation (seed003 篇1 9.2)', () => {
  it('encodes the 9.2 table row by row', () => {
    expect(foodMakerCompensation.map((r) => [r.classCode, r.harm, r.ratio ?? null, r.approvalRequired, r.flexible])).toEqual([
      ['A', 'serious', null, true, false],
      ['A', 'notSerious', null, true, false],
      ['A', 'none', '1:10', false, true],
      ['B', 'notStated', '1:2', false, true],
      ['C', 'notStated', '1:1', false, true],
    ]);
  });

  it('cites seed003 篇1 9.2 on every row and uses only pack classes', () => {
    const codes = new Set(pack.classes.map((c) => c.code));
    for (const row of foodMakerCompensation) {
      expect(row.source).toMatch(/^seed003 篇1 9\.2\.\d [a-c]\)$/);
      expect(codes.has(row.classCode)).toBe(true);
      expect(row.remedy.zh.length).toBeGreaterThan(0);
      expect(row.remedy.en.length).toBeGreaterThan(0);
    }
  });
});
