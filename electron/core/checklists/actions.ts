import { newId } from '../../../shared/ids';
import type { RaiseActionInput } from '../../../shared/api/checklists';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { isFailed, offersCorrectiveAction, type TableRow } from '../../../shared/checklists/answer-values';
import { withComputedAnswers } from '../../../shared/checklists/computed-answers';
import type { ReadDb, WriteDb } from '../db/handles';
import { fieldError } from '../field-error';
import { findUserById } from '../users/users';
import { actionSnapshot, findActionRow, insertAction, markActionClosed, markActionImplemented, reopenAction, type ActionRow } from './actions-repository';
import { recordActionChange } from './audit';
import { answersOf, checklistRow, findItem, templateOf } from './record-views';

/**
 * Corrective actions raised from a failed item (不合格, a "no" on a check, a
 * reading outside its limits) or a failed table row: the problem, the action,
 * its owner and due time. The owner (or anyone who fills checklists) reports
 * it carried out; someone else with the right to verify closes it, or reopens
 * it with a new due time when it did not work. Tracked to closure.
 */

function actionRow(db: ReadDb, id: string): ActionRow {
  const row = findActionRow(db, id);
  if (!row) throw new ApiError('NOT_FOUND', `找不到该整改措施 / no corrective action ${id}`);
  return row;
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
  insertAction(tx, { id, recordId: input.recordId, itemId: input.itemId, rowId: input.rowId ?? null, problem: input.problem, action: input.action, ownerId: owner.id, dueAt: due.toISOString(), userId: user.id, at: at.toISOString() });
  recordActionChange(tx, id, user, at, 'checklists.raiseAction', null);
}

/** The owner, or anyone who fills checklists, reports the action carried out. */
export function completeAction(tx: WriteDb, input: { actionId: string; version: number; note: string }, user: User, at: Date): string {
  const action = actionRow(tx, input.actionId);
  if (action.version !== input.version) throw new ApiError('CONFLICT', '该整改措施已被修改，请刷新 / the action changed meanwhile');
  if (action.status !== 'open') throw new ApiError('CONFLICT', '该整改措施已登记完成，等待验证 / already reported done');
  const before = actionSnapshot(tx, action.id);
  markActionImplemented(tx, action.id, at.toISOString(), input.note);
  recordActionChange(tx, action.id, user, at, 'checklists.completeAction', before);
  return action.record_id;
}

/** Someone other than the owner verifies: effective closes it; not effective reopens it with a new due time. */
export function closeAction(tx: WriteDb, input: { actionId: string; version: number; effective: boolean; note: string; newDueAt?: string | undefined }, user: User, at: Date): string {
  const action = actionRow(tx, input.actionId);
  if (action.owner_id === user.id) throw new ApiError('FORBIDDEN', '整改责任人不能验证自己的整改 / the owner cannot verify their own action');
  if (action.version !== input.version) throw new ApiError('CONFLICT', '该整改措施已被修改，请刷新 / the action changed meanwhile');
  if (action.status !== 'implemented') throw new ApiError('CONFLICT', '该整改措施尚未登记完成，不能验证 / not reported done yet');
  const before = actionSnapshot(tx, action.id);
  if (input.effective) {
    markActionClosed(tx, action.id, user.id, at.toISOString(), input.note);
  } else {
    if (!input.newDueAt) throw fieldError('newDueAt', '整改无效须重新整改，请填写新的期限 / a new due time is required');
    const next = new Date(input.newDueAt);
    if (next.getTime() <= at.getTime()) throw fieldError('newDueAt', '新的整改期限须晚于当前时间 / the new due time must be in the future');
    reopenAction(tx, action.id, next.toISOString(), input.note);
  }
  recordActionChange(tx, action.id, user, at, 'checklists.closeAction', before);
  return action.record_id;
}
