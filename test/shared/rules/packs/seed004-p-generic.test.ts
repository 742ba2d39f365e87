import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { SHIPPED_PACK_VERSIONS } from '../../../../shared/rules/packs';
import { seed004PGenericPack } from '../../../../shared/rules/packs/seed004-p-generic';
import { citedSources } from '../../../support/rule-packs';

const pack = rulePackSchema.parse(seed004PGenericPack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const receivedAt = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 Shanghai
const record = (over: Partial<GradingRecord> = {}): GradingRecord => ({ receivedAt, ticked: [], facts: {}, ...over });
/** The department head signed for the document (签收确认, 五 2) at this moment. */
const signed = (at: Date, over: Partial<GradingRecord> = {}) =>
  record({ approvals: [{ step: 'sign', classCode: 'complaint', at, userId: 'u1', byName: '刘强', roles: ['dept_head'] }], ...over });

describe('seed004-p-generic pack (seed004 §P 客户投诉处理制度)', () => {
  it('validates: a valid complaint, or an escalated one when the customer rejects the reply', () => {
    expect(pack.id).toBe('seed004-p-generic');
    expect(pack.classes.map((c) => c.code)).toEqual(['complaint', 'escalated']);
    expect(grade(record(), pack, receivedAt, calendar).classCode).toBe('complaint');
    expect(grade(record({ ticked: ['escalated.reply-rejected'] }), pack, receivedAt, calendar).classCode).toBe('escalated');
    expect(pack.invalidReasons.map((r) => r.code)).toEqual(['not-a-complaint']);
  });

  it('cites seed004 §P on every item, the extension included', () => {
    const sources = citedSources(pack);
    for (const source of sources) expect(source).toMatch(/^seed004 §P [一二三四五六]/);
  });

  it('has extensions asked at least 1 working day ahead and granted by the complaint handler (五 3)', () => {
    expect(pack.extension).toMatchObject({ approverRole: 'handler', requestLeadWorkingDays: 1, source: 'seed004 §P 五 3' });
    expect(pack.notifications.find((n) => n.when.event === 'extensionRequested')?.notify.map((t) => t.zh)).toEqual(['投诉处理人员']);
  });

  it.each([
    // signed for by the department head (UTC), verification of a dispute 当日 (五 2)
    ['2026-11-23T02:00:00Z', '2026-11-23T09:30:00.000Z'], // Mon 10:00 → Mon 17:30
    ['2026-11-23T09:29:00Z', '2026-11-23T09:30:00.000Z'], // Mon 17:29 → Mon 17:30
    ['2026-11-23T09:30:00Z', '2026-11-24T09:30:00.000Z'], // Mon 17:30, at closing → Tue 17:30
    ['2026-11-27T10:00:00Z', '2026-11-30T09:30:00.000Z'], // Fri 18:00 → Mon 17:30
  ])('a document signed for at %s must be verified by %s', (at, due) => {
    const result = grade(signed(new Date(at)), pack, receivedAt, calendar);
    expect(result.deadlines).toEqual([expect.objectContaining({ milestone: 'response', step: 'disputeVerification', due, overdue: false })]);
  });

  it('waits for the head’s signature (not the hand-over to the handler), then is overdue one minute after closing time and not at it', () => {
    expect(grade(record({ dispatchedAt: receivedAt }), pack, new Date('2026-12-01T00:00:00Z'), calendar).deadlines[0]).toMatchObject({ due: null, overdue: false });
    const handed = signed(receivedAt);
    expect(grade(handed, pack, new Date('2026-11-23T09:30:00Z'), calendar).overdue).toEqual([]);
    expect(grade(handed, pack, new Date('2026-11-23T09:31:00Z'), calendar).overdue).toEqual(['disputeVerification']);
    const answered = signed(receivedAt, { done: { disputeVerification: new Date('2026-11-23T09:00:00Z') } });
    expect(grade(answered, pack, new Date('2026-11-24T00:00:00Z'), calendar).overdue).toEqual([]);
  });

  it('does not stop the clock for a pause', () => {
    const paused = signed(receivedAt, { pauses: [{ from: new Date('2026-11-23T03:00:00Z'), to: new Date('2026-11-24T03:00:00Z') }] });
    expect(grade(paused, pack, receivedAt, calendar).deadlines[0]).toMatchObject({ due: '2026-11-23T09:30:00.000Z', pausedMinutes: 0 });
  });

  it('tells the superior of an escalated complaint and lists the hand-ups of 四 3–5 and 六 3', () => {
    const told = (ticked: string[]) => grade(record({ ticked }), pack, receivedAt, calendar).notifications.map((n) => n.notify[0].zh);
    expect(told([])).toEqual([]);
    expect(told(['escalated.reply-rejected'])).toEqual(['上级主管']);
    expect(pack.escalationTriggers.map((t) => [t.code, t.source])).toEqual([
      ['fact-dispute', 'seed004 §P 四 3'],
      ['invalid-widespread', 'seed004 §P 四 4'],
      ['concentrated-issue', 'seed004 §P 四 5'],
      ['reply-rejected', 'seed004 §P 六 3'],
    ]);
  });

  it('1.3.0 reviews before the hand-over to the department (四 2) and has its head sign before the authorised person gets it (五 1–2); 1.2.0 stays shipped', () => {
    expect(pack.version).toBe('1.3.0');
    const steps = pack.procedure?.routes[0]?.steps;
    expect(steps?.review).toMatchObject({ before: 'handOver', handOverTo: ['dept_head', 'dept_staff'], source: 'seed004 §P 四 2' });
    expect(steps?.sign).toMatchObject({ before: 'handOver', handOverTo: ['dept_staff'], source: 'seed004 §P 五 1、2' });
    const v120 = SHIPPED_PACK_VERSIONS.find((p) => p.id === pack.id && p.version === '1.2.0');
    expect([v120?.procedure?.routes[0]?.steps.review?.before, v120?.procedure?.routes[0]?.steps.sign?.before]).toEqual(['reply', 'reply']);
  });
});
