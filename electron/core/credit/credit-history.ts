import type { CustomerHistoryEntry } from '../../../shared/api/customer-history';
import type { ReadDb } from '../db/handles';
import { adjustmentRowsOf } from './credit-limits-repository';
import { gradingRowsOf, stepRowsOf } from './credit-repository';
import { proposalRowsOf } from './credit-monthly-repository';

/** Every credit grading of the customer as its file's history tells it: each proposal, review and approval step, and each limit adjustment (any order). */
export function creditHistoryOf(db: ReadDb, customerId: string): CustomerHistoryEntry[] {
  const gradings = gradingRowsOf(db, customerId);
  const gradeOf = new Map(gradings.map((g) => [g.id, g.grade]));
  const proposals = gradings.map(
    (g): CustomerHistoryEntry => ({ type: 'creditProposed', at: g.proposed_at, byName: g.proposed_by_name, grade: g.grade, creditLimit: g.credit_limit, reason: g.reason }),
  );
  const steps = stepRowsOf(db, [...gradeOf.keys()]).map(
    (s): CustomerHistoryEntry => ({ type: 'creditStep', at: s.decided_at, byName: s.decided_by_name, grade: gradeOf.get(s.grading_id)!, step: s.step, decision: s.decision, reason: s.reason }),
  );
  return [...proposals, ...steps, ...limitAdjustmentsOf(db, customerId)];
}

/**
 * Each limit adjustment proposed in a monthly check (第四十一条: the sales manager proposes, the general manager
 * decides) and its decision: before → after, who and when; an approval with the day its limit took effect.
 */
function limitAdjustmentsOf(db: ReadDb, customerId: string): CustomerHistoryEntry[] {
  const effectiveOn = new Map(adjustmentRowsOf(db, customerId).map((a) => [a.evaluation_id, a.effective_on]));
  return proposalRowsOf(db, customerId).flatMap((e): CustomerHistoryEntry[] => {
    const amounts = { month: e.month, fromLimit: e.credit_limit, toLimit: e.proposed_limit! };
    const proposed: CustomerHistoryEntry = { type: 'limitAdjustmentProposed', at: e.checked_at!, byName: e.checked_by_name, ...amounts };
    if (e.decided_at === null) return [proposed];
    const decided: CustomerHistoryEntry = {
      type: 'limitAdjustmentDecided',
      at: e.decided_at,
      byName: e.decided_by_name,
      ...amounts,
      decision: e.decision!,
      reason: e.decision_reason,
      effectiveOn: effectiveOn.get(e.id) ?? null,
    };
    return [proposed, decided];
  });
}
