import { describe, expect, it } from 'vitest';
import type { Answers, TableRow } from '../../../shared/checklists/answers';
import { scoreRecord } from '../../../shared/checklists/scoring';
import { templateSchema } from '../../../shared/checklists/template-schema';
import { coalMineGradingTemplate } from '../../../shared/checklists/templates/coal-mine-grading';

const template = templateSchema.parse(coalMineGradingTemplate);

const parts = (...rows: [string, number, number][]): TableRow[] => rows.map(([name, weight, score]) => ({ name, weight, score }));
const even = (...scores: number[]) => parts(...scores.map((s, i): [string, number, number] => [`第${i + 1}部分`, 1, s]));

/** A complete underground-mine self-assessment with no veto, all parts at 95. */
function answers(over: Answers = {}): Answers {
  return {
    'mine-name': '示范煤矿',
    'mine-type': 'underground',
    'assessed-on': '2025-06-30',
    'part-scores': even(95, 95, 95),
    'basic-condition-missing': false,
    'over-headcount': false,
    'had-fatal-accident': false,
    'failed-level1-inspection': false,
    'downgraded-within-year': false,
    'dispatch-workers': false,
    blacklisted: false,
    'revoked-within-half-year': false,
    'fraud-within-year': false,
    'spot-check-downgraded': false,
    'spot-check-revoked': false,
    ...over,
  };
}
const gradeOf = (over: Answers) => scoreRecord(template, answers(over)).grade?.code ?? null;
const zh = (over: Answers) => scoreRecord(template, answers(over)).explanation.map((e) => e.zh);

describe('coal-mine grade self-assessment: scores (seed004 §A 第五条)', () => {
  it('grades 一级 at 95 everywhere and says on what it rests', () => {
    const result = scoreRecord(template, answers());
    expect(result.status).toBe('graded');
    expect(result.grade).toEqual({ code: 'level1', label: { zh: '一级', en: 'Level 1' } });
    expect(result.total).toBe(95);
    expect(result.explanation.map((e) => e.zh)).toEqual(['评为一级：加权得分95分，最低部分95分，不存在一级否决情形']);
    expect(result.failedItems).toEqual([]);
  });

  it('89.9 is not 90: a weighted total of 89.9 misses 一级, 90 reaches it', () => {
    const below = scoreRecord(template, answers({ 'part-scores': even(90, 89.8) }));
    expect(below.total).toBeCloseTo(89.9, 10);
    expect(below.grade?.code).toBe('level2');
    expect(below.explanation.map((e) => e.zh)).toEqual([
      '加权得分89.9分，低于一级要求90分',
      '第2部分 89.8分，低于一级要求90分',
      '评为二级：加权得分89.9分，最低部分89.8分，不存在二级否决情形',
    ]);
    expect(below.explanation[0]?.en).toBe('Weighted total 89.9, below the 90 required for Level 1');
    expect(gradeOf({ 'part-scores': even(90, 90) })).toBe('level1');
  });

  it('weights are relative and floating error does not cost a grade (0.1/0.2/0.7 of 90 is 90)', () => {
    const result = scoreRecord(template, answers({ 'part-scores': parts(['安全', 0.1, 90], ['通风', 0.2, 90], ['采煤', 0.7, 90]) }));
    expect(result.grade?.code).toBe('level1');
    expect(gradeOf({ 'part-scores': parts(['A', 30, 100], ['B', 70, 80]) })).toBe('level2'); // 86
  });

  it('a part at 79 with a weighted total of 92 gets 三级: every part must reach 90 for 一级 and 80 for 二级', () => {
    const result = scoreRecord(template, answers({ 'part-scores': parts(['第3部分', 1, 79], ['其余部分', 4, 95.25]) }));
    expect(result.total).toBe(92);
    expect(result.grade?.code).toBe('level3');
    expect(result.explanation.map((e) => e.zh)).toEqual([
      '第3部分 79分，低于一级要求90分',
      '第3部分 79分，低于二级要求80分',
      '评为三级：加权得分92分，最低部分79分，不存在三级否决情形',
    ]);
    expect(result.bands.map((b) => [b.code, b.reached])).toEqual([
      ['level1', false],
      ['level2', false],
      ['level3', true],
    ]);
  });

  it('80 and 70 are the 二级 and 三级 lines; below 70 anywhere is 不达标', () => {
    expect(gradeOf({ 'part-scores': even(80, 80) })).toBe('level2');
    expect(gradeOf({ 'part-scores': even(79.99, 99) })).toBe('level3');
    expect(gradeOf({ 'part-scores': even(70, 70) })).toBe('level3');
    const none = scoreRecord(template, answers({ 'part-scores': even(69.9, 99) }));
    expect(none.status).toBe('none');
    expect(none.grade).toBeNull();
    expect(none.explanation.at(-1)?.zh).toBe('未达到任何等级：不达标');
  });

  it('shows scores truncated, never rounded up past a line they miss', () => {
    expect(zh({ 'part-scores': even(89.999, 95) })).toContain('第1部分 89.99分，低于一级要求90分');
  });

  it('does not grade while a required answer is missing, and lists it', () => {
    const { 'assessed-on': _omitted, ...rest } = answers();
    const result = scoreRecord(template, rest);
    expect(result.status).toBe('incomplete');
    expect(result.grade).toBeNull();
    expect(result.missing.map((m) => m.itemId)).toEqual(['assessed-on']);
    expect(result.explanation.at(-1)?.zh).toBe('尚有1项必填内容未填写，暂不定级');
  });

  it('needs every entered part to have a name, a weight above 0 and a score 0–100', () => {
    const result = scoreRecord(template, answers({ 'part-scores': [{ name: '', weight: 1, score: 120 }, { name: 'B', weight: 0, score: 90 }] }));
    expect(result.missing).toEqual([{ itemId: 'part-scores', label: { zh: '部分', en: 'Part' }, row: 0, columnId: 'name' }]);
    expect(result.total).toBeNull();
    expect(result.failedItems.map((f) => f.itemId)).toEqual(['part-scores']);
    expect(result.bands[0]?.reasons.map((r) => r.zh)).toEqual(['第1部分：得分须在0–100之间', 'B：权重须大于0']);
    expect(scoreRecord(template, answers({ 'part-scores': [] })).missing.map((m) => m.itemId)).toEqual(['part-scores']);
  });
});

describe('coal-mine grade self-assessment: vetoes (seed004 §A 第四、五条, 第七条(三), 第十一条(五))', () => {
  // Each answered veto with all parts at 95: the best grade it leaves.
  const level1Only = ['failed-level1-inspection', 'downgraded-within-year', 'dispatch-workers'];
  const level1And2 = ['over-headcount', 'blacklisted'];

  it.each(level1Only)('一级 condition %s leaves 二级', (id) => {
    expect(gradeOf({ [id]: true })).toBe('level2');
  });

  it('一级 condition 5 (open-pit contracting) leaves an open-pit mine 二级, and is not asked of an underground mine', () => {
    const openPit = { 'mine-type': 'open-pit', 'over-headcount': undefined, 'dispatch-workers': undefined, 'stripping-contractors': 1 };
    expect(gradeOf({ ...openPit, 'open-pit-contracting': true })).toBe('level2');
    expect(gradeOf({ ...openPit, 'open-pit-contracting': false })).toBe('level1');
    // “剥离工程承包给2家(不含)以上施工单位”: counted, 2 is allowed and 3 vetoes 一级.
    expect(gradeOf({ ...openPit, 'open-pit-contracting': false, 'stripping-contractors': 2 })).toBe('level1');
    expect(gradeOf({ ...openPit, 'open-pit-contracting': false, 'stripping-contractors': 3 })).toBe('level2');
    expect(scoreRecord(template, answers({ ...openPit, 'stripping-contractors': undefined })).missing.map((m) => m.itemId)).toEqual(['open-pit-contracting', 'stripping-contractors']);
    const underground = scoreRecord(template, answers({ 'open-pit-contracting': true }));
    expect(underground.items.find((i) => i.itemId === 'open-pit-contracting')?.status).toBe('hidden');
    expect(underground.grade?.code).toBe('level1');
  });

  it.each(level1And2)('condition %s, shared by 一级 and 二级, leaves 三级 and says so once', (id) => {
    const result = scoreRecord(template, answers({ [id]: true }));
    expect(result.grade?.code).toBe('level3');
    const vetoLines = result.explanation.filter((e) => e.zh.startsWith('存在否决项'));
    expect(vetoLines).toHaveLength(1);
  });

  it('words a veto with the grades it disqualifies', () => {
    expect(zh({ 'over-headcount': true })[0]).toBe('存在否决项：井工煤矿井下单班作业人数超过有关限员规定（一级、二级）');
    expect(scoreRecord(template, answers({ blacklisted: true })).explanation[0]?.en).toBe(
      'Veto: On the safety-production “blacklist” or within a joint-punishment period (Level 1, Level 2)',
    );
  });

  it('二级 condition 3 (revoked < half a year) vetoes 二级 only: 三级 at 85, 一级 untouched at 95', () => {
    expect(gradeOf({ 'part-scores': even(85, 85), 'revoked-within-half-year': true })).toBe('level3');
    expect(gradeOf({ 'part-scores': even(85, 85), 'revoked-within-half-year': false })).toBe('level2');
    expect(gradeOf({ 'revoked-within-half-year': true })).toBe('level1');
  });

  it.each(['over-headcount', 'blacklisted'])('二级 condition %s leaves 三级 at 85', (id) => {
    expect(gradeOf({ 'part-scores': even(85, 85), [id]: true })).toBe('level3');
  });

  it('a missing 第四条 basic condition vetoes every grade: 不达标 at 100', () => {
    const result = scoreRecord(template, answers({ 'part-scores': even(100), 'basic-condition-missing': true }));
    expect(result.status).toBe('none');
    expect(result.explanation[0]?.zh).toBe('存在否决项：有《管理体系》总则设定的基本条件不具备（一级、二级、三级）');
  });

  it('application bans: falsified self-evaluation bars 二级 and above; a spot-check downgrade or revocation bars 一级', () => {
    expect(gradeOf({ 'fraud-within-year': true })).toBe('level3');
    expect(gradeOf({ 'spot-check-downgraded': true })).toBe('level2');
    expect(gradeOf({ 'spot-check-revoked': true })).toBe('level2');
  });

  it('lists answered vetoes as failed items for corrective action', () => {
    const result = scoreRecord(template, answers({ 'dispatch-workers': true }));
    expect(result.failedItems).toEqual([expect.objectContaining({ itemId: 'dispatch-workers', correctiveAction: true })]);
  });

  it('has exactly the 7 conditions of 一级 (5 in two parts) and the 4 of 二级', () => {
    const exclusions = template.sections.find((s) => s.id === 'exclusions')?.items ?? [];
    const of = (grade: string) => exclusions.filter((i) => i.vetoes?.includes(grade)).length + (template.computedVetoes ?? []).filter((v) => v.periods.some((p) => p.grade === grade)).length;
    // 一级5 is asked as two: 采煤对外承包 (ticked) and 剥离工程承包给2家(不含)以上 (counted).
    expect(of('level1')).toBe(8);
    expect(of('level2')).toBe(4);
  });
});

describe('coal-mine grade self-assessment: accident cool-off (seed004 §A 第五条 一级2, 二级2)', () => {
  const accident = (date: string, cls: string, on: string, over: Answers = {}) =>
    scoreRecord(template, answers({ 'had-fatal-accident': true, 'fatal-accidents': [{ date, class: cls }], 'assessed-on': on, ...over }));

  // Accident on 2023-03-15. Each period's last day is still 未满; the grade is free the day after.
  const cases: [string, string, string | null][] = [
    // 一般事故: 二级 half a year (to 2023-09-15), 一级 1 year (to 2024-03-15)
    ['general', '2023-09-14', 'level3'],
    ['general', '2023-09-15', 'level3'],
    ['general', '2023-09-16', 'level2'],
    ['general', '2024-03-14', 'level2'],
    ['general', '2024-03-15', 'level2'],
    ['general', '2024-03-16', 'level1'],
    // 较大 and 重大: 二级 1 year, 一级 2 years
    ...(['larger', 'major'] as const).flatMap((cls): [string, string, string][] => [
      [cls, '2024-03-14', 'level3'],
      [cls, '2024-03-15', 'level3'],
      [cls, '2024-03-16', 'level2'],
      [cls, '2025-03-14', 'level2'],
      [cls, '2025-03-15', 'level2'],
      [cls, '2025-03-16', 'level1'],
    ]),
    // 特别重大: 3 years for both
    ['especially-major', '2026-03-14', 'level3'],
    ['especially-major', '2026-03-15', 'level3'],
    ['especially-major', '2026-03-16', 'level1'],
  ];

  it.each(cases)('%s accident on 2023-03-15, assessed %s → %s', (cls, on, expected) => {
    expect(accident('2023-03-15', cls, on).grade?.code ?? null).toBe(expected);
  });

  it('explains a cool-off veto with the date, class and period', () => {
    const result = accident('2023-03-15', 'general', '2024-03-15');
    expect(result.vetoes).toEqual([expect.objectContaining({ grades: ['level1'], row: 0, until: '2024-03-15' })]);
    expect(result.explanation[0]?.zh).toBe('存在否决项：2023-03-15发生一般事故，至评定日2024-03-15未满1年（一级）');
  });

  it('counts month ends and leap days by the calendar (2023-08-31 + half a year ends 2024-02-29)', () => {
    expect(accident('2023-08-31', 'general', '2024-02-29', { 'part-scores': even(85) }).grade?.code).toBe('level3');
    expect(accident('2023-08-31', 'general', '2024-03-01', { 'part-scores': even(85) }).grade?.code).toBe('level2');
  });

  it('takes every accident listed: the latest still in its period vetoes', () => {
    const result = scoreRecord(
      template,
      answers({ 'had-fatal-accident': true, 'assessed-on': '2024-06-30', 'fatal-accidents': [{ date: '2020-01-01', class: 'especially-major' }, { date: '2024-01-10', class: 'general' }] }),
    );
    expect(result.grade?.code).toBe('level3');
  });

  it('an accident after the assessment date, or none, vetoes nothing; a "yes" with no accident listed is incomplete', () => {
    expect(accident('2025-07-01', 'especially-major', '2025-06-30').grade?.code).toBe('level1');
    const empty = scoreRecord(template, answers({ 'had-fatal-accident': true, 'fatal-accidents': [] }));
    expect(empty.status).toBe('incomplete');
    expect(empty.missing.map((m) => m.itemId)).toEqual(['fatal-accidents']);
    const noClass = scoreRecord(template, answers({ 'had-fatal-accident': true, 'fatal-accidents': [{ date: '2025-01-01' }] }));
    expect(noClass.missing).toEqual([expect.objectContaining({ itemId: 'fatal-accidents', row: 0, columnId: 'class' })]);
  });

  it('ignores the accident list when the mine answered no accident', () => {
    expect(gradeOf({ 'had-fatal-accident': false, 'fatal-accidents': [{ date: '2025-06-01', class: 'general' }] })).toBe('level1');
  });
});
