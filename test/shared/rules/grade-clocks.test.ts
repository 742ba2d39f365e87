import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../../shared/rules/grade';
import { rulePackSchema, type RulePackInput } from '../../../shared/rules/pack-schema';

const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const sh = (local: string) => new Date(`${local}+08:00`);
const received = sh('2026-11-23T10:00:00'); // a Monday
const record = (over: Partial<GradingRecord> = {}): GradingRecord => ({ receivedAt: received, ticked: [], facts: {}, ...over });

/** A made-up pack that uses every clock feature once; `seed999` marks it as a test fixture. */
const input: RulePackInput = {
  id: 'clock-fixture',
  version: '1.0.0',
  name: { zh: '测试', en: 'Test' },
  organisation: { zh: '测试', en: 'Test' },
  source: 'seed999 全文',
  classes: [
    { code: 'general', label: { zh: '一般', en: 'General' }, source: 'seed999 1' },
    { code: 'serious', label: { zh: '严重', en: 'Serious' }, source: 'seed999 2' },
  ],
  defaultClass: 'general',
  criteria: [{ id: 'serious.repeat', classCode: 'serious', source: 'seed999 2', label: { zh: '重复', en: 'Repeat' }, predicate: { fact: 'sameProblemCountThisMonth', op: 'gte', value: 3 } }],
  invalidReasons: [],
  deadlines: [
    { milestone: 'reply', kinds: ['inquiry'], from: 'received', duration: { unit: 'hours', amount: 24 }, source: 'seed999 3' },
    { milestone: 'reply', kinds: ['complaint'], from: 'received', duration: { unit: 'workingDays', amount: 3 }, source: 'seed999 3' },
    { milestone: 'containment', classes: ['serious'], from: 'received', duration: { unit: 'hours', amount: 24 }, pausable: true, source: 'seed999 4' },
    { milestone: 'analysis', from: 'latestFeedback', duration: { unit: 'workingDays', amount: 7 }, pausable: true, source: 'seed999 5' },
    { milestone: 'escalation', step: 'escalation.dept', label: { zh: '通知部门', en: 'Tell the department' }, from: 'received', duration: { unit: 'minutes', amount: 3 }, source: 'seed999 6' },
    { milestone: 'escalation', step: 'escalation.board', label: { zh: '报告董事会', en: 'Tell the board' }, from: 'received', duration: { unit: 'minutes', amount: 10 }, source: 'seed999 6' },
  ],
  escalationTriggers: [
    { code: 'dissatisfied', label: { zh: '不满意', en: 'Dissatisfied' }, source: 'seed999 7', predicate: { fact: 'satisfaction', op: 'gte', value: 4 } },
    { code: 'by-hand', label: { zh: '人工', en: 'By hand' }, source: 'seed999 7' },
  ],
  notifications: [
    { when: { classCode: 'serious' }, notify: [{ zh: '总经理', en: 'GM' }], source: 'seed999 8' },
    { when: { fact: 'mediaInvolved' }, notify: [{ zh: '法律事务部', en: 'Legal office' }], confirmByPhone: true, source: 'seed999 8' },
    { when: { event: 'escalated' }, notify: [{ zh: '上级', en: 'Superior' }], source: 'seed999 8' },
  ],
};
const pack = rulePackSchema.parse(input);
const due = (r: GradingRecord, step: string, now = received) => grade(r, pack, now, calendar).deadlines.find((d) => d.step === step);

describe('deadlines by kind of record', () => {
  it('an inquiry is answered within 24 hours, a complaint within 3 working days', () => {
    expect(due(record({ kind: 'inquiry' }), 'reply')?.due).toBe(sh('2026-11-24T10:00:00').toISOString());
    expect(due(record({ kind: 'complaint' }), 'reply')?.due).toBe(sh('2026-11-26T17:30:00').toISOString());
    expect(due(record(), 'reply')?.due, 'no kind means a complaint').toBe(sh('2026-11-26T17:30:00').toISOString());
    expect(due(record({ kind: 'suggestion' }), 'reply')).toBeUndefined();
  });
});

describe('steps of one milestone', () => {
  it('each step has its own due time, label and overdue flag', () => {
    const now = new Date(received.getTime() + 5 * 60_000);
    const result = grade(record({ done: { 'escalation.dept': new Date(received.getTime() + 2 * 60_000) } }), pack, now, calendar);
    const steps = result.deadlines.filter((d) => d.milestone === 'escalation');
    expect(steps.map((d) => [d.step, d.label?.zh, d.done, d.overdue])).toEqual([
      ['escalation.dept', '通知部门', true, false],
      ['escalation.board', '报告董事会', false, false],
    ]);
    const late = grade(record(), pack, new Date(received.getTime() + 10 * 60_000 + 60_000), calendar);
    expect(late.overdue).toEqual(['escalation.dept', 'escalation.board']);
  });

  it('the schema refuses the same step twice for one class and kind', () => {
    const twice = { ...input, deadlines: [...input.deadlines, { ...input.deadlines[4]! }] };
    const parsed = rulePackSchema.safeParse(twice);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/step escalation\.dept given twice/);
  });
});

describe('paused clocks (test and sample time left out)', () => {
  const serious = { facts: { sameProblemCountThisMonth: 3 } };

  it('a 5-hour pause moves a pausable 24-hour deadline by 5 hours', () => {
    const pauses = [{ from: sh('2026-11-23T12:00:00'), to: sh('2026-11-23T17:00:00') }];
    const d = due(record({ ...serious, pauses }), 'containment');
    expect(d?.due).toBe(sh('2026-11-24T15:00:00').toISOString());
    expect(d?.pausedMinutes).toBe(300);
  });

  it('a pause that is still open keeps moving the deadline with the clock', () => {
    const pauses = [{ from: sh('2026-11-23T12:00:00'), to: null }];
    const at = (local: string) => due(record({ ...serious, pauses }), 'containment', sh(local));
    expect(at('2026-11-23T14:00:00')?.due).toBe(sh('2026-11-24T12:00:00').toISOString());
    expect(at('2026-11-24T14:00:00')?.due).toBe(sh('2026-11-25T12:00:00').toISOString());
    expect(at('2026-11-24T14:00:00')?.overdue).toBe(false);
  });

  it('a pause after the deadline changes nothing, and non-pausable deadlines ignore pauses', () => {
    const after = [{ from: sh('2026-11-25T12:00:00'), to: sh('2026-11-25T17:00:00') }];
    expect(due(record({ ...serious, pauses: after }), 'containment')?.due).toBe(sh('2026-11-24T10:00:00').toISOString());
    const during = [{ from: sh('2026-11-23T10:01:00'), to: sh('2026-11-23T10:30:00') }];
    expect(due(record({ pauses: during }), 'escalation.board')?.due).toBe(new Date(received.getTime() + 10 * 60_000).toISOString());
  });

  it('a paused working-day deadline still lands on a working day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 * 24 }), fc.integer({ min: 1, max: 10 * 24 }), (startHour, hours) => {
        const from = new Date(received.getTime() + startHour * 3_600_000);
        const r = record({ latestFeedbackAt: received, pauses: [{ from, to: new Date(from.getTime() + hours * 3_600_000) }] });
        const d = due(r, 'analysis');
        expect(d?.due).toBeTruthy();
        expect(calendar.isWorkingDay(calendar.local(new Date(d!.due!)).date)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('starts the analysis clock at the latest feedback, not at receipt', () => {
    expect(due(record(), 'analysis')?.due).toBeNull();
    expect(due(record({ latestFeedbackAt: sh('2026-11-30T09:00:00') }), 'analysis')?.due).toBe(sh('2026-12-09T17:30:00').toISOString());
  });
});

describe('agreed due times', () => {
  it('an approved extension replaces the pack’s due time and says so', () => {
    const extended = sh('2026-12-04T17:30:00');
    const d = due(record({ agreedDue: { reply: extended } }), 'reply', sh('2026-11-30T09:00:00'));
    expect(d).toMatchObject({ due: extended.toISOString(), agreed: true, overdue: false });
    expect(due(record(), 'reply', sh('2026-11-30T09:00:00'))).toMatchObject({ agreed: false, overdue: true });
  });
});

describe('escalations and notifications', () => {
  it('satisfaction 4 or 5 escalates by itself; 3 does not; raised-by-hand triggers never fire here', () => {
    const codes = (satisfaction: number) => grade(record({ facts: { satisfaction } }), pack, received, calendar).escalations.map((e) => e.code);
    expect(codes(3)).toEqual([]);
    expect(codes(4)).toEqual(['dissatisfied']);
    expect(codes(5)).toEqual(['dissatisfied']);
    expect(grade(record({ facts: { satisfaction: 5 } }), pack, received, calendar).escalations[0]?.detail).toBe('satisfaction 5 ≥ 4');
  });

  it('tells who must know for the class and the facts; event routing is left to the workflow', () => {
    const told = (r: GradingRecord) => grade(r, pack, received, calendar).notifications.map((n) => [n.notify[0]!.zh, n.confirmByPhone]);
    expect(told(record())).toEqual([]);
    expect(told(record({ facts: { sameProblemCountThisMonth: 3 } }))).toEqual([['总经理', false]]);
    expect(told(record({ facts: { mediaInvolved: 1 } }))).toEqual([['法律事务部', true]]);
    expect(told(record({ facts: { mediaInvolved: 0 } }))).toEqual([]);
  });
});

describe('paused clocks: pauses that outlast the deadline or overlap', () => {
  const serious = { facts: { sameProblemCountThisMonth: 3 } };

  it('a pause that begins before the deadline and runs past it stops the clock for its whole length', () => {
    // Received Mon 10:00, due Tue 10:00; paused Tue 09:00–Thu 09:00 (48 h) with one hour left → due Thu 10:00.
    const pauses = [{ from: sh('2026-11-24T09:00:00'), to: sh('2026-11-26T09:00:00') }];
    const d = due(record({ ...serious, pauses }), 'containment', sh('2026-11-26T09:30:00'));
    expect(d).toMatchObject({ due: sh('2026-11-26T10:00:00').toISOString(), pausedMinutes: 48 * 60, overdue: false });
  });

  it('overlapping pauses are counted once', () => {
    const pauses = [
      { from: sh('2026-11-23T12:00:00'), to: sh('2026-11-23T16:00:00') },
      { from: sh('2026-11-23T14:00:00'), to: sh('2026-11-23T17:00:00') },
    ];
    expect(due(record({ ...serious, pauses }), 'containment')).toMatchObject({ due: sh('2026-11-24T15:00:00').toISOString(), pausedMinutes: 300 });
  });

  it('the clock that starts when another step is done waits for that step', () => {
    const chained = rulePackSchema.parse({
      ...input,
      deadlines: [...input.deadlines, { milestone: 'arrival', from: { afterStep: 'escalation.dept' }, duration: { unit: 'minutes', amount: 10 }, source: 'seed999 9' }],
    });
    const arrival = (r: GradingRecord) => grade(r, chained, received, calendar).deadlines.find((d) => d.step === 'arrival');
    expect(arrival(record())?.due).toBeNull();
    expect(arrival(record({ done: { 'escalation.dept': sh('2026-11-23T10:02:00') } }))?.due).toBe(sh('2026-11-23T10:12:00').toISOString());
    const unknown = rulePackSchema.safeParse({ ...input, deadlines: [...input.deadlines, { milestone: 'arrival', from: { afterStep: 'nope' }, duration: { unit: 'minutes', amount: 10 }, source: 'seed999 9' }] });
    expect(unknown.error?.issues[0]?.message).toBe('unknown step nope');
  });
});
