import { describe, expect, it } from 'vitest';
import type { ChecklistDue } from '../../shared/api/checklists';
import { groupTemplates } from '../../renderer/screens/checklists/template-groups';

const due = (templateId: string, status: ChecklistDue['status']): ChecklistDue => ({ templateId, status, current: null, missed: null, nextDueBy: null, drafts: 0, openDraft: null });

describe('checklist templates grouped (issue 20 item 4)', () => {
  it('puts what must be filled this period first (overdue before due, as listed), then per-event forms, then those done', () => {
    const templates = ['h2s', 'register', 'training', 'patrol', 'unscheduled'].map((id) => ({ id }));
    const groups = groupTemplates(templates, [due('training', 'overdue'), due('h2s', 'done'), due('patrol', 'due'), due('register', 'perEvent')]);
    expect(groups.map((g) => [g.id, g.templates.map((t) => t.id)])).toEqual([
      ['todo', ['training', 'patrol']],
      ['anytime', ['register', 'unscheduled']],
      ['done', ['h2s']],
    ]);
  });

  it('leaves out a group with nothing in it', () => {
    expect(groupTemplates([{ id: 'register' }], [due('register', 'perEvent')]).map((g) => g.id)).toEqual(['anytime']);
  });
});
