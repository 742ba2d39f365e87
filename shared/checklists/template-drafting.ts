import type { ChecklistTemplate, ChecklistTemplateInput } from './template-schema';

/**
 * Starting points for head office's template editor: the next version of a
 * template, and a new template's minimal valid skeleton (one section, one
 * item, each with a citation still to be replaced by the real one).
 */

/** "1.2.3" → "1.3.0": a new version of a template's content is a minor step; the editor may change it. */
export function nextVersion(version: string): string {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return `${major}.${minor + 1}.0`;
}

/** A copy of the template (plain JSON data) as the next version. */
export function nextVersionOf(template: ChecklistTemplate): ChecklistTemplateInput {
  return { ...(JSON.parse(JSON.stringify(template)) as ChecklistTemplate), version: nextVersion(template.version) };
}

/** The placeholder citation a new template starts with: valid, and plainly to be replaced before publishing. */
export const SKELETON_SOURCE = '请填写出处 / cite the source';

export function templateSkeleton(id: string): ChecklistTemplateInput {
  return {
    id,
    version: '1.0.0',
    kind: 'checklist',
    title: { zh: '新建检查表', en: 'New checklist' },
    source: SKELETON_SOURCE,
    sections: [
      {
        id: 'part-1',
        title: { zh: '第一部分', en: 'Part 1' },
        source: SKELETON_SOURCE,
        items: [{ id: 'item-1', kind: 'passFail', label: { zh: '检查项', en: 'Check item' }, source: SKELETON_SOURCE, required: false }],
      },
    ],
    signers: [{ zh: '填表人', en: 'Filled in by' }],
  };
}
