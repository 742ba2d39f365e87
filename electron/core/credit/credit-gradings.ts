import type { CreditGrading } from '../../../shared/api/credit';
import { addMonthsToDay } from '../../../shared/credit/credit-dates';
import type { CreditOutcome, CreditQuantities } from '../../../shared/credit/credit-grading';
import type { GradingRow, StepRow } from './credit-repository';

/** What `credit_gradings.inputs` holds: the entered quantities and each tick that holds, with who ticked it and when. */
export interface StoredInputs {
  quantities: CreditQuantities;
  judgements: { id: string; by: string; byName: string; at: string }[];
}

export type StoredOutcome = Omit<CreditOutcome, 'grade'>;

function statusOf(steps: readonly StepRow[]): CreditGrading['status'] {
  if (steps.some((s) => s.decision === 'rejected')) return 'rejected';
  if (steps.some((s) => s.step === 'approve')) return 'approved';
  return steps.some((s) => s.step === 'review') ? 'reviewed' : 'proposed';
}

/** A stored grading as the contract gives it: its steps, its status, and for an approved one the day its review falls due. */
export function toCreditGrading(row: GradingRow, steps: readonly StepRow[]): CreditGrading {
  const own = steps.filter((s) => s.grading_id === row.id);
  const inputs = JSON.parse(row.inputs) as StoredInputs;
  const outcome = JSON.parse(row.outcome) as StoredOutcome;
  const status = statusOf(own);
  const approvedOn = own.find((s) => s.step === 'approve' && s.decision === 'approved')?.decided_on ?? null;
  return {
    id: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    packId: row.pack_id,
    packVersion: row.pack_version,
    gradedOn: row.graded_on,
    quantities: inputs.quantities,
    judgements: inputs.judgements.map((j) => ({ id: j.id, byName: j.byName, at: j.at })),
    criteria: outcome.criteria,
    keyDataComplete: outcome.keyDataComplete,
    missingKeyItems: outcome.missingKeyItems,
    grade: row.grade,
    averageMonthlyPayment: outcome.averageMonthlyPayment,
    averageMonthlyShipment: outcome.averageMonthlyShipment,
    creditKind: outcome.creditKind,
    creditLimit: row.credit_limit,
    termDays: outcome.termDays,
    reviewMonths: row.review_months,
    reason: row.reason,
    proposedByName: row.proposed_by_name,
    proposedAt: row.proposed_at,
    steps: own.map((s) => ({ step: s.step, decision: s.decision, reason: s.reason, decidedByName: s.decided_by_name, decidedAt: s.decided_at })),
    status,
    reviewDueOn: approvedOn ? addMonthsToDay(approvedOn, row.review_months) : null,
  };
}
