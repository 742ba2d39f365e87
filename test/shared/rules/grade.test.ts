import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../../shared/rules/grade';
import { findPack, SHIPPED_PACKS } from '../../../shared/rules/packs';
import { citedSources } from '../../support/rule-packs';
import { factsReadBy } from '../../../shared/rules/facts-read';
import { RECORD_KINDS, stepOf, type Fact, type RecordKind, type RulePack } from '../../../shared/rules/pack-schema';

const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const sh = (local: string) => new Date(`${local}+08:00`);
const received = sh('2026-11-23T10:00:00'); // a Monday
const record = (over: Partial<GradingRecord> = {}): GradingRecord => ({ receivedAt: received, ticked: [], facts: {}, ...over });
const p5 = findPack('insurance-branch-p5')!;
const p6 = findPack('sichuan-group-p6')!;

describe('shipped packs', () => {
  it('all validate and every item cites its seed', () => {
    expect(SHIPPED_PACKS.length).toBeGreaterThanOrEqual(2);
    for (const pack of SHIPPED_PACKS) {
      for (const source of citedSources(pack)) expect(source, pack.id).toMatch(/^seed\d{3}/);
    }
  });
});

describe('篇5 insurance branch: money boundaries and triggers', () => {
  it.each([
    [0, 'general'],
    [4999.99, 'general'],
    [5000, 'general'],
    [5000.01, 'difficult'],
    [29999, 'difficult'],
    [29999.99, 'difficult'],
    [30000, 'major'],
    [30000.01, 'major'],
  ])('direct loss %d 元 → %s', (loss, expected) => {
    expect(grade(record({ facts: { directLoss: loss } }), p5, received, calendar).classCode).toBe(expected);
  });

  it.each([
    [4, 'general'],
    [5, 'major'],
  ])('group of %i persons → %s', (size, expected) => {
    expect(grade(record({ facts: { groupSize: size } }), p5, received, calendar).classCode).toBe(expected);
  });

  it('media involvement makes a small loss major and explains why', () => {
    const result = grade(record({ facts: { directLoss: 100, mediaInvolved: 1 } }), p5, received, calendar);
    expect(result.classCode).toBe('major');
    expect(result.criteria.find((c) => c.id === 'major.media')).toMatchObject({ fired: true, how: 'computed', source: 'seed003 篇5 3.4.1' });
    expect(result.criteria.find((c) => c.id === 'major.loss')).toMatchObject({ fired: false, detail: 'directLoss 100 ≥ 30000' });
  });

  it('gives the deadlines of the class: general replies in 1 working day, major in 3 and reports in half a day', () => {
    const general = grade(record({ facts: { directLoss: 10 } }), p5, received, calendar);
    expect(general.deadlines.find((d) => d.milestone === 'reply')?.due).toBe(sh('2026-11-24T17:30:00').toISOString());
    expect(general.deadlines.find((d) => d.milestone === 'dispatch')?.due).toBe(sh('2026-11-23T10:20:00').toISOString());
    const major = grade(record({ facts: { directLoss: 30000 } }), p5, received, calendar);
    expect(major.deadlines.find((d) => d.milestone === 'reply')?.due).toBe(sh('2026-11-26T17:30:00').toISOString());
    expect(major.deadlines.find((d) => d.milestone === 'reportToBranch')?.due).toBe(sh('2026-11-23T14:30:00').toISOString());
    expect(major.deadlines.find((d) => d.milestone === 'callBack')?.due).toBeNull();
  });

  it('reports the dispatch deadline overdue one minute after it passes, not before', () => {
    expect(grade(record(), p5, sh('2026-11-23T10:20:00'), calendar).overdue).not.toContain('dispatch');
    expect(grade(record(), p5, sh('2026-11-23T10:21:00'), calendar).overdue).toContain('dispatch');
    expect(grade(record({ done: { dispatch: sh('2026-11-23T10:15:00') } }), p5, sh('2026-11-23T12:00:00'), calendar).overdue).not.toContain('dispatch');
  });
});

describe('篇6 Sichuan group', () => {
  it('is ordinary by default and major when a major reason is ticked', () => {
    expect(grade(record({ ticked: ['ordinary.3'] }), p6, received, calendar).classCode).toBe('ordinary');
    expect(grade(record({ ticked: ['ordinary.3', 'major.5'] }), p6, received, calendar).classCode).toBe('major');
  });

  it.each([
    [29, 'ordinary'],
    [31, 'major'],
  ])('a complaint open %i days → %s', (days, expected) => {
    // Leave out the overdue rule (major.3), which fires long before a month, to judge the month rule alone.
    const result = grade(record({ done: {} }), { ...p6, criteria: p6.criteria.filter((c) => c.id !== 'major.3') }, new Date(received.getTime() + days * 86_400_000), calendar);
    expect(result.classCode).toBe(expected);
  });

  it('an ordinary complaint past its 3 working days becomes major by itself, and says why', () => {
    const due = sh('2026-11-26T17:30:00');
    const before = grade(record(), p6, due, calendar);
    expect(before.classCode).toBe('ordinary');
    const after = grade(record(), p6, new Date(due.getTime() + 60_000), calendar);
    expect(after.classCode).toBe('major');
    expect(after.criteria.find((c) => c.id === 'major.3')).toMatchObject({ fired: true, source: 'seed003 篇6 第十三条 第二类(三)' });
    expect(after.deadlines.find((d) => d.milestone === 'resolution')?.due).toBe(sh('2026-12-02T17:30:00').toISOString());
  });

  it('a complaint resolved in time stays ordinary, and its call-back falls 48 hours after resolution', () => {
    const resolvedAt = sh('2026-11-25T09:00:00');
    const result = grade(record({ resolvedAt }), p6, sh('2026-12-20T00:00:00'), calendar);
    expect(result.classCode).toBe('ordinary');
    expect(result.deadlines.find((d) => d.milestone === 'callBack')?.due).toBe(sh('2026-11-27T09:00:00').toISOString());
  });

  it('50% of customers affected → major; 49% does not', () => {
    expect(grade(record({ facts: { affectedShare: 0.5 } }), p6, received, calendar).classCode).toBe('major');
    expect(grade(record({ facts: { affectedShare: 0.49 } }), p6, received, calendar).classCode).toBe('ordinary');
  });
});

describe('grading properties', () => {
  const arbRecord = (pack = p5) =>
    fc.record({
      receivedAt: fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-01T00:00:00Z'), noInvalidDate: true }),
      ticked: fc.subarray(pack.criteria.filter((c) => !c.predicate).map((c) => c.id)),
      facts: fc.record(
        { directLoss: fc.double({ min: 0, max: 100_000, noNaN: true }), groupSize: fc.integer({ min: 0, max: 20 }), mediaInvolved: fc.constantFrom(0, 1) },
        { requiredKeys: [] },
      ),
    });
  const later = fc.integer({ min: 0, max: 60 * 86_400_000 });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbRecord(), later, (r, offset) => {
        const now = new Date(r.receivedAt.getTime() + offset);
        expect(grade(r, p5, now, calendar)).toEqual(grade(structuredClone(r), p5, now, calendar));
      }),
      { numRuns: 200 },
    );
  });

  it('ticking a major criterion never lowers the class', () => {
    for (const pack of [p5, p6]) {
      const rank = (code: string) => pack.classes.findIndex((c) => c.code === code);
      const majors = pack.criteria.filter((c) => c.classCode === 'major' && !c.predicate).map((c) => c.id);
      fc.assert(
        fc.property(arbRecord(pack), later, fc.constantFrom(...majors), (r, offset, extra) => {
          const now = new Date(r.receivedAt.getTime() + offset);
          const before = grade(r, pack, now, calendar).classCode;
          const after = grade({ ...r, ticked: [...r.ticked, extra] }, pack, now, calendar).classCode;
          return rank(after) >= rank(before) && after === 'major';
        }),
        { numRuns: 200 },
      );
    }
  });

  it('deadlines counted in working days never fall on a non-working day', () => {
    fc.assert(
      fc.property(arbRecord(p6), later, (r, offset) => {
        const result = grade(r, p6, new Date(r.receivedAt.getTime() + offset), calendar);
        for (const d of result.deadlines) {
          const rule = p6.deadlines.find((x) => x.milestone === d.milestone && (!x.classes || x.classes.includes(result.classCode)));
          if (rule?.duration.unit === 'workingDays' && d.due) expect(calendar.isWorkingDay(calendar.local(new Date(d.due)).date)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('every shipped pack', () => {
  const FACT_RANGES: Partial<Record<Fact, [number, number]>> = { affectedShare: [0, 1], defectiveShare: [0, 1], satisfaction: [1, 5], mediaInvolved: [0, 1], regulatorInvolved: [0, 1] };
  const arbFor = (pack: RulePack) =>
    fc.record({
      kind: fc.constantFrom(...RECORD_KINDS),
      receivedAt: fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-06-01T00:00:00Z'), noInvalidDate: true }),
      ticked: fc.subarray(pack.criteria.filter((c) => !c.predicate).map((c) => c.id)),
      facts: fc.record(
        Object.fromEntries(
          factsReadBy(pack).map((fact) => {
            const [min, max] = FACT_RANGES[fact] ?? [0, 100_000];
            return [fact, fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100)];
          }),
        ),
        { requiredKeys: [] },
      ),
      pauseHours: fc.array(fc.tuple(fc.integer({ min: 0, max: 30 * 24 }), fc.integer({ min: 1, max: 72 })), { maxLength: 3 }),
    });
  const toRecord = (r: { kind: RecordKind; receivedAt: Date; ticked: string[]; facts: Partial<Record<string, number>>; pauseHours: [number, number][] }): GradingRecord => ({
    kind: r.kind,
    receivedAt: r.receivedAt,
    latestFeedbackAt: r.receivedAt,
    dispatchedAt: r.receivedAt,
    ticked: r.ticked,
    facts: Object.fromEntries(Object.entries(r.facts).filter((entry): entry is [string, number] => entry[1] !== undefined)),
    pauses: r.pauseHours.map(([at, hours]) => ({ from: new Date(r.receivedAt.getTime() + at * 3_600_000), to: new Date(r.receivedAt.getTime() + (at + hours) * 3_600_000) })),
  });
  const later = fc.integer({ min: 0, max: 45 * 86_400_000 });

  it.each(SHIPPED_PACKS.map((pack) => [pack.id, pack] as const))('%s: deterministic, ticking never lowers the class, working-day deadlines land on working days', (_id, pack) => {
    const rank = (code: string) => pack.classes.findIndex((c) => c.code === code);
    const tickable = pack.criteria.filter((c) => !c.predicate).map((c) => c.id);
    fc.assert(
      fc.property(arbFor(pack), later, fc.option(fc.constantFrom(...(tickable.length ? tickable : ['none'])), { nil: undefined }), (raw, offset, extra) => {
        const record = toRecord(raw);
        const now = new Date(raw.receivedAt.getTime() + offset);
        const result = grade(record, pack, now, calendar);
        expect(grade(structuredClone(record), pack, now, calendar)).toEqual(result);
        if (extra && extra !== 'none') {
          const more = grade({ ...record, ticked: [...record.ticked, extra] }, pack, now, calendar);
          expect(rank(more.classCode)).toBeGreaterThanOrEqual(rank(result.classCode));
        }
        for (const d of result.deadlines) {
          const rule = pack.deadlines.find((x) => stepOf(x) === d.step && (!x.classes || x.classes.includes(result.classCode)) && (!x.kinds || x.kinds.includes(raw.kind)));
          expect(rule, d.step).toBeDefined();
          if (d.due && (rule!.duration.unit === 'workingDays' || rule!.duration.unit === 'sameWorkingDay')) {
            expect(calendar.isWorkingDay(calendar.local(new Date(d.due)).date), `${d.step} ${d.due}`).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
