import type { ChecklistRecord, ChecklistSummary } from '../../../shared/api/checklists';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { isAnswered, type Answers } from '../../../shared/checklists/answer-values';
import { permissionsOf } from '../../../shared/domain/roles';
import type { ChecklistTemplate, TemplateItem } from '../../../shared/checklists/template-schema';
import type { ReadDb } from '../db/handles';
import { fieldError } from '../field-error';
import { findCatalogTemplate } from '../templates';
import { actionsOf } from './action-views';
import { checklistRowsOf, findChecklistRow, type ChecklistRow } from './records-repository';

export type { ChecklistRow } from './records-repository';

export function checklistRow(db: ReadDb, id: string): ChecklistRow {
  const row = findChecklistRow(db, id);
  if (!row) throw new ApiError('NOT_FOUND', `找不到该检查记录 / no checklist record ${id}`);
  return row;
}

/** The template version the record started with; a record whose version this site does not hold (shipped or published) cannot be read. */
export function templateOf(db: ReadDb, row: Pick<ChecklistRow, 'template_id' | 'template_version'>): ChecklistTemplate {
  const template = findCatalogTemplate(db, row.template_id, row.template_version);
  if (!template) throw new ApiError('CONFLICT', `本机没有模板 ${row.template_id} ${row.template_version} / template version not available here`);
  return template;
}

export function findItem(template: ChecklistTemplate, itemId: string): TemplateItem {
  const item = template.sections.flatMap((s) => s.items).find((i) => i.id === itemId);
  if (!item) throw fieldError('itemId', `模板中没有这一项 / no item ${itemId} in the template`);
  return item;
}

export const answersOf = (row: Pick<ChecklistRow, 'answers'>): Answers => JSON.parse(row.answers) as Answers;

/** How much is filled: a register's rows, or a checklist's answered items. */
function answeredCount(template: ChecklistTemplate | undefined, answers: Answers): number {
  if (!template) return Object.keys(answers).length;
  let n = 0;
  for (const item of template.sections.flatMap((s) => s.items)) {
    const value = answers[item.id];
    if (item.kind === 'table') n += Array.isArray(value) ? value.length : 0;
    else if (isAnswered(item.kind, value)) n += 1;
  }
  return n;
}

/** Looks each template version up once, however many rows use it. */
function templateLookup(db: ReadDb): (row: ChecklistRow) => ChecklistTemplate | undefined {
  const seen = new Map<string, ChecklistTemplate | undefined>();
  return (row) => {
    const key = `${row.template_id}@${row.template_version}`;
    if (!seen.has(key)) seen.set(key, findCatalogTemplate(db, row.template_id, row.template_version));
    return seen.get(key);
  };
}

function summaryOf(row: ChecklistRow, template: ChecklistTemplate | undefined): ChecklistSummary {
  return {
    id: row.id,
    templateId: row.template_id,
    templateVersion: row.template_version,
    status: row.status,
    startedAt: row.started_at,
    startedByName: row.started_by_name,
    updatedAt: row.updated_at,
    completedAt: row.completed_at,
    completedByName: row.completed_by_name,
    answered: answeredCount(template, answersOf(row)),
    openActions: row.open_actions,
    version: row.version,
  };
}

export function listRecords(db: ReadDb, templateId: string, limit: number): ChecklistSummary[] {
  const rows = checklistRowsOf(db, templateId, limit);
  const templateFor = templateLookup(db);
  return rows.map((row) => summaryOf(row, templateFor(row)));
}

export function recordOf(db: ReadDb, id: string, user: User, now: Date): ChecklistRecord {
  const row = checklistRow(db, id);
  const permissions = permissionsOf(user.roles);
  const template = templateOf(db, row);
  return {
    ...summaryOf(row, template),
    answers: answersOf(row),
    template,
    actions: actionsOf(db, row.id, user, now),
    may: { fill: row.status === 'draft' && permissions.has('checklist.fill'), raiseAction: permissions.has('checklist.fill') },
  };
}
