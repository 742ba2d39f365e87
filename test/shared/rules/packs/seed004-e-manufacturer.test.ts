import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { seed004EManufacturerPack } from '../../../../shared/rules/packs/seed004-e-manufacturer';
import { citedSources } from '../../../support/rule-packs';

const pack = rulePackSchema.parse(seed004EManufacturerPack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const receivedAt = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 Shanghai
const record = (over: Partial<GradingRecord> = {}): GradingRecord => ({ receivedAt, ticked: [], facts: {}, ...over });
const MAJOR = { ticked: ['major'] };
const dues = (over: Partial<GradingRecord>, now = over.receivedAt ?? receivedAt) =>
  Object.fromEntries(grade(record(over), pack, now, calendar).deadlines.map((d) => [d.step, d.due]));
const plusMinutes = (iso: string, minutes: number) => new Date(new Date(iso).getTime() + minutes * 60_000);

describe('seed004-e-manufacturer pack (seed004 §E 客户投诉处理作业流程及管理办法)', () => {
  it('validates: 一般投诉 by default, 重大投诉 when ticked', () => {
    expect(pack.id).toBe('seed004-e-manufacturer');
    expect(pack.classes.map((c) => [c.code, c.label.zh])).toEqual([
      ['general', '一般投诉'],
      ['major', '重大投诉/抱怨'],
    ]);
    expect(grade(record(), pack, receivedAt, calendar).classCode).toBe('general');
    expect(grade(record(MAJOR), pack, receivedAt, calendar).classCode).toBe('major');
    expect(pack.criteria.find((c) => c.id === 'major')?.choice).toBeTruthy();
  });

  it('cites seed004 §E on every item', () => {
    const sources = citedSources(pack);
    for (const source of sources) expect(source).toMatch(/^seed004 §E \d/);
  });

  it.each([
    // received (UTC) / Shanghai, sheet ≤1 h (5.2.2), general reply ≤3 working days (5.3.1)
    ['2026-11-23T02:00:00Z', '2026-11-23T03:00:00.000Z', '2026-11-26T09:30:00.000Z'], // Mon 10:00 → Mon 11:00; Thu 17:30
    ['2026-11-27T08:00:00Z', '2026-11-27T09:00:00.000Z', '2026-12-02T09:30:00.000Z'], // Fri 16:00 → Fri 17:00 (plain hours); Wed 17:30
    ['2026-11-28T02:00:00Z', '2026-11-28T03:00:00.000Z', '2026-12-02T09:30:00.000Z'], // Sat 10:00 → Sat 11:00; Wed 17:30
    ['2026-09-30T02:00:00Z', '2026-09-30T03:00:00.000Z', '2026-10-10T09:30:00.000Z'], // Wed 30 Sep: 国庆 1–7 Oct off, Sat 10 Oct is a make-up working day
  ])('a general complaint received at %s: sheet by %s, reply by %s', (received, sheet, reply) => {
    expect(dues({ receivedAt: new Date(received) })).toEqual({ handlingSheet: sheet, reply });
  });

  it.each([
    // received, temporary measure ≤8 working hours, permanent measure ≤2 working days (5.3.1)
    ['2026-11-23T02:00:00Z', '2026-11-24T01:00:00.000Z', '2026-11-25T09:30:00.000Z'], // Mon 10:00: 7.5 h Mon + 0.5 h Tue → Tue 09:00; Wed 17:30
    ['2026-11-27T08:00:00Z', '2026-11-30T07:00:00.000Z', '2026-12-01T09:30:00.000Z'], // Fri 16:00: 1.5 h Fri + 6.5 h Mon → Mon 15:00; Tue 17:30
    ['2026-11-28T02:00:00Z', '2026-11-30T08:30:00.000Z', '2026-12-01T09:30:00.000Z'], // Sat 10:00: clock starts Mon 08:30 → 16:30; Tue 17:30
    ['2026-09-30T02:00:00Z', '2026-10-08T01:00:00.000Z', '2026-10-09T09:30:00.000Z'], // Wed 30 Sep 10:00: 7.5 h + 0.5 h on Thu 8 Oct; Fri 9 Oct 17:30
  ])('a major complaint received at %s: temporary measure by %s, permanent by %s', (received, temporary, permanent) => {
    const at = new Date(received);
    expect(dues({ ...MAJOR, receivedAt: at })).toEqual({ handlingSheet: new Date(at.getTime() + 3_600_000).toISOString(), temporaryMeasure: temporary, permanentMeasure: permanent });
  });

  it('is overdue one minute after each deadline and not at it', () => {
    const cases: [Partial<GradingRecord>, string, string][] = [
      [{}, 'handlingSheet', '2026-11-23T03:00:00Z'],
      [{}, 'reply', '2026-11-26T09:30:00Z'],
      [MAJOR, 'temporaryMeasure', '2026-11-24T01:00:00Z'],
      [MAJOR, 'permanentMeasure', '2026-11-25T09:30:00Z'],
    ];
    for (const [over, step, due] of cases) {
      expect(grade(record(over), pack, new Date(due), calendar).overdue, step).not.toContain(step);
      expect(grade(record(over), pack, plusMinutes(due, 1), calendar).overdue, step).toContain(step);
      const met = record({ ...over, done: { [step]: new Date(due) } });
      expect(grade(met, pack, plusMinutes(due, 600), calendar).overdue, step).not.toContain(step);
    }
  });

  it('does not stop its clocks for a pause (nothing here is pausable)', () => {
    const pauses = [{ from: new Date('2026-11-23T02:10:00Z'), to: new Date('2026-11-24T02:00:00Z') }];
    expect(dues({ ...MAJOR, pauses })).toEqual({
      handlingSheet: '2026-11-23T03:00:00.000Z',
      temporaryMeasure: '2026-11-24T01:00:00.000Z',
      permanentMeasure: '2026-11-25T09:30:00.000Z',
    });
    expect(dues({ pauses }).reply).toBe('2026-11-26T09:30:00.000Z');
  });

  it('applies to every kind of record alike', () => {
    expect(dues({ kind: 'inquiry' })).toEqual(dues({ kind: 'complaint' }));
  });

  it('reports every complaint to the marketing VP and a major one for approval', () => {
    const told = (over: Partial<GradingRecord>) => grade(record(over), pack, receivedAt, calendar).notifications.map((n) => n.notify[0].zh);
    expect(told({})).toEqual(['营销部副总经理']);
    expect(told(MAJOR)).toEqual(['营销部副总经理', '营销副总（审批《客户投诉处理单》）']);
  });
});
