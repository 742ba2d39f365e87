import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { seed004HCarDealerPack } from '../../../../shared/rules/packs/seed004-h-car-dealer';
import { citedSources } from '../../../support/rule-packs';

const pack = rulePackSchema.parse(seed004HCarDealerPack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const receivedAt = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 Shanghai
const record = (over: Partial<GradingRecord> = {}): GradingRecord => ({ receivedAt, ticked: [], facts: {}, ...over });
const dues = (over: Partial<GradingRecord>) => Object.fromEntries(grade(record(over), pack, receivedAt, calendar).deadlines.map((d) => [d.step, d.due]));
const plusMinutes = (iso: string, minutes: number) => new Date(new Date(iso).getTime() + minutes * 60_000);

describe('seed004-h-car-dealer pack (seed004 §H 用户抱怨处理制度)', () => {
  it('validates: a grievance, raised to 重点关注/重大问题 when ticked', () => {
    expect(pack.id).toBe('seed004-h-car-dealer');
    expect(pack.classes.map((c) => c.code)).toEqual(['grievance', 'key-attention']);
    const classOf = (ticked: string[]) => grade(record({ ticked }), pack, receivedAt, calendar).classCode;
    expect(classOf([])).toBe('grievance');
    expect(classOf(['service'])).toBe('grievance');
    expect(classOf(['product-quality'])).toBe('grievance');
    expect(classOf(['key-attention.vehicle'])).toBe('key-attention');
    expect(classOf(['product-quality', 'key-attention.major-problem'])).toBe('key-attention');
  });

  it('cites seed004 §H on every item', () => {
    const sources = citedSources(pack);
    for (const source of sources) expect(source).toMatch(/^seed004 §H \d/);
  });

  it.each([
    // received (UTC), hand-off to the coordinator 当日 (8-2)
    ['2026-11-23T02:00:00Z', '2026-11-23T09:30:00.000Z'], // Mon 10:00 → Mon 17:30
    ['2026-11-23T10:00:00Z', '2026-11-24T09:30:00.000Z'], // Mon 18:00, after closing → Tue 17:30
    ['2026-11-28T02:00:00Z', '2026-11-30T09:30:00.000Z'], // Sat 10:00 → Mon 17:30
  ])('a grievance received at %s is handed on by %s', (received, due) => {
    expect(dues({ receivedAt: new Date(received) }).dispatch).toBe(due);
  });

  it('starts the 3-day handling at hand-off and the 3-day verification at the returned sheet', () => {
    expect(dues({})).toEqual({ dispatch: '2026-11-23T09:30:00.000Z', resolution: null, verification: null });
    // handed off Mon 15:00 → 24:00 Thu 26; Fri 15:00 → 24:00 Mon 30 (calendar days run over the weekend)
    expect(dues({ dispatchedAt: new Date('2026-11-23T07:00:00Z') }).resolution).toBe('2026-11-26T16:00:00.000Z');
    expect(dues({ dispatchedAt: new Date('2026-11-27T07:00:00Z') }).resolution).toBe('2026-11-30T16:00:00.000Z');
    // sheet back (resolved) Wed 11:00 → callback verification by 24:00 Sat 28
    expect(dues({ resolvedAt: new Date('2026-11-25T03:00:00Z') }).verification).toBe('2026-11-28T16:00:00.000Z');
  });

  it('is overdue one minute after each deadline and not at it', () => {
    const r = record({ dispatchedAt: new Date('2026-11-23T07:00:00Z') });
    for (const [step, due] of [
      ['dispatch', '2026-11-23T09:30:00Z'],
      ['resolution', '2026-11-26T16:00:00Z'],
    ] as const) {
      expect(grade(r, pack, new Date(due), calendar).overdue, step).not.toContain(step);
      expect(grade(r, pack, plusMinutes(due, 1), calendar).overdue, step).toContain(step);
    }
    const resolved = record({ dispatchedAt: new Date('2026-11-23T07:00:00Z'), resolvedAt: new Date('2026-11-25T03:00:00Z'), done: { dispatch: new Date('2026-11-23T07:00:00Z') } });
    expect(grade(resolved, pack, new Date('2026-11-28T16:00:00Z'), calendar).overdue).toEqual([]);
    expect(grade(resolved, pack, new Date('2026-11-28T16:01:00Z'), calendar).overdue).toEqual(['verification']);
  });

  it('does not stop its clocks for a pause', () => {
    const pauses = [{ from: new Date('2026-11-23T03:00:00Z'), to: new Date('2026-11-25T03:00:00Z') }];
    expect(dues({ pauses, dispatchedAt: new Date('2026-11-23T07:00:00Z') })).toEqual({
      dispatch: '2026-11-23T09:30:00.000Z',
      resolution: '2026-11-26T16:00:00.000Z',
      verification: null,
    });
  });

  it('reports escalations to the sales or service director and dissatisfaction to the service manager', () => {
    expect(pack.escalationTriggers.map((t) => t.code)).toEqual(['beyond-authority', 'escalating']);
    expect(pack.notifications.map((n) => [n.when.event, n.notify.map((t) => t.zh)])).toEqual([
      ['escalated', ['销售总监', '服务总监']],
      ['dissatisfied', ['服务经理']],
    ]);
    expect(grade(record({ ticked: ['key-attention.vehicle'] }), pack, receivedAt, calendar).notifications).toEqual([]);
  });
});
