import { describe, expect, it } from 'vitest';
import { nextVersion, SKELETON_SOURCE, templateSkeleton } from '../../../shared/checklists/template-drafting';
import { locationOf, validateTemplate } from '../../../shared/checklists/template-issues';
import { findTemplate } from '../../../shared/checklists/templates';

const sewage = findTemplate('well.sewage-haulage-register')!;
const h2s = findTemplate('well.h2s-measurement')!;

/** The skeleton with real citations, as an editor would leave it. */
function cited() {
  const template = structuredClone(templateSkeleton('test.cited')) as ReturnType<typeof templateSkeleton> & { sections: { source: string; items: { source: string }[] }[] };
  template.source = 'seed000-part1 §1.6';
  for (const section of template.sections) {
    section.source = 'seed000-part1 §1.6 1';
    for (const item of section.items) item.source = 'seed000-part1 §1.6 2';
  }
  return template;
}

describe('template validation with located messages (template editor)', () => {
  it('names the place as the form does: 第2部分 第3项「出处」', () => {
    expect(locationOf(['sections', 1, 'items', 2, 'source'])).toEqual({ zh: '第2部分 第3项「出处」', en: 'Section 2, item 3 “Source”' });
    expect(locationOf(['title', 'zh'])).toEqual({ zh: '「标题·中文」', en: '“Title · Chinese”' });
    expect(locationOf([])).toEqual({ zh: '模板', en: 'Template' });
  });

  it('turns each zod issue into a located zh and en message with its path', () => {
    const template = structuredClone(h2s) as unknown as { sections: { items: Record<string, unknown>[] }[]; version: string; kind: string };
    template.sections[0]!.items[2]!.source = '';
    template.sections[0]!.items[0]!.points = -1;
    delete template.sections[0]!.items[1]!.label;
    template.version = '1.1';
    template.kind = 'form';
    const issues = validateTemplate(template);
    expect(issues).toContainEqual({ path: 'sections.0.items.2.source', zh: '第1部分 第3项「出处」: 必填', en: 'Section 1, item 3 “Source”: required' });
    expect(issues).toContainEqual({ path: 'sections.0.items.0.points', zh: '第1部分 第1项「分值」: 不能小于 0', en: 'Section 1, item 1 “Points”: must be at least 0' });
    expect(issues).toContainEqual(expect.objectContaining({ path: 'sections.0.items.1.label', zh: '第1部分 第2项「名称」: 必填' }));
    expect(issues).toContainEqual(expect.objectContaining({ path: 'version', zh: '「版本」: 格式应为 主版本.次版本.修订号，如 1.2.0' }));
    expect(issues).toContainEqual(expect.objectContaining({ path: 'kind', zh: '「类型」: 应为以下之一：checklist、register、assessment' }));
    expect(issues).toHaveLength(5);
  });

  it('locates the cross-checks (duplicate ids, unknown grades) at the item they name', () => {
    const template = structuredClone(h2s) as unknown as { sections: { items: { id: string; vetoes?: string[] }[] }[] };
    const items = template.sections[0]!.items;
    items[2]!.id = items[0]!.id;
    items[1]!.vetoes = ['grade-1'];
    const issues = validateTemplate(template);
    expect(issues).toContainEqual({ path: 'sections.0.items.2', zh: `第1部分 第3项: 项编号 ${items[0]!.id} 重复`, en: `Section 1, item 3: duplicate item id ${items[0]!.id}` });
    expect(issues).toContainEqual(expect.objectContaining({ path: 'sections.0.items.1', zh: '第1部分 第2项: 否决了不存在的等级 grade-1' }));
  });

  it('accepts every shipped template, and a new template only once its placeholder citations are replaced', () => {
    expect(validateTemplate(sewage)).toEqual([]);
    const skeleton = validateTemplate(templateSkeleton('new-template'));
    expect(skeleton.map((i) => i.path)).toEqual(['source', 'sections.0.source', 'sections.0.items.0.source']);
    expect(skeleton[2]!.zh).toBe('第1部分 第1项「出处」: 请填写真实出处');
    expect(JSON.stringify(templateSkeleton('x'))).toContain(SKELETON_SOURCE);
    expect(validateTemplate(cited())).toEqual([]);
  });

  it('bumps the minor version for a new version', () => {
    expect(nextVersion('1.0.0')).toBe('1.1.0');
    expect(nextVersion('1.9.3')).toBe('1.10.0');
  });
});
