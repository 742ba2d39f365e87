import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade, type GradingRecord, type Pause } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { seed004JDomesticSales8dPack } from '../../../../shared/rules/packs/seed004-j-domestic-sales-8d';
import { citedSources } from '../../../support/rule-packs';

const pack = rulePackSchema.parse(seed004JDomesticSales8dPack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const receivedAt = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 Shanghai
const latestFeedbackAt = new Date('2026-11-25T07:00:00Z'); // Wednesday 15:00 Shanghai
const SERIOUS = ['serious.functional'];
const record = (over: Partial<GradingRecord> = {}): GradingRecord => ({ receivedAt, ticked: [], facts: {}, ...over });
const outcome = (over: Partial<GradingRecord>, now = receivedAt) =>
  Object.fromEntries(grade(record(over), pack, now, calendar).deadlines.map((d) => [d.step, { due: d.due, paused: d.pausedMinutes }]));
const plusMinutes = (iso: string, minutes: number) => new Date(new Date(iso).getTime() + minutes * 60_000);
const pause = (from: string, to: string | null): Pause => ({ from: new Date(from), to: to ? new Date(to) : null });

describe('seed004-j-domestic-sales-8d pack (seed004 §J 顾客抱怨处理办法)', () => {
  it('validates with 偶发性 < 一般 < 严重 and every clock pausable (4.3.4)', () => {
    expect(pack.id).toBe('seed004-j-domestic-sales-8d');
    expect(pack.classes.map((c) => [c.code, c.label.zh])).toEqual([
      ['occasional', '偶发性异常抱怨'],
      ['general', '一般异常抱怨'],
      ['serious', '严重抱怨'],
    ]);
    expect(pack.deadlines.map((d) => [d.milestone, d.pausable])).toEqual([
      ['response', true],
      ['containment', true],
      ['resolution', true],
      ['analysis', true],
    ]);
  });

  it('cites seed004 §J on every item', () => {
    const sources = citedSources(pack);
    for (const source of sources) expect(source).toMatch(/^seed004 §J \d/);
  });

  it.each([
    [[], 'occasional'],
    [['occasional.quantity-packaging-labelling'], 'occasional'],
    [['general.cosmetic'], 'general'],
    [['occasional.quantity-packaging-labelling', 'general.cosmetic'], 'general'],
    [['serious.improvement-document'], 'serious'],
    [['serious.stoppage'], 'serious'],
    [['serious.functional'], 'serious'],
    [['serious.recurring', 'general.cosmetic'], 'serious'],
  ])('ticking %j grades %s (4.2)', (ticked, expected) => {
    expect(grade(record({ ticked }), pack, receivedAt, calendar).classCode).toBe(expected);
  });

  it('gives a serious complaint the 24-hour containment and 1-week closure on top of the 2-day reaction', () => {
    expect(outcome({ ticked: SERIOUS })).toEqual({
      response: { due: '2026-11-25T09:30:00.000Z', paused: 0 }, // 2 working days: Wed 17:30
      containment: { due: '2026-11-24T02:00:00.000Z', paused: 0 }, // 24 h: Tue 10:00
      resolution: { due: '2026-11-30T16:00:00.000Z', paused: 0 }, // 7 days, receipt day not counted: 24:00 Mon 30 Nov
      analysis: { due: null, paused: 0 }, // no new feedback yet
    });
  });

  it.each([['general.cosmetic'], ['occasional.quantity-packaging-labelling']])('gives %s only the reaction and analysis limits (4.3.2)', (id) => {
    expect(outcome({ ticked: [id], latestFeedbackAt })).toEqual({
      response: { due: '2026-11-25T09:30:00.000Z', paused: 0 },
      analysis: { due: '2026-12-04T09:30:00.000Z', paused: 0 }, // 7 working days from Wed 25: Fri 4 Dec 17:30
    });
  });

  it('is overdue one minute after each deadline and not at it', () => {
    const cases: [string, string][] = [
      ['containment', '2026-11-24T02:00:00Z'],
      ['response', '2026-11-25T09:30:00Z'],
      ['resolution', '2026-11-30T16:00:00Z'],
      ['analysis', '2026-12-04T09:30:00Z'],
    ];
    for (const [step, due] of cases) {
      const r = record({ ticked: SERIOUS, latestFeedbackAt });
      expect(grade(r, pack, new Date(due), calendar).overdue, step).not.toContain(step);
      expect(grade(r, pack, plusMinutes(due, 1), calendar).overdue, step).toContain(step);
    }
    // The closure is met by resolving the record.
    const resolved = record({ ticked: SERIOUS, resolvedAt: new Date('2026-11-30T15:00:00Z') });
    expect(grade(resolved, pack, new Date('2026-12-05T00:00:00Z'), calendar).overdue).not.toContain('resolution');
  });

  it('leaves test and sample time out: a 4-hour pause on Monday', () => {
    const pauses = [pause('2026-11-23T04:00:00Z', '2026-11-23T08:00:00Z')]; // Mon 12:00–16:00
    expect(outcome({ ticked: SERIOUS, pauses })).toEqual({
      response: { due: '2026-11-25T09:30:00.000Z', paused: 240 }, // start moves to Mon 14:00, same working day
      containment: { due: '2026-11-24T06:00:00.000Z', paused: 240 }, // Tue 10:00 + 4 h
      resolution: { due: '2026-11-30T16:00:00.000Z', paused: 240 }, // start still on Mon 23
      analysis: { due: null, paused: 0 },
    });
  });

  it('leaves test and sample time out: a 48-hour pause from Monday 11:00', () => {
    const pauses = [pause('2026-11-23T03:00:00Z', '2026-11-25T03:00:00Z')]; // Mon 11:00 – Wed 11:00
    expect(outcome({ ticked: SERIOUS, pauses, latestFeedbackAt })).toEqual({
      response: { due: '2026-11-27T09:30:00.000Z', paused: 2880 }, // start Wed 10:00 → Fri 17:30
      containment: { due: '2026-11-26T02:00:00.000Z', paused: 2880 }, // 1 h before + 23 h after → Thu 10:00
      resolution: { due: '2026-12-02T16:00:00.000Z', paused: 2880 }, // start Wed 25 → 24:00 Wed 2 Dec
      analysis: { due: '2026-12-04T09:30:00.000Z', paused: 0 }, // feedback came after the pause
    });
    const r = record({ ticked: SERIOUS, pauses });
    expect(grade(r, pack, new Date('2026-11-26T02:00:00Z'), calendar).overdue).toEqual([]);
    expect(grade(r, pack, new Date('2026-11-26T02:01:00Z'), calendar).overdue).toEqual(['containment']);
  });

  it('stops the containment clock while a test is still running', () => {
    const now = new Date('2026-11-24T05:00:00Z'); // Tue 13:00, 3 h after the unpaused 24 h
    const running = record({ ticked: SERIOUS, pauses: [pause('2026-11-24T00:00:00Z', null)] }); // paused since Tue 08:00
    const result = grade(running, pack, now, calendar);
    expect(result.deadlines.find((d) => d.step === 'containment')).toMatchObject({ due: '2026-11-24T07:00:00.000Z', pausedMinutes: 300, overdue: false });
    expect(grade(record({ ticked: SERIOUS }), pack, now, calendar).overdue).toEqual(['containment']);
  });

  it('applies to every kind of record alike', () => {
    expect(outcome({ ticked: SERIOUS, kind: 'suggestion' })).toEqual(outcome({ ticked: SERIOUS, kind: 'complaint' }));
  });

  it('lets QA refuse a sheet missing any of the five 5.1.1 items', () => {
    expect(pack.invalidReasons.map((r) => [r.code, r.source])).toEqual([
      ['missing-identification', 'seed004 §J 5.1.1.1'],
      ['missing-defect', 'seed004 §J 5.1.1.2'],
      ['missing-shipment', 'seed004 §J 5.1.1.3'],
      ['missing-defect-rate', 'seed004 §J 5.1.1.4'],
      ['missing-stage', 'seed004 §J 5.1.1.5'],
    ]);
  });
});
