import type { ApiParsedInput } from '../../../shared/api/contract';
import type { CreditEvaluation } from '../../../shared/api/credit-monthly';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { adjustmentRaises, figuresProblem, isOverLimit, overdueDays } from '../../../shared/credit/credit-monthly';
import { hasPermission, type Permission } from '../../../shared/domain/roles';
import { siteDayOf } from '../../../shared/domain/opinion-book';
import { newId } from '../../../shared/ids';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { siteTimeZoneOf } from './credit-repository';
import { limitInForceAt } from './credit-limits-repository';
import { evaluationRow, evaluationRowFor, insertEvaluation, setCheck, updateFigures, type EvaluationRow, type FiguresRow } from './credit-monthly-repository';

/**
 * 《客户授信额度执行评价表》 (seed002 客户管理制度3 第四十条, shared/credit/credit-monthly.ts
 * EXECUTION_EVALUATION): finance enters a customer's figures for a month, may
 * correct them until the sales manager checks them, and the general manager
 * decides an adjustment the manager proposes (第四十一条, credit-adjustment-service.ts).
 * Each write is one transaction with its audit row and an outbox row (entity
 * `credit_evaluation`, the whole evaluation, without the customer's name).
 */

export function requirePermission(user: User, permission: Permission, refusal: string): void {
  if (!hasPermission(user.roles, permission)) throw ApiError.because('FORBIDDEN', refusal);
}

export const siteToday = (db: ReadDb, at: Date) => siteDayOf(at, siteTimeZoneOf(db));

export function toEvaluation(row: EvaluationRow): CreditEvaluation {
  return {
    id: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    month: row.month,
    gradingId: row.grading_id,
    creditLimit: row.credit_limit,
    asOf: row.as_of,
    balance: row.balance,
    shipments: row.shipments,
    payments: row.payments,
    overdueAmount: row.overdue_amount,
    earliestDueOn: row.earliest_due_on,
    overdueDays: overdueDays(row.earliest_due_on, row.as_of),
    overLimit: isOverLimit(row.balance, row.credit_limit),
    filled: { byId: row.filled_by, byName: row.filled_by_name, at: row.filled_at },
    version: row.version,
    check:
      row.checked_at === null
        ? null
        : { byName: row.checked_by_name!, at: row.checked_at, figuresAgree: row.figures_agree === 1, opinion: row.opinion!, proposedLimit: row.proposed_limit, raises: adjustmentRaises(row.proposed_limit, row.credit_limit) },
    decision: row.decided_at === null ? null : { byName: row.decided_by_name!, at: row.decided_at, decision: row.decision!, reason: row.decision_reason },
  };
}

export function queueEvaluation(tx: WriteDb, before: CreditEvaluation | null, id: string, user: User, at: Date, action: string): CreditEvaluation {
  const after = toEvaluation(evaluationRow(tx, id)!);
  const { customerName: _name, ...payload } = after; // the name travels with the customer file
  const version = after.version + (after.check ? 1 : 0) + (after.decision ? 1 : 0);
  recordChange(tx, { userId: user.id, at, action, entity: 'credit_evaluation', entityId: id, entityVersion: version, before, after: payload, syncPayload: payload });
  return after;
}

export function enterFigures(tx: WriteDb, input: ApiParsedInput<'credit.enterFigures'>, user: User, at: Date): CreditEvaluation {
  requirePermission(user, 'credit.fillFigures', 'creditMonthly.errors.fillRole');
  const problem = figuresProblem(input, input.month, siteToday(tx, at));
  if (problem) throw ApiError.because('VALIDATION', problem.key, undefined, problem.field);
  // The limit in force on the statement day: the grading's, or an adjustment approved since (第四十一条).
  const limit = limitInForceAt(tx, input.customerId, input.asOf);
  if (!limit) throw ApiError.because('CONFLICT', 'creditMonthly.errors.notGraded');
  const figures: FiguresRow = {
    as_of: input.asOf,
    balance: input.balance,
    shipments: input.shipments,
    payments: input.payments,
    overdue_amount: input.overdueAmount,
    earliest_due_on: input.earliestDueOn,
    grading_id: limit.grading_id,
    credit_limit: limit.credit_limit,
    filled_by: user.id,
    filled_at: at.toISOString(),
  };
  const held = evaluationRowFor(tx, input.customerId, input.month);
  if (!held) {
    const id = newId();
    insertEvaluation(tx, { ...figures, id, customer_id: input.customerId, month: input.month });
    return queueEvaluation(tx, null, id, user, at, 'credit.enterFigures');
  }
  if (held.checked_at !== null) throw ApiError.because('CONFLICT', 'creditMonthly.errors.alreadyChecked');
  updateFigures(tx, held.id, figures);
  return queueEvaluation(tx, toEvaluation(held), held.id, user, at, 'credit.correctFigures');
}

export function heldEvaluation(db: ReadDb, id: string): EvaluationRow {
  const row = evaluationRow(db, id);
  if (!row) throw ApiError.because('NOT_FOUND', 'creditMonthly.errors.noEvaluation');
  return row;
}

export function checkEvaluation(tx: WriteDb, input: ApiParsedInput<'credit.checkEvaluation'>, user: User, at: Date): CreditEvaluation {
  requirePermission(user, 'credit.propose', 'creditMonthly.errors.checkRole');
  const row = heldEvaluation(tx, input.evaluationId);
  if (row.checked_at !== null) throw ApiError.because('CONFLICT', 'creditMonthly.errors.alreadyChecked');
  // 第四十条: finance fills in, the sales manager checks: two people.
  if (row.filled_by === user.id) throw ApiError.because('FORBIDDEN', 'creditMonthly.errors.checkOwnFigures');
  setCheck(tx, row.id, { checked_by: user.id, checked_at: at.toISOString(), figures_agree: input.figuresAgree ? 1 : 0, opinion: input.opinion, proposed_limit: input.proposedLimit });
  return queueEvaluation(tx, toEvaluation(row), row.id, user, at, 'credit.checkEvaluation');
}
