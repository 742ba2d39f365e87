import { describe, expect, it } from 'vitest';
import { templateSchema, type ChecklistTemplate } from '../../../shared/checklists/template-schema';
import { GRADING_TEMPLATES } from '../../../shared/checklists/templates/grading-templates';
import { accidentDeductionTemplate } from '../../../shared/checklists/templates/accident-deduction';
import { coalMineGradingTemplate } from '../../../shared/checklists/templates/coal-mine-grading';
import { waiterLevelTemplate } from '../../../shared/checklists/templates/waiter-level';
import { findPack } from '../../../shared/rules/packs';

/** Every citation of a template: itself, schedule, grades, sections, items, columns, computed vetoes and their periods. */
function citations(t: ChecklistTemplate): string[] {
  return [
    t.source,
    ...(t.schedule ? [t.schedule.source] : []),
    ...(t.grades ?? []).map((g) => g.source),
    ...(t.computedVetoes ?? []).flatMap((v) => [v.source, ...v.periods.map((p) => p.source)]),
    ...t.sections.flatMap((s) => [s.source, ...s.items.flatMap((i) => [i.source, ...(i.columns ?? []).map((c) => c.source)])]),
  ];
}

describe('grading templates (seed004 §A, §C, §M)', () => {
  it('every template validates, with unique ids and versions', () => {
    for (const input of [coalMineGradingTemplate, waiterLevelTemplate, accidentDeductionTemplate]) expect(templateSchema.safeParse(input).success).toBe(true);
    expect(GRADING_TEMPLATES.map((t) => `${t.id}@${t.version}`)).toEqual(['coal-mine-grading@1.1.0', 'waiter-level@1.0.0', 'accident-deduction@1.0.0']);
  });

  it.each(GRADING_TEMPLATES.map((t) => [t.id, t] as const))('%s cites its seed004 section on every template, section, item, column, grade and period', (_id, t) => {
    const section = { 'coal-mine-grading': '§A', 'waiter-level': '§C', 'accident-deduction': '§M' }[t.id];
    const all = citations(t);
    expect(all.length).toBeGreaterThan(10);
    for (const source of all) expect(source).toMatch(new RegExp(`^seed004 ${section} \\S`));
  });

  it('the accident form is graded by a shipped rule pack', () => {
    const t = GRADING_TEMPLATES.find((x) => x.id === 'accident-deduction');
    expect(t?.rulePack && findPack(t.rulePack.id)?.id).toBe('seed004-m-accident-grades');
  });

  it('refuses a template whose grading parts point nowhere', () => {
    const broken = {
      ...coalMineGradingTemplate,
      computedVetoes: [{ ...coalMineGradingTemplate.computedVetoes![0]!, classColumnId: 'nope', periods: [{ grade: 'level9', accidentClass: 'general', months: 12, source: 'x' }] }],
    };
    const messages = templateSchema.safeParse(broken).error?.issues.map((i) => i.message) ?? [];
    expect(messages).toEqual(expect.arrayContaining(['cool-off class column nope is not a choice', 'cool-off period for an unknown grade level9']));
    const badParts = {
      ...waiterLevelTemplate,
      sections: [{ id: 's', title: { zh: '甲', en: 'A' }, source: 'x', items: [{ id: 'a', kind: 'text', label: { zh: '甲', en: 'A' }, source: 'x', requiredFor: ['star'], partScore: true }] }],
    };
    expect(templateSchema.safeParse(badParts).error?.issues.map((i) => i.message)).toEqual(['part score a must be a number', 'a is required for an unknown grade star']);
  });
});
