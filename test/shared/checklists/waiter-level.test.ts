import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../shared/checklists/answers';
import { computedAnswer } from '../../../shared/checklists/computed-answers';
import { scoreRecord } from '../../../shared/checklists/scoring';
import { templateSchema, type TemplateItem } from '../../../shared/checklists/template-schema';
import { waiterLevelTemplate } from '../../../shared/checklists/templates/waiter-level';

const template = templateSchema.parse(waiterLevelTemplate);
const item = (id: string): TemplateItem => template.sections.flatMap((s) => s.items).find((i) => i.id === id)!;

/** The conditions the source leaves to a person's judgement (tests passed, certificates, attitude), by level. */
const JUDGED = { junior: [3, 4, 6], intermediate: [1, 4, 6, 7, 8], senior: [1, 2] } as const;
const judged = (level: keyof typeof JUDGED, value = true): Answers => Object.fromEntries(JUDGED[level].map((n) => [`${level}-${n}`, value]));

/** 王芳 started on 2025-01-15: the facts the computed conditions read. */
const facts = (over: Answers = {}): Answers => ({ 'staff-name': '王芳', 'started-on': '2025-01-15', 'assessed-on': '2025-05-20', 'praise-letters': 4, 'guest-complaints': 0, ...over });
const answered = (id: string, over: Answers) => computedAnswer(item(id), facts(over));

describe('waiter level assessment (seed004 §C)', () => {
  it('has the source’s conditions: 6 for 初级, 8 for 中级, the 4 that survive of 高级, and no 星级', () => {
    const count = (grade: string) => template.sections.flatMap((s) => s.items).filter((i) => i.requiredFor?.includes(grade)).length;
    expect([count('junior'), count('intermediate'), count('senior')]).toEqual([6, 8, 4]);
    expect(template.grades?.map((g) => g.code)).toEqual(['senior', 'intermediate', 'junior']);
  });

  it('asks the date started and the counts, and ticks only the source’s own judgements', () => {
    const computed = template.sections.flatMap((s) => s.items).filter((i) => i.computed).map((i) => i.id);
    expect(computed).toEqual(['junior-1', 'junior-2', 'junior-5', 'intermediate-2', 'intermediate-3', 'intermediate-5', 'senior-3', 'senior-4']);
    expect(['started-on', 'assessed-on', 'praise-letters', 'guest-complaints'].map((id) => [item(id).kind, item(id).required])).toEqual([
      ['date', true],
      ['date', true],
      ['number', true],
      ['number', true],
    ]);
  });

  it('二、1 来店3个月以上不满半年, from the start date, on both sides of both bounds (民法典 第二百零一条)', () => {
    expect(answered('junior-1', { 'assessed-on': '2025-04-15' })).toBe(false); // the last day of the first 3 months
    expect(answered('junior-1', { 'assessed-on': '2025-04-16' })).toBe(true); // 满3个月
    expect(answered('junior-1', { 'assessed-on': '2025-07-15' })).toBe(true); // still 未满半年
    expect(answered('junior-1', { 'assessed-on': '2025-07-16' })).toBe(false); // 满半年
    expect(answered('junior-1', { 'started-on': undefined })).toBeUndefined();
  });

  it('三、2 超过半年 and 四、3 超过一年: 365 days after the start is not yet over a year, 366 days is; outstanding performance adjusts it', () => {
    expect(answered('intermediate-2', { 'assessed-on': '2025-07-15' })).toBe(false);
    expect(answered('intermediate-2', { 'assessed-on': '2025-07-16' })).toBe(true);
    expect(answered('senior-3', { 'started-on': '2025-03-01', 'assessed-on': '2026-02-28' })).toBe(false); // 364 days
    expect(answered('senior-3', { 'started-on': '2025-03-01', 'assessed-on': '2026-03-01' })).toBe(false); // 365 days: the year’s last day
    expect(answered('senior-3', { 'started-on': '2025-03-01', 'assessed-on': '2026-03-02' })).toBe(true); // 366 days
    expect(answered('senior-3', { 'started-on': '2025-12-01', 'assessed-on': '2026-03-02', 'senior-3-adjusted': true })).toBe(true);
    expect(answered('intermediate-2', { 'assessed-on': '2025-05-20', 'intermediate-2-adjusted': true })).toBe(true);
  });

  it('表扬超过3/6/10次 and 投诉不超过一次 from the counts, each complaint using up one praise letter', () => {
    expect(answered('junior-2', { 'praise-letters': 3 })).toBe(false);
    expect(answered('junior-2', { 'praise-letters': 4 })).toBe(true);
    expect(answered('intermediate-3', { 'praise-letters': 6 })).toBe(false);
    expect(answered('intermediate-3', { 'praise-letters': 7 })).toBe(true);
    expect(answered('senior-4', { 'praise-letters': 10 })).toBe(false);
    expect(answered('senior-4', { 'praise-letters': 11 })).toBe(true);
    expect(answered('junior-5', { 'praise-letters': 0, 'guest-complaints': 1 })).toBe(true);
    expect(answered('junior-5', { 'praise-letters': 0, 'guest-complaints': 2 })).toBe(false);
    // 5 letters and 2 complaints: the complaints are offset, and 3 letters are left (not more than 3).
    expect(answered('junior-5', { 'praise-letters': 5, 'guest-complaints': 2 })).toBe(true);
    expect(answered('junior-2', { 'praise-letters': 5, 'guest-complaints': 2 })).toBe(false);
    expect(answered('junior-2', { 'praise-letters': 6, 'guest-complaints': 2 })).toBe(true);
  });

  it('awards 初级 from the dates and counts with its three judged conditions, and says the pay the source attaches', () => {
    const result = scoreRecord(template, { ...facts(), ...judged('junior') });
    expect(result.grade?.code).toBe('junior');
    const lines = result.explanation.map((e) => e.zh);
    expect(lines).toContain('未满足高级服务员条件：来店时间超过一年');
    expect(lines.at(-2)).toBe('评为初级服务员：不存在初级服务员否决情形，初级服务员各项条件均满足');
    expect(lines.at(-1)).toBe('初级服务员：底薪基础工资可达到1800元（不算其他绩效工资和考核工资、奖金；seed004 §C 二、初级服务员的标准（凡是符合以上6点的即可评为初级服务员））');
  });

  it('a second complaint not offset by a letter is no level at all', () => {
    const result = scoreRecord(template, { ...facts({ 'praise-letters': 0, 'guest-complaints': 2 }), ...judged('junior') });
    expect(result.status).toBe('none');
    expect(result.explanation).toContainEqual({ zh: '未满足初级服务员条件：被客人投诉不超过一次', en: 'Junior waiter condition not met: Complained about by guests no more than once' });
    expect(result.failedItems).toContainEqual(expect.objectContaining({ itemId: 'junior-5', correctiveAction: false }));
  });

  it('awards 中级 with its pay and social insurance, on its own 8 even when 初级’s “3 months to half a year” no longer holds', () => {
    const result = scoreRecord(template, { ...facts({ 'assessed-on': '2025-09-01', 'praise-letters': 7 }), ...judged('junior'), ...judged('intermediate') });
    expect(result.grade?.code).toBe('intermediate');
    expect(result.explanation.at(-1)?.zh).toContain('中级服务员：底薪基础工资可达到2000元（不算其他绩效工资和考核工资、奖金，并且享受社保福利待遇');
    expect(scoreRecord(template, { ...facts({ 'assessed-on': '2025-09-01', 'praise-letters': 6 }), ...judged('intermediate') }).status).toBe('none');
  });

  it('awards 高级 on its 4 surviving conditions, says the source is cut off, and states no pay (the source stops before it)', () => {
    const result = scoreRecord(template, { ...facts({ 'started-on': '2024-01-10', 'assessed-on': '2025-06-30', 'praise-letters': 11 }), ...judged('senior') });
    expect(result.grade?.code).toBe('senior');
    expect(result.explanation.at(-1)?.zh).toBe('原文高级服务员标准在第4条后中断，仅按现存4条评定');
    expect(template.grades?.find((g) => g.code === 'senior')?.pay).toBeUndefined();
  });

  it('needs the name, the dates and the counts before grading', () => {
    const result = scoreRecord(template, judged('junior'));
    expect(result.status).toBe('incomplete');
    expect(result.missing.map((m) => m.itemId)).toEqual(['staff-name', 'started-on', 'assessed-on', 'praise-letters', 'guest-complaints']);
  });
});
