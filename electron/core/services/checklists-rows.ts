import type { ChecklistRecord, ChecklistSummary } from '../../../shared/api/checklists';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { isAnswered, type Answers } from '../../../shared/checklists/answer-values';
import type { ChecklistTemplate } from '../../../shared/checklists/template-schema';
import { permissionsOf } from '../../../shared/domain/roles';
import { statement, type ReadDb } from '../db/handles';
import { actionsOf } from './checklists-actions';
import { findCatalogTemplate } from './template-catalog';

/** A checklist record as stored, with the names of the people on it. */
export interface ChecklistRow {
  id: string;
  template_id: string;
  template_version: string;
  status: 'draft' | 'completed';
  answers: string;
  started_by: string;
  started_at: string;
  updated_by: string;
  updated_at: string;
  completed_by: string | null;
  completed_at: string | null;
  version: number;
  started_by_name: string;
  completed_by_name: string | null;
  open_actions: number;
}

const SELECT = `SELECT r.*, s.display_name AS started_by_name, c.display_name AS completed_by_name,
    (SELECT count(*) FROM checklist_actions a WHERE a.record_id = r.id AND a.status != 'closed') AS open_actions
  FROM checklist_records r JOIN users s ON s.id = r.started_by LEFT JOIN users c ON c.id = r.completed_by`;

export function checklistRow(db: ReadDb, id: string): ChecklistRow {
  const row = statement(db, `${SELECT} WHERE r.id = ?`).get(id) as ChecklistRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', `找不到该检查记录 / no checklist record ${id}`);
  return row;
}

/** The template version the record started with; a record whose version this site does not hold (shipped or published) cannot be read. */
export function templateOf(db: ReadDb, row: Pick<ChecklistRow, 'template_id' | 'template_version'>): ChecklistTemplate {
  const template = findCatalogTemplate(db, row.template_id, row.template_version);
  if (!template) throw new ApiError('CONFLICT', `本机没有模板 ${row.template_id} ${row.template_version} / template version not available here`);
  return template;
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
  const rows = statement(db, `${SELECT} WHERE r.template_id = ? ORDER BY r.started_at DESC, r.rowid DESC LIMIT ?`).all(templateId, limit) as ChecklistRow[];
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
