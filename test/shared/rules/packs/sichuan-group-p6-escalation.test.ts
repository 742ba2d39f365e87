import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../../../shared/rules/grade';
import { findPack } from '../../../../shared/rules/packs';
import { nextRegradeAt } from '../../../../shared/rules/regrade-time';

const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const sh = (local: string) => new Date(`${local}+08:00`);
const received = sh('2026-11-23T10:00:00'); // a Monday
const record = (over: Partial<GradingRecord> = {}): GradingRecord => ({ receivedAt: received, ticked: [], facts: {}, ...over });
const p6 = findPack('sichuan-group-p6')!;
const minute = 60_000;
/** 3 working days from Monday 10:00: Thursday's closing time (第十八条, the ordinary limit). */
const ordinaryLimit = sh('2026-11-26T17:30:00');
/** 7 working days from Monday 10:00: the next Wednesday's closing time (第十八条, the major limit). */
const majorLimit = sh('2026-12-02T17:30:00');
const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * minute);
const fired = (r: GradingRecord, now: Date) => grade(r, p6, now, calendar).escalations.map((e) => e.code);

describe('篇6 第三十一条: past the limit without the customer’s understanding escalates by itself', () => {
  it('fires one minute after the ordinary limit passes with nothing told to the customer, not at the limit', () => {
    expect(fired(record(), ordinaryLimit)).not.toContain('overdue_without_agreement');
    expect(fired(record(), at(ordinaryLimit, 1))).toContain('overdue_without_agreement');
    const escalation = grade(record(), p6, at(ordinaryLimit, 1), calendar).escalations.find((e) => e.code === 'overdue_without_agreement');
    expect(escalation).toMatchObject({ source: 'seed003 篇6 第三十一条', detail: expect.stringContaining('customer not told') });
  });

  it('fires when the customer was told but did not agree (沟通后没有取得客户谅解); not when they agreed', () => {
    expect(fired(record({ delayAgreed: false }), at(ordinaryLimit, 1))).toContain('overdue_without_agreement');
    expect(fired(record({ delayAgreed: true }), at(ordinaryLimit, 1))).not.toContain('overdue_without_agreement');
  });

  it('does not fire for a case resolved within the limit, nor under an extension approved or agreed (第十八条、第二十七条)', () => {
    expect(fired(record({ resolvedAt: at(ordinaryLimit, -1) }), at(ordinaryLimit, 600))).not.toContain('overdue_without_agreement');
    expect(fired(record({ agreedDue: { resolution: sh('2026-11-30T17:30:00') } }), at(ordinaryLimit, 1))).not.toContain('overdue_without_agreement');
    expect(fired(record({ agreedDue: { resolution: sh('2026-11-30T17:30:00') } }), sh('2026-11-30T17:31:00'))).toContain('overdue_without_agreement');
  });

  it('reads the limit of the class the complaint was filed under: a major one has 7 working days, not 3', () => {
    const major = record({ ticked: ['major.1'] });
    expect(fired(major, at(ordinaryLimit, 1))).not.toContain('overdue_without_agreement');
    expect(fired(major, majorLimit)).not.toContain('overdue_without_agreement');
    expect(fired(major, at(majorLimit, 1))).toContain('overdue_without_agreement');
  });

  it('the re-grading timer is told to look again when the own class’s limit passes', () => {
    // Without the one-month rule (major.2), which asks for a look every day, to see the deadlines alone.
    const pack = { ...p6, criteria: p6.criteria.filter((c) => c.id !== 'major.2') };
    expect(nextRegradeAt(record({ ticked: ['major.1'] }), pack, received, calendar)?.toISOString()).toBe(new Date(ordinaryLimit.getTime() + 1).toISOString());
    // Past the ordinary limit (watched by major.3), the major limit of its own class is still watched.
    expect(nextRegradeAt(record({ ticked: ['major.1'] }), pack, at(ordinaryLimit, 1), calendar)?.toISOString()).toBe(new Date(majorLimit.getTime() + 1).toISOString());
  });
});

describe('篇6 第三十条–第三十二条: an escalated ordinary complaint becomes 重大 and shows the new deadlines', () => {
  it.each(['callback_dissatisfied', 'repeat_same_matter', 'overdue_without_agreement', 'repeat_staff_attitude'])('escalated for %s → major', (reason) => {
    const result = grade(record({ escalatedFor: [reason] }), p6, received, calendar);
    expect(result.classCode).toBe('major');
    expect(result.criteria.find((c) => c.id === 'major.escalated')).toMatchObject({ fired: true, how: 'computed', source: 'seed003 篇6 第三十条–第三十二条' });
    expect(result.deadlines.find((d) => d.step === 'resolution')?.due).toBe(majorLimit.toISOString());
  });

  it('an escalation for a reason outside 第七章 (a person’s “other”) does not change the class', () => {
    expect(grade(record({ escalatedFor: ['other'] }), p6, received, calendar).classCode).toBe('ordinary');
    expect(grade(record(), p6, received, calendar).classCode).toBe('ordinary');
  });

  it('tells the call centre of every escalation and the unit heads once major (第三十八条(一), 第十九条)', () => {
    expect(p6.notifications.find((n) => n.when.event === 'escalated')).toMatchObject({ source: 'seed003 篇6 第三十八条(一)1、3、8' });
    const notified = grade(record({ escalatedFor: ['repeat_same_matter'] }), p6, received, calendar).notifications;
    expect(notified.map((n) => n.source)).toEqual(['seed003 篇6 第十九条']);
  });
});

describe('篇6 第二十七条 and 第三十二条 as pack data', () => {
  it('a multi-department extension takes effect on the customer’s consent, phoned to the call centre within 3 minutes', () => {
    expect(p6.extension).toMatchObject({ approverRole: 'leader_in_charge', byConsent: { types: ['multi_department'], noticeWithinMinutes: 3, source: 'seed003 篇6 第二十七条' } });
  });

  it('staff’s subjective causes (态度、语言、行为) are the causes of 第三十二条', () => {
    expect(p6.causes.map((c) => [c.code, c.subjective, c.source])).toEqual([
      ['attitude', true, 'seed003 篇6 第三十二条'],
      ['language', true, 'seed003 篇6 第三十二条'],
      ['behaviour', true, 'seed003 篇6 第三十二条'],
      ['other_subjective', true, 'seed003 篇6 第三十二条'],
    ]);
    expect(p6.repeat).toMatchObject({ windowDays: 90, choice: expect.objectContaining({ en: expect.stringContaining('gives no period') }) });
  });
});
