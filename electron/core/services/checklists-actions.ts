import { newId } from '../../../shared/ids';
import type { ChecklistAction, RaiseActionInput } from '../../../shared/api/checklists';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { isFailed, offersCorrectiveAction, type TableRow } from '../../../shared/checklists/answer-values';
import { withComputedAnswers } from '../../../shared/checklists/computed-answers';
import { permissionsOf } from '../../../shared/domain/roles';
import { statement, type ReadDb, type WriteDb } from '../db/handles';
import { recordChange } from './change-log';
import { findItem } from './checklists';
import { answersOf, checklistRow, templateOf } from './checklists-rows';
import { fieldError } from './field-error';
import { findUserById } from './users';

/**
 * Corrective actions raised from a failed item (不合格, a "no" on a check, a
 * reading outside its limits) or a failed table row: the problem, the action,
 * its owner and due time. The owner (or anyone who fills checklists) reports
 * it carried out; someone else with the right to verify closes it, or reopens
 * it with a new due time when it did not work. Tracked to closure.
 */

interface ActionRow {
  id: string;
  record_id: string;
  item_id: string;
  row_id: string | null;
  problem: string;
  action: string;
  owner_id: string;
  owner_name: string;
  due_at: string;
  status: 'open' | 'implemented' | 'closed';
  created_by_name: string;
  created_at: string;
  implemented_at: string | null;
  implementation_note: string | null;
  closed_by_name: string | null;
  closed_at: string | null;
  close_note: string | null;
  reopen_count: number;
  version: number;
}

const SELECT = `SELECT a.*, o.display_name AS owner_name, c.display_name AS created_by_name, v.display_name AS closed_by_name
  FROM checklist_actions a JOIN users o ON o.id = a.owner_id JOIN users c ON c.id = a.created_by LEFT JOIN users v ON v.id = a.closed_by`;

const mayClose = (user: User, r: { owner_id: string }) => permissionsOf(user.roles).has('checklist.verifyAction') && user.id !== r.owner_id;

export function actionsOf(db: ReadDb, recordId: string, user: User, now: Date): ChecklistAction[] {
  const rows = statement(db, `${SELECT} WHERE a.record_id = ? ORDER BY a.created_at, a.rowid`).all(recordId) as ActionRow[];
  const fills = permissionsOf(user.roles).has('checklist.fill');
  return rows.map((r) => ({
    id: r.id,
    itemId: r.item_id,
    rowId: r.row_id,
    problem: r.problem,
    action: r.action,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    dueAt: r.due_at,
    status: r.status,
    overdue: r.status === 'open' && r.due_at < now.toISOString(),
    createdByName: r.created_by_name,
    createdAt: r.created_at,
    implementedAt: r.implemented_at,
    implementationNote: r.implementation_note,
    closedByName: r.closed_by_name,
    closedAt: r.closed_at,
    closeNote: r.close_note,
    reopenCount: r.reopen_count,
    mayComplete: r.status === 'open' && (r.owner_id === user.id || fills),
    mayClose: r.status === 'implemented' && mayClose(user, r),
    version: r.version,
  }));
}

function actionRow(db: ReadDb, id: string): ActionRow {
  const row = statement(db, `${SELECT} WHERE a.id = ?`).get(id) as ActionRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', `找不到该整改措施 / no corrective action ${id}`);
  return row;
}

function audit(tx: WriteDb, id: string, user: User, at: Date, action: string, before: unknown): void {
  const after = statement(tx, 'SELECT * FROM checklist_actions WHERE id = ?').get(id) as Record<string, unknown> & { version: number };
  recordChange(tx, { userId: user.id, at, action, entity: 'checklist_action', entityId: id, entityVersion: after.version, before, after, syncPayload: after });
}

/** Only from an answer that failed: the item itself, or one cell of the given table row. */
function requireFailed(tx: WriteDb, input: RaiseActionInput): void {
  const record = checklistRow(tx, input.recordId);
  const template = templateOf(tx, record);
  const item = findItem(template, input.itemId);
  const answers = withComputedAnswers(template, answersOf(record));
  if (item.kind === 'table') {
    if (!input.rowId) throw fieldError('rowId', '请指明是哪一行 / name the row');
    const row = (Array.isArray(answers[item.id]) ? (answers[item.id] as TableRow[]) : []).find((r) => r.id === input.rowId);
    if (!row) throw fieldError('rowId', '该行不存在 / no such row');
    const failed = (item.columns ?? []).some((c) => offersCorrectiveAction(c) && isFailed(c, row[c.id]));
    if (!failed) throw new ApiError('CONFLICT', '该行没有不合格的项，不能提出整改 / nothing failed on this row');
    return;
  }
  if (!offersCorrectiveAction(item) || !isFailed(item, answers[item.id])) {
    throw new ApiError('CONFLICT', `「${item.label.zh}」未判为不合格，不能提出整改 / the item did not fail`);
  }
}

export function raiseAction(tx: WriteDb, input: RaiseActionInput, user: User, at: Date): void {
  requireFailed(tx, input);
  const owner = findUserById(tx, input.ownerId);
  if (!owner || !owner.active) throw fieldError('ownerId', '所选责任人不存在或已停用 / unknown or inactive user');
  const due = new Date(input.dueAt);
  if (due.getTime() <= at.getTime()) throw fieldError('dueAt', '整改期限须晚于当前时间 / the due time must be in the future');
  const id = newId();
  statement(
    tx,
    `INSERT INTO checklist_actions (id, record_id, item_id, row_id, problem, action, owner_id, due_at, status, created_by, created_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, 1)`,
  ).run(id, input.recordId, input.itemId, input.rowId ?? null, input.problem, input.action, owner.id, due.toISOString(), user.id, at.toISOString());
  audit(tx, id, user, at, 'checklists.raiseAction', null);
}

/** The owner, or anyone who fills checklists, reports the action carried out. */
export function completeAction(tx: WriteDb, input: { actionId: string; version: number; note: string }, user: User, at: Date): string {
  const action = actionRow(tx, input.actionId);
  if (action.version !== input.version) throw new ApiError('CONFLICT', '该整改措施已被修改，请刷新 / the action changed meanwhile');
  if (action.status !== 'open') throw new ApiError('CONFLICT', '该整改措施已登记完成，等待验证 / already reported done');
  const before = statement(tx, 'SELECT * FROM checklist_actions WHERE id = ?').get(action.id);
  statement(tx, "UPDATE checklist_actions SET status = 'implemented', implemented_at = ?, implementation_note = ?, version = version + 1 WHERE id = ?").run(at.toISOString(), input.note, action.id);
  audit(tx, action.id, user, at, 'checklists.completeAction', before);
  return action.record_id;
}

/** Someone other than the owner verifies: effective closes it; not effective reopens it with a new due time. */
export function closeAction(tx: WriteDb, input: { actionId: string; version: number; effective: boolean; note: string; newDueAt?: string | undefined }, user: User, at: Date): string {
  const action = actionRow(tx, input.actionId);
  if (action.owner_id === user.id) throw new ApiError('FORBIDDEN', '整改责任人不能验证自己的整改 / the owner cannot verify their own action');
  if (action.version !== input.version) throw new ApiError('CONFLICT', '该整改措施已被修改，请刷新 / the action changed meanwhile');
  if (action.status !== 'implemented') throw new ApiError('CONFLICT', '该整改措施尚未登记完成，不能验证 / not reported done yet');
  const before = statement(tx, 'SELECT * FROM checklist_actions WHERE id = ?').get(action.id);
  if (input.effective) {
    statement(tx, "UPDATE checklist_actions SET status = 'closed', closed_by = ?, closed_at = ?, close_note = ?, version = version + 1 WHERE id = ?").run(user.id, at.toISOString(), input.note, action.id);
  } else {
    if (!input.newDueAt) throw fieldError('newDueAt', '整改无效须重新整改，请填写新的期限 / a new due time is required');
    const next = new Date(input.newDueAt);
    if (next.getTime() <= at.getTime()) throw fieldError('newDueAt', '新的整改期限须晚于当前时间 / the new due time must be in the future');
    statement(
      tx,
      "UPDATE checklist_actions SET status = 'open', due_at = ?, close_note = ?, implemented_at = NULL, implementation_note = NULL, reopen_count = reopen_count + 1, version = version + 1 WHERE id = ?",
    ).run(next.toISOString(), input.note, action.id);
  }
  audit(tx, action.id, user, at, 'checklists.closeAction', before);
  return action.record_id;
}
