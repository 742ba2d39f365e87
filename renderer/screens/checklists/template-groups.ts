import type { ChecklistDue } from '../../../shared/api/checklists';

export type TemplateGroupId = 'todo' | 'anytime' | 'done';

/** The order the groups are shown in: what the site must still fill this period first (issue 20 item 4). */
const GROUP_ORDER: readonly TemplateGroupId[] = ['todo', 'anytime', 'done'];

function groupOf(due: ChecklistDue | undefined): TemplateGroupId {
  if (due?.status === 'overdue' || due?.status === 'due') return 'todo';
  if (due?.status === 'done') return 'done';
  return 'anytime'; // per event (a register, a check after an incident) or no schedule at all
}

/** Templates split into 待填写 / 随时填写 / 本期已完成, each keeping the order it came in (overdue before due). */
export function groupTemplates<T extends { id: string }>(templates: readonly T[], due: readonly ChecklistDue[]): { id: TemplateGroupId; templates: T[] }[] {
  const byId = new Map(due.map((d) => [d.templateId, d]));
  return GROUP_ORDER.map((id) => ({ id, templates: templates.filter((template) => groupOf(byId.get(template.id)) === id) })).filter((group) => group.templates.length > 0);
}
