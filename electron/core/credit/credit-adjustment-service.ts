import type { ApiParsedInput } from '../../../shared/api/contract';
import type { CreditAdjustment } from '../../../shared/api/credit';
import type { CreditEvaluation } from '../../../shared/api/credit-monthly';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { newId } from '../../../shared/ids';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { requireWithinCap } from './credit-cap';
import { heldEvaluation, queueEvaluation, requirePermission, siteToday, toEvaluation } from './credit-evaluation-service';
import { adjustmentRowsOf, insertAdjustment, limitSetSince, type AdjustmentRow } from './credit-limits-repository';
import { setDecision, type EvaluationRow } from './credit-monthly-repository';

/**
 * The general manager's decision on a limit adjustment proposed in the monthly
 * check (seed002 客户管理制度3 第四十一条, shared/credit/credit-monthly.ts
 * LIMIT_ADJUSTMENT). An approval puts the proposed limit in force from the
 * decision's site day (`credit_limit_adjustments`, entity
 * `credit_limit_adjustment` for head office), until the next grading or
 * adjustment; a rejection changes nothing but the evaluation.
 */

export function toAdjustment(row: AdjustmentRow): CreditAdjustment {
  return {
    id: row.id,
    evaluationId: row.evaluation_id,
    month: row.month,
    gradingId: row.grading_id,
    fromLimit: row.from_limit,
    toLimit: row.to_limit,
    proposedByName: row.proposed_by_name,
    proposedAt: row.proposed_at,
    approvedByName: row.approved_by_name,
    approvedAt: row.approved_at,
    effectiveOn: row.effective_on,
  };
}

export const adjustmentsOf = (db: ReadDb, customerId: string): CreditAdjustment[] => adjustmentRowsOf(db, customerId).map(toAdjustment);

function applyAdjustment(tx: WriteDb, row: EvaluationRow, user: User, at: Date): void {
  // The proposal was measured against the evaluation's limit: once another grading or adjustment replaced it, it no longer fits.
  if (limitSetSince(tx, row.customer_id, row.as_of, row.filled_at)) throw ApiError.because('CONFLICT', 'creditMonthly.errors.limitChangedSince');
  const toLimit = row.proposed_limit!;
  requireWithinCap(tx, row.customer_id, toLimit);
  const id = newId();
  insertAdjustment(tx, {
    id,
    customer_id: row.customer_id,
    evaluation_id: row.id,
    grading_id: row.grading_id,
    from_limit: row.credit_limit,
    to_limit: toLimit,
    proposed_by: row.checked_by!,
    proposed_at: row.checked_at!,
    approved_by: user.id,
    approved_at: at.toISOString(),
    effective_on: siteToday(tx, at),
  });
  const adjustment = adjustmentRowsOf(tx, row.customer_id).find((a) => a.id === id)!;
  const payload = { ...toAdjustment(adjustment), customerId: row.customer_id };
  recordChange(tx, { userId: user.id, at, action: 'credit.adjustLimit', entity: 'credit_limit_adjustment', entityId: id, entityVersion: 1, before: null, after: payload, syncPayload: payload });
}

export function decideAdjustment(tx: WriteDb, input: ApiParsedInput<'credit.decideAdjustment'>, user: User, at: Date): CreditEvaluation {
  requirePermission(user, 'credit.approve', 'creditMonthly.errors.decideRole');
  const row = heldEvaluation(tx, input.evaluationId);
  if (row.checked_at === null || row.proposed_limit === null || row.decided_at !== null) throw ApiError.because('CONFLICT', 'creditMonthly.errors.nothingToDecide');
  if (input.decision === 'rejected' && !input.reason) throw ApiError.because('VALIDATION', 'creditMonthly.errors.rejectReason', undefined, 'reason');
  if (input.decision === 'approved') applyAdjustment(tx, row, user, at);
  setDecision(tx, row.id, { decided_by: user.id, decided_at: at.toISOString(), decision: input.decision, decision_reason: input.reason ?? null });
  return queueEvaluation(tx, toEvaluation(row), row.id, user, at, 'credit.decideAdjustment');
}
