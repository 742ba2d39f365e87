import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../shared/checklists/answers';
import { scoreRecord } from '../../../shared/checklists/scoring';
import { templateSchema } from '../../../shared/checklists/template-schema';
import { waiterLevelTemplate } from '../../../shared/checklists/templates/waiter-level';

const template = templateSchema.parse(waiterLevelTemplate);
const all = (level: string, n: number, value = true): Answers => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${level}-${i + 1}`, value]));
const record = (...parts: Answers[]): Answers => Object.assign({ 'staff-name': '王芳', 'assessed-on': '2025-06-30' }, ...parts);

describe('waiter level assessment (seed004 §C)', () => {
  it('has the source’s conditions: 6 for 初级, 8 for 中级, the 4 that survive of 高级, and no 星级', () => {
    const count = (grade: string) => template.sections.flatMap((s) => s.items).filter((i) => i.requiredFor?.includes(grade)).length;
    expect([count('junior'), count('intermediate'), count('senior')]).toEqual([6, 8, 4]);
    expect(template.grades?.map((g) => g.code)).toEqual(['senior', 'intermediate', 'junior']);
  });

  it('awards 初级 when all 6 are met, and says why the higher levels are not reached', () => {
    const result = scoreRecord(template, record(all('junior', 6)));
    expect(result.grade?.code).toBe('junior');
    const lines = result.explanation.map((e) => e.zh);
    expect(lines).toContain('未满足高级服务员条件：来店时间超过一年（未作答）');
    expect(lines).toContain('未满足中级服务员条件：已经有初级服务员的资格（未作答）');
    expect(lines.at(-1)).toBe('评为初级服务员：不存在初级服务员否决情形，初级服务员各项条件均满足');
  });

  it('one 初级 condition not met (a second complaint) is no level at all', () => {
    const result = scoreRecord(template, record(all('junior', 6), { 'junior-5': false }));
    expect(result.status).toBe('none');
    expect(result.explanation).toContainEqual({ zh: '未满足初级服务员条件：被客人投诉不超过一次', en: 'Junior waiter condition not met: Complained about by guests no more than once' });
    expect(result.failedItems).toEqual([expect.objectContaining({ itemId: 'junior-5', correctiveAction: false })]);
  });

  it('awards 中级 on its own 8 even when 初级’s “3 months to half a year” no longer holds', () => {
    expect(scoreRecord(template, record(all('junior', 6), { 'junior-1': false }, all('intermediate', 8))).grade?.code).toBe('intermediate');
    expect(scoreRecord(template, record(all('intermediate', 8), { 'intermediate-7': false })).status).toBe('none');
  });

  it('awards 高级 on its 4 surviving conditions and says the source is cut off', () => {
    const result = scoreRecord(template, record(all('senior', 4)));
    expect(result.grade?.code).toBe('senior');
    expect(result.explanation.at(-1)?.zh).toBe('原文高级服务员标准在第4条后中断，仅按现存4条评定');
    expect(scoreRecord(template, record(all('senior', 4), { 'senior-4': false }, all('intermediate', 8))).grade?.code).toBe('intermediate');
  });

  it('needs the name and date before grading', () => {
    const result = scoreRecord(template, all('junior', 6));
    expect(result.status).toBe('incomplete');
    expect(result.missing.map((m) => m.itemId)).toEqual(['staff-name', 'assessed-on']);
  });
});
