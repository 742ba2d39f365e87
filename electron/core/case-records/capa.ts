import { newId } from '../../../shared/ids';
import type { Capa } from '../../../shared/api/case-records';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import type { ReadDb, WriteDb } from '../db/handles';
import { actorOf, caseEvent, complaintRow, conflict, fieldError, mayWrite, RECUSAL, requireNotInvalid, requireWriter, type Actor } from './access';
import { recordChange } from '../change-log/change-log';
import { findUserById } from '../users/users';
import {
  capaRowsOfComplaint,
  capaVerificationsOfComplaint,
  findCapaRow,
  insertCapaRow,
  insertCapaVerification,
  markCapaEffective,
  markCapaImplemented,
  reopenCapa,
  storedCapaRow,
  syncedCapaVerifications,
  type CapaRow,
} from './capa-repository';

/**
 * 纠正预防措施 (seed003 篇1 6.7 制定纠正预防措施预防再次发生, 7.4 质检部 follows up;
 * seed001 S4 6.6 纠正措施的制定和验证; S15 4.1 g) confirm the effect; seed004 §E
 * 5.3.3 a plan that does not pass goes back): the problem and its root cause,
 * the action, its owner and due time. The owner (or a case writer) reports it
 * done; someone else verifies it. Not effective: it reopens with a new due time.
 * Corrective actions go on after the case is closed.
 */

function mayComplete(actor: Actor, r: { owner_id: string }): boolean {
  return !actor.isSubject && (actor.user.id === r.owner_id || mayWrite(actor));
}

function mayVerify(actor: Actor, r: { owner_id: string }): boolean {
  return !actor.isSubject && actor.permissions.has('capa.verify') && actor.user.id !== r.owner_id;
}

export function capasOf(db: ReadDb, complaintId: string, actor: Actor, now: Date): Capa[] {
  const rows = capaRowsOfComplaint(db, complaintId);
  const verifications = capaVerificationsOfComplaint(db, complaintId);
  return rows.map((r) => ({
    id: r.id,
    problem: r.problem,
    action: r.action,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    dueAt: r.due_at,
    status: r.status,
    // Overdue while not yet carried out past its due time; one reported done waits for verification, not for its owner.
    overdue: r.status === 'open' && r.due_at < now.toISOString(),
    createdByName: r.created_by_name,
    createdAt: r.created_at,
    implementedAt: r.implemented_at,
    implementationNote: r.implementation_note,
    reopenCount: r.reopen_count,
    verifications: verifications.filter((v) => v.capa_id === r.id).map((v) => ({ byName: v.by_name, at: v.at, effective: v.effective === 1, note: v.note })),
    mayComplete: r.status === 'open' && mayComplete(actor, r),
    mayVerify: r.status === 'implemented' && mayVerify(actor, r),
    version: r.version,
  }));
}

function audit(tx: WriteDb, id: string, user: User, at: Date, action: string, before: unknown): void {
  const after = storedCapaRow(tx, id)!;
  const verifications = syncedCapaVerifications(tx, id);
  recordChange(tx, { userId: user.id, at, action, entity: 'corrective_action', entityId: id, entityVersion: after.version, before, after, syncPayload: { ...after, verifications } });
}

function capaRow(db: ReadDb, id: string): CapaRow {
  const found = findCapaRow(db, id);
  if (!found) throw ApiError.because('NOT_FOUND', 'caseRecords.errors.capaNotFound');
  return found;
}

export function addCapa(tx: WriteDb, input: { complaintId: string; problem: string; action: string; ownerId: string; dueAt: string }, user: User, at: Date): void {
  const row = complaintRow(tx, input.complaintId);
  requireNotInvalid(row);
  requireWriter(actorOf(row, user));
  const owner = findUserById(tx, input.ownerId);
  if (!owner || !owner.active) throw fieldError('ownerId', '所选责任人不存在或已停用 / unknown or inactive user');
  if (owner.id === row.subject_user_id) throw fieldError('ownerId', '被投诉人须回避，不能作为本案措施的责任人 / the person complained about may not own it');
  const due = new Date(input.dueAt);
  if (due.getTime() <= at.getTime()) throw fieldError('dueAt', '完成期限须晚于当前时间 / the due time must be in the future');
  const id = newId();
  insertCapaRow(tx, { id, complaint_id: row.id, problem: input.problem, action: input.action, owner_id: owner.id, due_at: due.toISOString(), created_by: user.id, created_at: at.toISOString() });
  audit(tx, id, user, at, 'caseRecords.addCapa', null);
  caseEvent(tx, row, user, at, 'capa.add', { action: input.action, ownerName: owner.displayName, dueAt: due.toISOString() });
}

/** The owner (or a case writer) reports the action carried out. */
export function completeCapa(tx: WriteDb, input: { capaId: string; version: number; note: string }, user: User, at: Date): void {
  const capa = capaRow(tx, input.capaId);
  const row = complaintRow(tx, capa.complaint_id);
  requireNotInvalid(row);
  const actor = actorOf(row, user);
  if (actor.isSubject) throw new ApiError('FORBIDDEN', RECUSAL);
  if (!mayComplete(actor, capa)) throw new ApiError('FORBIDDEN', '只有措施责任人或本案经办人可以登记实施情况 / only the owner or a case writer');
  if (capa.version !== input.version) throw conflict();
  if (capa.status !== 'open') throw new ApiError('CONFLICT', '该措施已登记实施，等待验证 / already reported done');
  const before = storedCapaRow(tx, capa.id);
  markCapaImplemented(tx, capa.id, at.toISOString(), input.note);
  audit(tx, capa.id, user, at, 'caseRecords.completeCapa', before);
  caseEvent(tx, row, user, at, 'capa.complete', { action: capa.action, note: input.note });
}

/** Verified by someone other than its owner: effective closes it; not effective reopens it with a new due time. */
export function verifyCapa(tx: WriteDb, input: { capaId: string; version: number; effective: boolean; note: string; newDueAt?: string | undefined }, user: User, at: Date): void {
  const capa = capaRow(tx, input.capaId);
  const row = complaintRow(tx, capa.complaint_id);
  requireNotInvalid(row);
  const actor = actorOf(row, user);
  if (actor.isSubject) throw new ApiError('FORBIDDEN', RECUSAL);
  if (capa.owner_id === user.id) throw new ApiError('FORBIDDEN', '措施责任人不能验证自己的措施 / the owner cannot verify their own action');
  if (!actor.permissions.has('capa.verify')) throw new ApiError('FORBIDDEN', '当前用户无权验证纠正预防措施 / not allowed to verify');
  if (capa.version !== input.version) throw conflict();
  if (capa.status !== 'implemented') throw new ApiError('CONFLICT', '该措施尚未登记实施，不能验证 / not reported done yet');
  let due = capa.due_at;
  if (!input.effective) {
    if (!input.newDueAt) throw fieldError('newDueAt', '措施无效须重新制定，请填写新的完成期限 / a new due time is required');
    const next = new Date(input.newDueAt);
    if (next.getTime() <= at.getTime()) throw fieldError('newDueAt', '新的完成期限须晚于当前时间 / the new due time must be in the future');
    due = next.toISOString();
  }
  const before = storedCapaRow(tx, capa.id);
  insertCapaVerification(tx, capa.id, { by_user: user.id, at: at.toISOString(), effective: input.effective ? 1 : 0, note: input.note });
  if (input.effective) markCapaEffective(tx, capa.id);
  else reopenCapa(tx, capa.id, due);
  audit(tx, capa.id, user, at, 'caseRecords.verifyCapa', before);
  caseEvent(tx, row, user, at, 'capa.verify', { action: capa.action, effective: input.effective, note: input.note, ...(input.effective ? {} : { dueAt: due }) });
}
