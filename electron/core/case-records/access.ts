import type { CompensationStandard } from '../../../shared/api/case-records';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { foodMakerCompensation } from '../../../shared/rules/packs/food-maker-p1';
import type { WriteDb } from '../db/handles';
import { actorOf, complaintRow, type Actor } from '../complaints/complaint-actor';
import type { ComplaintRow } from '../complaints/complaint-rows';
import type { GradingEnv } from '../complaints/grading';
import { addEvent } from '../complaints/workflow-records';

/**
 * Who may write the case records of one complaint (investigation report,
 * compensation, corrective actions, penalties and rewards), the refusals they
 * share, and the event each write leaves on the complaint's handling log.
 * The complaint's row and the actor's relation to it come from the complaint rows
 * (complaints/complaint-actor.ts, which the sanction ledger reads too); re-exported here
 * so that every case-records file asks one module.
 */
export { actorOf, complaintRow, type Actor };

/** 受理部门/处理人: a case-records writer, or the person the case is assigned to; never the person complained about. */
export function mayWrite(actor: Actor): boolean {
  return !actor.isSubject && (actor.permissions.has('caseRecords.write') || actor.isAssignee);
}

export const RECUSAL = '被投诉人须回避，不能填写、审核或审批本案的记录 / the person complained about may not write, review or approve records of this case';

export function requireWriter(actor: Actor): void {
  if (actor.isSubject) throw new ApiError('FORBIDDEN', RECUSAL);
  if (!mayWrite(actor)) throw new ApiError('FORBIDDEN', '当前用户无权填写本案的记录 / not allowed to write records of this case');
}

export function requireNotInvalid(row: ComplaintRow): void {
  if (row.status === 'invalid') throw new ApiError('CONFLICT', '无效投诉不再登记案件记录 / the complaint was ruled invalid');
}

export function requireOpen(row: ComplaintRow): void {
  requireNotInvalid(row);
  if (row.status === 'closed') throw new ApiError('CONFLICT', '本案已结案，不能再修改 / the case is closed');
}

export function conflict(): ApiError {
  return new ApiError('CONFLICT', '该记录已被他人更新，请刷新后再操作 / the record changed since you opened it; reload and try again');
}

export function fieldError(path: string, message: string): ApiError {
  return new ApiError('VALIDATION', message, [{ path, message }]);
}

/** The complaint's handling log shows every case-record step (no state change: case records do not move the case). */
export function caseEvent(tx: WriteDb, row: ComplaintRow, user: User, at: Date, action: string, details: Record<string, unknown>): void {
  addEvent(tx, { complaintId: row.id, at, userId: user.id, action, from: row.status, to: row.status, details });
}

/** 篇1 9.2 赔付标准 rows for the complaint's class, when the site follows the food maker's rules. */
export function compensationStandardOf(row: ComplaintRow, env: GradingEnv | null): CompensationStandard | null {
  if (env?.pack.id !== 'food-maker-p1' || !row.class_code) return null;
  const rows = foodMakerCompensation.filter((r) => r.classCode === row.class_code);
  if (rows.length === 0) return null;
  return {
    classCode: row.class_code,
    rows: rows.map((r) => ({ harm: r.harm, remedy: r.remedy, ratio: r.ratio ? Number(r.ratio.split(':')[1]) : null, approvalRequired: r.approvalRequired, flexible: r.flexible, source: r.source })),
  };
}
