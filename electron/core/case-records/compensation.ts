import { newId } from '../../../shared/ids';
import type { AddCompensationInput, Compensation } from '../../../shared/api/case-records';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { COMPENSATION_TYPE_INFO, giftQuantity, type CompensationStatus, type CompensationType, type GiftRatio, type HarmLevel } from '../../../shared/domain/case-records';
import { statement, type ReadDb, type WriteDb } from '../db/handles';
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
import { recordChange } from '../services/change-log';
import { recordGradingEnv, type GradingEnv } from '../services/grading';

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

interface CompensationRow {
  id: string;
  complaint_id: string;
  type: CompensationType;
  harm: HarmLevel | null;
  gift_ratio: number | null;
  defective_qty: number | null;
  gift_qty: number | null;
  amount: number | null;
  description: string | null;
  special_case_note: string | null;
  approval_required: number;
  approval_basis: string | null;
  status: CompensationStatus;
  requested_by: string;
  requested_by_name: string;
  requested_at: string;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_note: string | null;
  deliver_by: string | null;
  delivered_at: string | null;
  version: number;
}

const SELECT = `SELECT x.*, r.display_name AS requested_by_name, d.display_name AS decided_by_name
  FROM compensations x JOIN users r ON r.id = x.requested_by LEFT JOIN users d ON d.id = x.decided_by`;

export function compensationsOf(db: ReadDb, complaintId: string, actor: Actor, now: Date): Compensation[] {
  const rows = statement(db, `${SELECT} WHERE x.complaint_id = ? ORDER BY x.requested_at, x.rowid`).all(complaintId) as CompensationRow[];
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

/** Pending approvals of a case: what keeps it from closing. */
export function pendingApprovals(db: ReadDb, complaintId: string): { type: CompensationType; basis: string | null }[] {
  return statement(db, "SELECT type, approval_basis AS basis FROM compensations WHERE complaint_id = ? AND status = 'pending_approval' ORDER BY requested_at").all(complaintId) as {
    type: CompensationType;
    basis: string | null;
  }[];
}

function audit(tx: WriteDb, id: string, user: User, at: Date, action: string, before: unknown): void {
  const after = statement(tx, 'SELECT * FROM compensations WHERE id = ?').get(id) as Record<string, unknown> & { version: number };
  recordChange(tx, { userId: user.id, at, action, entity: 'compensation', entityId: id, entityVersion: after.version, before, after, syncPayload: after });
}

type ParsedAdd = Omit<AddCompensationInput, 'description' | 'specialCaseNote'> & { description?: string | undefined; specialCaseNote?: string | undefined };

export function addCompensation(tx: WriteDb, input: ParsedAdd, user: User, siteEnv: GradingEnv | null, at: Date): void {
  const row = complaintRow(tx, input.complaintId);
  const env = recordGradingEnv(tx, row, siteEnv);
  requireOpen(row);
  requireWriter(actorOf(row, user));
  const info = COMPENSATION_TYPE_INFO[input.type];

  // The standard row of 篇1 9.2 for the complaint's class; class A splits by harm to health.
  const standard = compensationStandardOf(row, env);
  let standardRow: NonNullable<typeof standard>['rows'][number] | undefined;
  if (standard) {
    const byHarm = standard.rows.some((r) => r.harm !== 'notStated');
    if (byHarm) {
      if (!input.harm) throw fieldError('harm', `${standard.classCode}类客诉须写明对消费者健康的影响（篇1 9.2.1）/ state the harm to health`);
      standardRow = standard.rows.find((r) => r.harm === input.harm);
    } else {
      standardRow = standard.rows[0];
    }
  }
  const ruleRequires = standardRow?.approvalRequired ?? false;
  const approvalRequired = ruleRequires || input.requestApproval === true;
  const basis = ruleRequires ? standardRow!.source : approvalRequired ? REQUESTED_BASIS : null;

  let ratio: GiftRatio | null = null;
  let defective: number | null = null;
  if (info.quantities) {
    if (!input.defectiveQty) throw fieldError('defectiveQty', '请填写不良品数量 / the defective quantity is required');
    defective = input.defectiveQty;
    const standardRatio = standardRow?.ratio ?? null;
    ratio = (input.giftRatio ?? standardRatio) as GiftRatio | null;
    if (!ratio) throw fieldError('giftRatio', '请选择赠送比例 / choose the gift ratio');
    if (standardRatio !== null && ratio !== standardRatio && !input.specialCaseNote) {
      throw fieldError('specialCaseNote', `比例与赔付标准的1:${standardRatio}不同，须写明特例理由（篇1 9.2：以上特例可机动考虑）/ explain the special case`);
    }
  }
  if (info.amount === 'required' && input.amount === undefined) throw fieldError('amount', '请填写金额（元）/ the amount is required');
  const amount = info.amount === 'none' ? null : (input.amount ?? null);

  const id = newId();
  const now = at.toISOString();
  statement(
    tx,
    `INSERT INTO compensations (id, complaint_id, type, harm, gift_ratio, defective_qty, gift_qty, amount, description, special_case_note,
       approval_required, approval_basis, status, requested_by, requested_at, deliver_by, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(
    id,
    row.id,
    input.type,
    standardRow && standardRow.harm !== 'notStated' ? (input.harm ?? null) : null,
    ratio,
    defective,
    ratio && defective ? giftQuantity(defective, ratio) : null,
    amount,
    input.description ?? null,
    input.specialCaseNote ?? null,
    approvalRequired ? 1 : 0,
    basis,
    approvalRequired ? 'pending_approval' : 'not_required',
    user.id,
    now,
    input.deliverBy ? new Date(input.deliverBy).toISOString() : null,
  );
  audit(tx, id, user, at, 'caseRecords.addCompensation', null);
  caseEvent(tx, row, user, at, 'compensation.add', {
    type: input.type,
    amount,
    giftQty: ratio && defective ? giftQuantity(defective, ratio) : null,
    approvalRequired,
  });
}

function compensationRow(db: ReadDb, id: string): CompensationRow {
  const found = statement(db, `${SELECT} WHERE x.id = ?`).get(id) as CompensationRow | undefined;
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
  const before = statement(tx, 'SELECT * FROM compensations WHERE id = ?').get(comp.id);
  statement(tx, 'UPDATE compensations SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?, version = version + 1 WHERE id = ?').run(
    input.approve ? 'approved' : 'refused',
    user.id,
    at.toISOString(),
    input.note ?? null,
    comp.id,
  );
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
  const before = statement(tx, 'SELECT * FROM compensations WHERE id = ?').get(comp.id);
  statement(tx, 'UPDATE compensations SET delivered_at = ?, version = version + 1 WHERE id = ?').run(delivered.toISOString(), comp.id);
  audit(tx, comp.id, user, at, 'caseRecords.deliverCompensation', before);
  const late = !!comp.deliver_by && delivered.toISOString() > comp.deliver_by;
  caseEvent(tx, row, user, at, 'compensation.deliver', { type: comp.type, deliveredAt: delivered.toISOString(), late });
}
