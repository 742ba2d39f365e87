import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../../../shared/rules/grade';
import { findPack } from '../../../../shared/rules/packs';

const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const sh = (local: string) => new Date(`${local}+08:00`);
const received = sh('2026-11-23T09:00:00'); // a Monday
const record = (over: Partial<GradingRecord> = {}): GradingRecord => ({ receivedAt: received, ticked: [], facts: {}, ...over });
const p5 = findPack('insurance-branch-p5')!;
const step = (r: GradingRecord, now: Date, code: string) => grade(r, p5, now, calendar).deadlines.find((d) => d.step === code);

describe('篇5 5.3: the result is fed back to the service centre on the working day handling finished', () => {
  it('handled on Monday morning: due at Monday’s closing time; late one minute after it', () => {
    const resolvedAt = sh('2026-11-23T11:00:00');
    expect(step(record({ resolvedAt }), resolvedAt, 'resultFeedback')).toMatchObject({ due: sh('2026-11-23T17:30:00').toISOString(), source: 'seed003 篇5 5.3' });
    expect(step(record({ resolvedAt }), sh('2026-11-23T17:30:00'), 'resultFeedback')?.overdue).toBe(false);
    expect(step(record({ resolvedAt }), sh('2026-11-23T17:31:00'), 'resultFeedback')?.overdue).toBe(true);
    expect(step(record({ resolvedAt, done: { resultFeedback: sh('2026-11-23T16:00:00') } }), sh('2026-11-24T09:00:00'), 'resultFeedback')).toMatchObject({ done: true, overdue: false });
  });

  it('handled after closing on Friday: due at Monday’s closing time', () => {
    const resolvedAt = sh('2026-11-27T17:31:00');
    expect(step(record({ resolvedAt }), resolvedAt, 'resultFeedback')?.due).toBe(sh('2026-11-30T17:30:00').toISOString());
  });

  it('has no clock before handling finishes', () => {
    expect(step(record(), received, 'resultFeedback')).toMatchObject({ due: null, overdue: false });
  });
});

describe('篇5 5.2.2 and 5.1: ticks that switch a deadline and a notification on', () => {
  it('hands a case the service department cannot handle to the co-handling department the same day; others have no such step', () => {
    expect(step(record(), received, 'handover.coHandling')).toBeUndefined();
    const ticked = record({ ticked: ['co_handling'] });
    expect(step(ticked, received, 'handover.coHandling')).toMatchObject({ due: sh('2026-11-23T17:30:00').toISOString(), source: 'seed003 篇5 5.2.2' });
    expect(step(ticked, sh('2026-11-23T17:31:00'), 'handover.coHandling')?.overdue).toBe(true);
  });

  it('a time-sensitive complaint is also sent to the leader in charge; another is not', () => {
    const leader = (r: GradingRecord) => grade(r, p5, received, calendar).notifications.some((n) => n.notify.some((p) => p.zh === '分管领导'));
    expect(leader(record({ ticked: ['time_sensitive'] }))).toBe(true);
    expect(leader(record())).toBe(false);
  });

  it('a flag grades no class', () => {
    expect(grade(record({ ticked: ['time_sensitive', 'co_handling'] }), p5, received, calendar).classCode).toBe('general');
  });
});

describe('篇5 6.3: attitude and timeliness complaints carry the zero-tolerance penalty', () => {
  it('names the sanction article for 态度类 and 时效类, none for 拒赔类', () => {
    expect(p5.causes.map((c) => [c.code, c.sanctionArticle ?? null])).toEqual([
      ['attitude', 'p5.6.3'],
      ['timeliness', 'p5.6.3'],
      ['claim_refusal', null],
    ]);
  });
});
