import type { CustomerHistoryEntry } from '../../../shared/api/customer-history';
import type { ReadDb } from '../db/handles';
import { gradingRowsOf, stepRowsOf } from './credit-repository';

/** Every credit grading of the customer as its file's history tells it: each proposal, review and approval step (any order). */
export function creditHistoryOf(db: ReadDb, customerId: string): CustomerHistoryEntry[] {
  const gradings = gradingRowsOf(db, customerId);
  const gradeOf = new Map(gradings.map((g) => [g.id, g.grade]));
  const proposals = gradings.map(
    (g): CustomerHistoryEntry => ({ type: 'creditProposed', at: g.proposed_at, byName: g.proposed_by_name, grade: g.grade, creditLimit: g.credit_limit, reason: g.reason }),
  );
  const steps = stepRowsOf(db, [...gradeOf.keys()]).map(
    (s): CustomerHistoryEntry => ({ type: 'creditStep', at: s.decided_at, byName: s.decided_by_name, grade: gradeOf.get(s.grading_id)!, step: s.step, decision: s.decision, reason: s.reason }),
  );
  return [...proposals, ...steps];
}
