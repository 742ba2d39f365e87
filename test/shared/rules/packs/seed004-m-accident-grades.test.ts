import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../../../shared/rules/grade';
import { rulePackSchema, type Fact } from '../../../../shared/rules/pack-schema';
import { seed004MAccidentGradesPack } from '../../../../shared/rules/packs/seed004-m-accident-grades';
import { citedSources } from '../../../support/rule-packs';

const pack = rulePackSchema.parse(seed004MAccidentGradesPack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const receivedAt = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 Shanghai
const graded = (over: Partial<GradingRecord>) => grade({ receivedAt, ticked: [], facts: {}, ...over }, pack, receivedAt, calendar);
const fired = (over: Partial<GradingRecord>) => graded(over).criteria.filter((c) => c.fired).map((c) => c.id);

describe('seed004-m-accident-grades pack (seed004 §M)', () => {
  it('validates, grades ordered 三级 (轻微) < 二级 (中等) < 一级 (最严重), then 质量事故', () => {
    expect(pack.id).toBe('seed004-m-accident-grades');
    expect(pack.version).toBe('1.0.0');
    expect(pack.classes.map((c) => [c.code, c.label.zh])).toEqual([
      ['grade3', '三级事故(轻微)'],
      ['grade2', '二级事故(中等)'],
      ['grade1', '一级事故(最严重)'],
      ['quality', '质量事故'],
    ]);
    expect(pack.defaultClass).toBe('grade3');
    expect(pack.classes[0]?.choice?.en).toContain('三级 is the least serious');
  });

  it('cites seed004 §M on every class, criterion and deduction table', () => {
    const sources = citedSources(pack);
    for (const source of sources) expect(source).toMatch(/^seed004 §M [一二]/);
    for (const c of pack.criteria.filter((c) => c.classCode.startsWith('grade'))) {
      expect(c.source).toMatch(new RegExp(`^seed004 §M 一\\.${c.classCode.slice(-1)} [AB]$`));
    }
  });

  it('has one computed criterion per measured condition of each grade (“具备下列条件之一”)', () => {
    const computed = pack.criteria.filter((c) => c.predicate).map((c) => c.id);
    expect(computed).toEqual([
      'grade1.a.treatment',
      'grade1.a.leave',
      'grade1.b.strike',
      'grade2.a.injured',
      'grade2.a.treatment',
      'grade2.a.leave',
      'grade2.b.strike',
      'grade3.a.injured',
      'grade3.a.treatment',
      'grade3.a.leave',
      'grade3.b.strike',
      'quality.2', // 两家终端用户: a count, with the judgement beside it
    ]);
  });

  const table: [Fact, number, string, string[]][] = [
    // fact, value, grade, criteria fired
    ['treatmentWorkingDays', 1, 'grade3', ['grade3.a.treatment']],
    ['treatmentWorkingDays', 20, 'grade3', ['grade3.a.treatment']], // 未超过20(含)
    ['treatmentWorkingDays', 21, 'grade2', ['grade2.a.treatment']],
    ['treatmentWorkingDays', 49, 'grade2', ['grade2.a.treatment']],
    ['treatmentWorkingDays', 50, 'grade2', ['grade2.a.treatment']], // 未超过50(含)
    ['treatmentWorkingDays', 51, 'grade1', ['grade1.a.treatment']], // 超过50
    ['leaveMonths', 2, 'grade3', ['grade3.a.leave']], // 未超过2个月
    ['leaveMonths', 2.5, 'grade2', ['grade2.a.leave']],
    ['leaveMonths', 6, 'grade2', ['grade2.a.leave']], // 未超过6个月
    ['leaveMonths', 6.5, 'grade1', ['grade1.a.leave']], // 超过6个月
    ['injuredCount', 1, 'grade3', ['grade3.a.injured']],
    ['injuredCount', 2, 'grade3', ['grade3.a.injured']], // 2人以下
    ['injuredCount', 3, 'grade2', ['grade2.a.injured']],
    ['injuredCount', 5, 'grade2', ['grade2.a.injured']], // 5人以下
    ['injuredCount', 6, 'grade3', []], // the source names no grade: no count criterion fires, default
    ['strikeHeadcount', 0, 'grade3', []], // no strike
    ['strikeHeadcount', 1, 'grade3', ['grade3.b.strike']],
    ['strikeHeadcount', 4, 'grade3', ['grade3.b.strike']],
    ['strikeHeadcount', 5, 'grade2', ['grade2.b.strike', 'grade3.b.strike']], // 5人以上 / 5人以下 both include 5: the higher wins
    ['strikeHeadcount', 14, 'grade2', ['grade2.b.strike']],
    ['strikeHeadcount', 15, 'grade1', ['grade1.b.strike', 'grade2.b.strike']], // 15人以上 / 15人以下 both include 15
    ['strikeHeadcount', 40, 'grade1', ['grade1.b.strike']],
  ];

  it.each(table)('%s = %d → %s (fires %j)', (fact, value, expected, criteria) => {
    const result = graded({ facts: { [fact]: value } });
    expect(result.classCode).toBe(expected);
    expect(result.criteria.filter((c) => c.fired).map((c) => c.id)).toEqual(criteria);
  });

  it('any one condition is enough: the worst measure decides', () => {
    expect(graded({ facts: { injuredCount: 1, treatmentWorkingDays: 10, leaveMonths: 7 } }).classCode).toBe('grade1');
    expect(graded({ facts: { injuredCount: 4, treatmentWorkingDays: 10, leaveMonths: 1 } }).classCode).toBe('grade2');
    expect(fired({ facts: { injuredCount: 1, treatmentWorkingDays: 10, leaveMonths: 1 } })).toEqual(['grade3.a.injured', 'grade3.a.treatment', 'grade3.a.leave']);
  });

  it('death or serious injury is ticked and makes 一级', () => {
    const result = graded({ ticked: ['grade1.a.death'], facts: { injuredCount: 1, treatmentWorkingDays: 5 } });
    expect(result.classCode).toBe('grade1');
    expect(result.criteria.find((c) => c.id === 'grade1.a.death')).toMatchObject({ fired: true, how: 'ticked' });
  });

  it('explains a computed grade with the values compared', () => {
    expect(graded({ facts: { treatmentWorkingDays: 51 } }).criteria.find((c) => c.id === 'grade1.a.treatment')?.detail).toBe('treatmentWorkingDays 51 > 50');
    expect(graded({ facts: { strikeHeadcount: 5 } }).criteria.find((c) => c.id === 'grade2.b.strike')?.detail).toBe('strikeHeadcount 5 ≥ 5 ∧ strikeHeadcount 5 ≤ 15');
  });

  it.each(['quality.1', 'quality.3', 'quality.4'])('ticking %s makes a 质量事故', (id) => {
    expect(graded({ ticked: [id] }).classCode).toBe('quality');
  });

  it('二.(一)⑵ counts the end users with a similar complaint on the batch: one is not a quality accident, two are, with the judgement ticked', () => {
    const fired = (sameBatchEndUsers: number, ticked: string[]) => graded({ ticked, facts: { sameBatchEndUsers } }).criteria.find((c) => c.id === 'quality.2');
    expect(fired(1, ['quality.2'])).toMatchObject({ fired: false, how: 'computed', detail: 'sameBatchEndUsers 1 ≥ 2' });
    expect(fired(2, ['quality.2'])).toMatchObject({ fired: true, detail: 'sameBatchEndUsers 2 ≥ 2' });
    expect(graded({ ticked: ['quality.2'], facts: { sameBatchEndUsers: 2 } }).classCode).toBe('quality');
    // Two end users without the judgement (conforms, cause unknown) is not ⑵.
    expect(fired(2, [])?.fired).toBe(false);
    expect(graded({ ticked: ['quality.2'] }).classCode).toBe('grade3');
  });

  it('has no deadlines or notifications (the source sets none)', () => {
    expect(pack.deadlines).toEqual([]);
    expect(pack.notifications).toEqual([]);
  });

  const points = (code: string) => {
    const deductions = pack.deductions.find((t) => t.code === code);
    return deductions?.rows.map((row) => [row.role.zh, row.points]);
  };

  it('reads back the management-accident deductions per role (一.4)', () => {
    expect(points('management')).toEqual([
      ['部门责任人', { grade1: 15, grade2: 10, grade3: 5 }],
      ['负责人', { grade1: 10, grade2: 8, grade3: 3 }],
      ['直接上级', { grade1: 8, grade2: 5, grade3: 2 }],
      ['上上级', { grade1: 5, grade2: 3, grade3: 0 }], // 三级: 上上级不连带扣分
    ]);
    expect(pack.deductions.find((t) => t.code === 'management')?.source).toBe('seed004 §M 一.4');
  });

  it.each([
    ['quality.1', '⑴', [10, 5, 3, 2]],
    ['quality.2', '⑵', [5, 3, 2, 0]],
    ['quality.3', '⑶', [10, 5, 2, 0]],
    ['quality.4', '⑷', [10, 5, 2, 0]],
  ])('reads back the %s deductions (二.(一)%s) per role', (code, mark, expected) => {
    expect(points(code)).toEqual([
      ['直接责任人', { quality: expected[0] }],
      ['部门负责人', { quality: expected[1] }],
      ['直接上级', { quality: expected[2] }],
      ['上上级', { quality: expected[3] }],
    ]);
    expect(pack.deductions.find((t) => t.code === code)?.source).toBe(`seed004 §M 二.(一)${mark}`);
    expect(pack.criteria.find((c) => c.id === code)?.source).toBe(`seed004 §M 二.(一)${mark}`);
  });
});
