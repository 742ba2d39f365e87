import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../shared/checklists/answers';
import { gradeByRulePack } from '../../../shared/checklists/rule-pack-grading';
import { scoreRecord } from '../../../shared/checklists/scoring';
import { templateSchema } from '../../../shared/checklists/template-schema';
import { accidentDeductionTemplate } from '../../../shared/checklists/templates/accident-deduction';
import { rulePackSchema } from '../../../shared/rules/pack-schema';
import { seed004MAccidentGradesPack } from '../../../shared/rules/packs/seed004-m-accident-grades';

const template = templateSchema.parse(accidentDeductionTemplate);
const pack = rulePackSchema.parse(seed004MAccidentGradesPack);
const persons = [
  { role: 'position-1', name: '张三' },
  { role: 'position-2', name: '李四' },
  { role: 'position-3', name: '王五' },
  { role: 'position-4', name: '赵六' },
];
const base: Answers = { 'accident-date': '2025-05-06', 'accident-description': '包装线工伤', persons };
const management = (over: Answers) => gradeByRulePack(template, { ...base, 'accident-type': 'management', ...over }, pack);
const quality = (over: Answers) => gradeByRulePack(template, { ...base, 'accident-type': 'quality', ...over }, pack);
const points = (r: ReturnType<typeof management>) => r.persons.map((p) => [p.name, p.points]);

describe('accident grading and point-deduction form (seed004 §M)', () => {
  it('grades a management accident from the measures, with the pack’s deductions per position', () => {
    const grade2 = management({ 'treatment-days': 30 });
    expect(grade2.classCode).toBe('grade2');
    expect(points(grade2)).toEqual([['张三', 10], ['李四', 8], ['王五', 5], ['赵六', 3]]);
    expect(grade2.explanation.map((e) => e.zh)).toEqual([
      '符合：治疗未超过50(含)个工作日（treatmentWorkingDays 30 > 20 ∧ treatmentWorkingDays 30 ≤ 50）',
      '计算等级：二级事故(中等)',
      '按管理事故扣分标准扣分：部门责任人10分，负责人8分，直接上级5分，上上级3分',
    ]);
    expect(points(management({ 'strike-headcount': 15 }))).toEqual([['张三', 15], ['李四', 10], ['王五', 8], ['赵六', 5]]);
    expect(points(management({ 'injured-count': 2 }))).toEqual([['张三', 5], ['李四', 3], ['王五', 2], ['赵六', 0]]);
    expect(management({ 'death-or-serious-injury': true, 'injured-count': 1 }).classCode).toBe('grade1');
  });

  it('grades a quality accident by the ticked situation, the strictest when several are ticked', () => {
    // ⑵: the end users are counted, and one is not enough (seed004 §M 二.(一)⑵ 两家终端用户).
    expect(quality({ 'quality-2': true, 'same-batch-end-users': 1 }).classCode).toBeNull();
    const two = quality({ 'quality-2': true, 'same-batch-end-users': 2 });
    expect(two.classCode).toBe('quality');
    expect(two.table?.code).toBe('quality.2');
    expect(points(two)).toEqual([['张三', 5], ['李四', 3], ['王五', 2], ['赵六', 0]]);
    expect(quality({ 'quality-3': true, 'quality-1': true }).table?.code).toBe('quality.1');
    expect(quality({ 'quality-4': true, 'quality-3': true }).table?.code).toBe('quality.3');
    const none = quality({});
    expect(none.table).toBeNull();
    expect(none.persons).toEqual([]);
    expect(none.classCode).toBeNull();
    expect(none.explanation.map((e) => e.zh)).toEqual(['未符合任何认定条件，无法计算等级', '无适用的扣分标准']);
    // A management accident below every measure is the pack's default 三级 (the record is already taken as an accident).
    expect(management({}).classCode).toBe('grade3');
    expect(management({}).explanation[0]?.zh).toBe('未符合任何认定条件，按默认等级认定');
  });

  it('reads only what the form asks: management measures of a quality accident are ignored', () => {
    expect(quality({ 'quality-4': true, 'strike-headcount': 20 }).fired.map((f) => f.id)).toEqual(['quality.4']);
    expect(management({ 'quality-1': true, 'treatment-days': 10 }).classCode).toBe('grade3');
  });

  it('lets a person set another grade, with the reason in the explanation', () => {
    const result = management({ 'treatment-days': 30, 'grade-override': 'grade1', 'grade-override-reason': '影响公司正常运营' });
    expect([result.computedClass, result.classCode, result.overridden]).toEqual(['grade2', 'grade1', true]);
    expect(result.explanation).toContainEqual({ zh: '人工认定为一级事故(最严重)：影响公司正常运营', en: 'Set to Grade 1 accident (most serious) by a person: 影响公司正常运营' });
    expect(points(result)[0]).toEqual(['张三', 15]);
  });

  it('offers the four positions of both tables and validates as a checklist with its required answers', () => {
    const role = template.sections.flatMap((s) => s.items).find((i) => i.id === 'persons')?.columns?.find((c) => c.id === 'role');
    expect(role?.options?.map((o) => o.label.zh)).toEqual(['部门责任人／直接责任人', '负责人／部门负责人', '直接上级', '上上级']);
    const result = scoreRecord(template, { persons: [{ role: 'position-1' }] });
    expect(result.status).toBe('ungraded');
    expect(result.missing.map((m) => [m.itemId, m.columnId ?? null])).toEqual([
      ['accident-date', null],
      ['accident-description', null],
      ['accident-type', null],
      ['persons', 'name'],
    ]);
  });
});
