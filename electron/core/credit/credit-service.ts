import { ApiError } from '../../../shared/api/errors';
import type { CreditFile, CreditGrading, ReviewDue } from '../../../shared/api/credit';
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { User } from '../../../shared/api/users';
import { creditStepRule, type CreditStep } from '../../../shared/credit/credit-approval';
import { addMonthsToDay } from '../../../shared/credit/credit-dates';
import { gradeCustomer } from '../../../shared/credit/credit-grading';
import { CREDIT_CUSTOMERS, CREDIT_PACK } from '../../../shared/credit/credit-pack';
import { hasPermission } from '../../../shared/domain/roles';
import { siteDayOf } from '../../../shared/domain/opinion-book';
import { newId } from '../../../shared/ids';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { customerExists, gradingRow, gradingRowsOf, inForceGradings, insertGrading, insertStep, siteTimeZoneOf, stepRowsOf, ungradedCreditCustomers } from './credit-repository';
import { adjustmentsOf } from './credit-adjustment-service';
import { requireWithinCap } from './credit-cap';
import { limitInForceAt } from './credit-limits-repository';
import { toCreditGrading, type StoredInputs, type StoredOutcome } from './credit-gradings';

/**
 * Credit grading (seed002 客户管理制度3 第十九条): a proposal stores what the
 * grader entered and what the pack computed from it; review and approval
 * follow by the roles of shared/credit/credit-approval.ts. Each write is one
 * transaction with its audit and outbox rows (entity `credit_grading`, the
 * whole grading at each version, so head office holds its latest state).
 */

/** Refuses a step by anyone whose roles do not carry it, naming who may (the step's own error key). */
export function requireStepRole(user: User, step: CreditStep): void {
  const rule = creditStepRule(step);
  if (!hasPermission(user.roles, rule.permission)) throw ApiError.because('FORBIDDEN', rule.refusal);
}

const siteToday = (db: ReadDb, at: Date) => siteDayOf(at, siteTimeZoneOf(db));

export function readGrading(db: ReadDb, id: string): CreditGrading | null {
  const row = gradingRow(db, id);
  return row ? toCreditGrading(row, stepRowsOf(db, [row.id])) : null;
}

function queue(tx: WriteDb, grading: CreditGrading, user: User, at: Date, action: string): void {
  const { customerName: _name, ...payload } = grading; // the name travels with the customer file, not twice
  recordChange(tx, { userId: user.id, at, action, entity: 'credit_grading', entityId: grading.id, entityVersion: 1 + grading.steps.length, before: null, after: payload, syncPayload: payload });
}

export function proposeGrading(tx: WriteDb, input: ApiParsedInput<'credit.propose'>, user: User, at: Date): CreditGrading {
  requireStepRole(user, 'propose');
  if (!customerExists(tx, input.customerId)) throw ApiError.because('NOT_FOUND', 'credit.errors.noCustomer');
  const on = siteToday(tx, at);
  const judgements = Object.fromEntries(input.holds.map((id) => [id, true]));
  const { grade, ...outcome } = gradeCustomer(input.quantities, judgements, on);
  const inputs: StoredInputs = { quantities: input.quantities, judgements: input.holds.map((id) => ({ id, by: user.id, byName: user.displayName, at: at.toISOString() })) };
  const id = newId();
  insertGrading(tx, {
    id,
    customer_id: input.customerId,
    pack_id: CREDIT_PACK.id,
    pack_version: CREDIT_PACK.version,
    graded_on: on,
    inputs: JSON.stringify(inputs),
    outcome: JSON.stringify(outcome satisfies StoredOutcome),
    grade,
    credit_limit: outcome.creditLimit,
    review_months: outcome.reviewMonths,
    reason: input.reason,
    proposed_by: user.id,
    proposed_at: at.toISOString(),
  });
  const grading = readGrading(tx, id)!;
  queue(tx, grading, user, at, 'credit.propose');
  return grading;
}

const AWAITED: Record<'review' | 'approve', CreditGrading['status']> = { review: 'proposed', approve: 'reviewed' };

export function decideGrading(tx: WriteDb, input: ApiParsedInput<'credit.decide'>, user: User, at: Date): CreditGrading {
  requireStepRole(user, input.step);
  const before = readGrading(tx, input.gradingId);
  if (!before) throw ApiError.because('NOT_FOUND', 'credit.errors.noGrading');
  if (before.status !== AWAITED[input.step]) throw input.step === 'review' ? ApiError.because('CONFLICT', 'credit.errors.reviewNotDue') : ApiError.because('CONFLICT', 'credit.errors.approveNotDue');
  if (input.decision === 'rejected' && !input.reason) throw ApiError.because('VALIDATION', 'credit.errors.rejectReason', undefined, 'reason');
  if (input.step === 'approve' && input.decision === 'approved') requireWithinCap(tx, before.customerId, before.creditLimit);
  insertStep(tx, { id: newId(), grading_id: before.id, step: input.step, decision: input.decision, reason: input.reason ?? null, decided_by: user.id, decided_at: at.toISOString(), decided_on: siteToday(tx, at) });
  const grading = readGrading(tx, before.id)!;
  queue(tx, grading, user, at, `credit.${input.step}`);
  return grading;
}

export function creditFile(db: ReadDb, customerId: string, at: Date): CreditFile {
  if (!customerExists(db, customerId)) throw ApiError.because('NOT_FOUND', 'credit.errors.noCustomer');
  const rows = gradingRowsOf(db, customerId);
  const steps = stepRowsOf(db, rows.map((r) => r.id));
  const gradings = rows.map((row) => toCreditGrading(row, steps));
  const approved = gradings.filter((g) => g.status === 'approved');
  const current = approved.sort((a, b) => lastStepAt(b).localeCompare(lastStepAt(a)))[0] ?? null;
  const limit = limitInForceAt(db, customerId, siteToday(db, at));
  const limitInForce = limit ? { limit: limit.credit_limit, since: limit.set_on, adjustmentId: limit.adjustment_id } : null;
  return { customerId, current, limitInForce, adjustments: adjustmentsOf(db, customerId), gradings };
}

const lastStepAt = (g: CreditGrading) => g.steps.at(-1)?.decidedAt ?? g.proposedAt;

const byName = (a: { customerName: string }, b: { customerName: string }) => a.customerName.localeCompare(b.customerName, 'zh-CN');

/** Credit customers not graded yet (未评级, 第四条) first; then customers graded and approved, by the day their review falls due: the earliest (the most overdue) first. */
export function reviewDueList(db: ReadDb, at: Date): ReviewDue[] {
  const today = siteToday(db, at);
  const ungraded: ReviewDue[] = ungradedCreditCustomers(db, CREDIT_CUSTOMERS.types)
    .map((row) => ({ customerId: row.customer_id, customerName: row.customer_name, grade: null, creditLimit: 0, approvedOn: null, dueOn: null, overdue: false, pending: row.pending === 1 }))
    .sort(byName);
  return [...ungraded, ...gradedByDueDay(db, today)];
}

function gradedByDueDay(db: ReadDb, today: string): ReviewDue[] {
  return inForceGradings(db)
    .map((row) => {
      const dueOn = addMonthsToDay(row.approved_on, row.review_months);
      return { customerId: row.customer_id, customerName: row.customer_name, grade: row.grade, creditLimit: row.limit_in_force, approvedOn: row.approved_on, dueOn, overdue: dueOn < today, pending: row.pending === 1 };
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || byName(a, b));
}
