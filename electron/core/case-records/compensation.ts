import { newId } from '../../../shared/ids';
import type { AddCompensationInput, Compensation } from '../../../shared/api/case-records';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { COMPENSATION_TYPE_INFO, giftQuantity, type CompensationType, type GiftRatio } from '../../../shared/domain/case-records';
import type { ReadDb, WriteDb } from '../db/handles';
import {
  actorOf,
  caseEvent,
  complaintRow,
  compensationStandardOf,
  conflict,
  fieldError,
  mayWrite,
  RECUSAL,
  requireNotInvalid,
  requireOpen,
  requireWriter,
  type Actor,
} from './access';
import { recordChange } from '../change-log/change-log';
import type { ComplaintRow } from '../complaints/complaint-rows';
import { recordGradingEnv, type GradingEnv } from '../complaints/grading';
import {
  compensationRowsOfComplaint,
  decideCompensationRow,
  findCompensationRow,
  insertCompensationRow,
  markCompensationDelivered,
  storedCompensationRow,
  type CompensationRow,
} from './compensation-repository';

/**
 * 补偿 (seed003 篇1 9.2 赔付标准; 篇4 第十八条 折价、赔偿; 篇5 6.4 先行赔付). Under the
 * food maker's rules the complaint's class (and, for class A, the harm to the
 * consumer's health) decides the standard row: its gift ratio and whether the
 * company must agree first (“需由公司同意后方可执行”, 9.2.1 a) b)). Elsewhere the
 * person may still ask for approval. Nothing that needs approval is delivered
 * before it, and the case cannot close while an approval is pending.
 */

/** A moment reported as past may lie this far ahead (clocks of two devices differ). */
const CLOCK_TOLERANCE_MS = 5 * 60_000;
/** approval_basis when the person asked for approval without a rule requiring it. */
export const REQUESTED_BASIS = 'requested';

export function compensationsOf(db: ReadDb, complaintId: string, actor: Actor, now: Date): Compensation[] {
  const rows = compensationRowsOfComplaint(db, complaintId);
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    harm: r.harm,
    giftRatio: r.gift_ratio,
    defectiveQty: r.defective_qty,
    giftQty: r.gift_qty,
    amount: r.amount,
    description: r.description,
    specialCaseNote: r.special_case_note,
    approvalRequired: r.approval_required === 1,
    approvalBasis: r.approval_basis,
    status: r.status,
    requestedByName: r.requested_by_name,
    requestedAt: r.requested_at,
    decidedByName: r.decided_by_name,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
    deliverBy: r.deliver_by,
    deliveredAt: r.delivered_at,
    deliveryOverdue: !r.delivered_at && !!r.deliver_by && r.deliver_by < now.toISOString(),
    deliveredLate: !!r.delivered_at && !!r.deliver_by && r.delivered_at > r.deliver_by,
    mayDecide: r.status === 'pending_approval' && mayDecide(actor, r),
    mayDeliver: (r.status === 'approved' || r.status === 'not_required') && !r.delivered_at && mayWrite(actor),
    version: r.version,
  }));
}

function mayDecide(actor: Actor, r: { requested_by: string }): boolean {
  return !actor.isSubject && actor.permissions.has('compensation.approve') && r.requested_by !== actor.user.id;
}

function audit(tx: WriteDb, id: string, user: User, at: Date, action: string, before: unknown): void {
  const after = storedCompensationRow(tx, id)!;
  recordChange(tx, { userId: user.id, at, action, entity: 'compensation', entityId: id, entityVersion: after.version, before, after, syncPayload: after });
}

type ParsedAdd = Omit<AddCompensationInput, 'description' | 'specialCaseNote'> & { description?: string | undefined; specialCaseNote?: string | undefined };
type StandardRow = NonNullable<ReturnType<typeof compensationStandardOf>>['rows'][number];

/** The standard row of 篇1 9.2 for the complaint's class; class A splits by harm to health. */
function standardRowFor(row: ComplaintRow, env: GradingEnv | null, input: ParsedAdd): StandardRow | undefined {
  const standard = compensationStandardOf(row, env);
  if (!standard) return undefined;
  const byHarm = standard.rows.some((r) => r.harm !== 'notStated');
  if (!byHarm) return standard.rows[0];
  if (!input.harm) throw fieldError('harm', `${standard.classCode}类客诉须写明对消费者健康的影响（篇1 9.2.1）/ state the harm to health`);
  return standard.rows.find((r) => r.harm === input.harm);
}

/** The defective quantity and gift ratio of a gift in kind: the standard's ratio unless a special case is explained. */
function quantitiesFor(info: (typeof COMPENSATION_TYPE_INFO)[CompensationType], input: ParsedAdd, standardRow: StandardRow | undefined): { ratio: GiftRatio | null; defective: number | null } {
  if (!info.quantities) return { ratio: null, defective: null };
  if (!input.defectiveQty) throw fieldError('defectiveQty', '请填写不良品数量 / the defective quantity is required');
  const standardRatio = standardRow?.ratio ?? null;
  const ratio = (input.giftRatio ?? standardRatio) as GiftRatio | null;
  if (!ratio) throw fieldError('giftRatio', '请选择赠送比例 / choose the gift ratio');
  if (standardRatio !== null && ratio !== standardRatio && !input.specialCaseNote) {
    throw fieldError('specialCaseNote', `比例与赔付标准的1:${standardRatio}不同，须写明特例理由（篇1 9.2：以上特例可机动考虑）/ explain the special case`);
  }
  return { ratio, defective: input.defectiveQty };
}

export function addCompensation(tx: WriteDb, input: ParsedAdd, user: User, siteEnv: GradingEnv | null, at: Date): void {
  const row = complaintRow(tx, input.complaintId);
  const env = recordGradingEnv(tx, row, siteEnv);
  requireOpen(row);
  requireWriter(actorOf(row, user));
  const info = COMPENSATION_TYPE_INFO[input.type];
  const standardRow = standardRowFor(row, env, input);
  const ruleRequires = standardRow?.approvalRequired ?? false;
  const approvalRequired = ruleRequires || input.requestApproval === true;
  const basis = ruleRequires ? standardRow!.source : approvalRequired ? REQUESTED_BASIS : null;
  const { ratio, defective } = quantitiesFor(info, input, standardRow);
  if (info.amount === 'required' && input.amount === undefined) throw fieldError('amount', '请填写金额（元）/ the amount is required');
  const amount = info.amount === 'none' ? null : (input.amount ?? null);
  const giftQty = ratio && defective ? giftQuantity(defective, ratio) : null;

  const id = newId();
  insertCompensationRow(tx, {
    id,
    complaint_id: row.id,
    type: input.type,
    harm: standardRow && standardRow.harm !== 'notStated' ? (input.harm ?? null) : null,
    gift_ratio: ratio,
    defective_qty: defective,
    gift_qty: giftQty,
    amount,
    description: input.description ?? null,
    special_case_note: input.specialCaseNote ?? null,
    approval_required: approvalRequired ? 1 : 0,
    approval_basis: basis,
    status: approvalRequired ? 'pending_approval' : 'not_required',
    requested_by: user.id,
    requested_at: at.toISOString(),
    deliver_by: input.deliverBy ? new Date(input.deliverBy).toISOString() : null,
  });
  audit(tx, id, user, at, 'caseRecords.addCompensation', null);
  caseEvent(tx, row, user, at, 'compensation.add', { type: input.type, amount, giftQty, approvalRequired });
}

function compensationRow(db: ReadDb, id: string): CompensationRow {
  const found = findCompensationRow(db, id);
  if (!found) throw ApiError.because('NOT_FOUND', 'caseRecords.errors.compensationNotFound');
  return found;
}

/** The company's decision (篇1 9.2.1: 需由公司同意后方可执行): not by the person who proposed it, nor by the person complained about. */
export function decideCompensation(tx: WriteDb, input: { compensationId: string; version: number; approve: boolean; note?: string | undefined }, user: User, at: Date): void {
  const comp = compensationRow(tx, input.compensationId);
  const row = complaintRow(tx, comp.complaint_id);
  requireNotInvalid(row);
  if (comp.version !== input.version) throw conflict();
  if (comp.status !== 'pending_approval') throw new ApiError('CONFLICT', '该补偿不需要审批或已经审批 / nothing to decide');
  const actor = actorOf(row, user);
  if (actor.isSubject) throw new ApiError('FORBIDDEN', RECUSAL);
  if (!actor.permissions.has('compensation.approve')) throw new ApiError('FORBIDDEN', '当前用户无权审批补偿 / not allowed to approve compensation');
  if (comp.requested_by === user.id) throw new ApiError('FORBIDDEN', '不能审批自己提出的补偿 / you cannot approve your own proposal');
  const before = storedCompensationRow(tx, comp.id);
  decideCompensationRow(tx, comp.id, { status: input.approve ? 'approved' : 'refused', decidedBy: user.id, decidedAt: at.toISOString(), note: input.note ?? null });
  audit(tx, comp.id, user, at, 'caseRecords.decideCompensation', before);
  caseEvent(tx, row, user, at, 'compensation.decide', { type: comp.type, approve: input.approve, note: input.note });
}

/** Delivered to the customer: only what needs no approval or was approved. */
export function deliverCompensation(tx: WriteDb, input: { compensationId: string; version: number; deliveredAt: string }, user: User, at: Date): void {
  const comp = compensationRow(tx, input.compensationId);
  const row = complaintRow(tx, comp.complaint_id);
  requireNotInvalid(row);
  requireWriter(actorOf(row, user));
  if (comp.version !== input.version) throw conflict();
  if (comp.status === 'pending_approval') throw new ApiError('CONFLICT', '该补偿须经公司同意后方可执行，尚未审批（篇1 9.2.1）/ not approved yet');
  if (comp.status === 'refused') throw new ApiError('CONFLICT', '该补偿未获批准，不能执行 / the compensation was refused');
  if (comp.delivered_at) throw new ApiError('CONFLICT', '已登记送达 / already delivered');
  const delivered = new Date(input.deliveredAt);
  if (delivered.getTime() > at.getTime() + CLOCK_TOLERANCE_MS) throw fieldError('deliveredAt', '送达时间不能晚于当前时间 / cannot be in the future');
  if (delivered.getTime() < new Date(row.received_at).getTime()) throw fieldError('deliveredAt', '送达时间不能早于受理时间 / cannot be before the complaint was received');
  const before = storedCompensationRow(tx, comp.id);
  markCompensationDelivered(tx, comp.id, delivered.toISOString());
  audit(tx, comp.id, user, at, 'caseRecords.deliverCompensation', before);
  const late = !!comp.deliver_by && delivered.toISOString() > comp.deliver_by;
  caseEvent(tx, row, user, at, 'compensation.deliver', { type: comp.type, deliveredAt: delivered.toISOString(), late });
}
