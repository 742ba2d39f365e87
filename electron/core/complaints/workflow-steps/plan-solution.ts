import { ApiError } from '../../../../shared/api/errors';
import { handlingLimit, limitPassed, markLatePlan } from '../../overdue/index';
import { setSolution } from '../workflow-repository';
import { eligibleUser, type Step } from './step';

/**
 * 解决人、解决措施、解决时限 (篇6 第十七条). Before the handling limit, a time limit beyond it needs an approved
 * extension first; once the limit has passed, the plan is taken as a late plan: the case stays overdue and
 * who recorded it when is kept (issue 17 §1.1: staff can always move an overdue case forward).
 */
export const planSolution: Step<'planSolution'> = ({ tx, row, user, at, now, deadlines }, action) => {
  const resolver = eligibleUser(tx, row, action.resolverId, 'resolverId');
  const due = new Date(action.dueAt);
  if (due.getTime() <= at.getTime()) throw ApiError.because('VALIDATION', 'workflow.errors.dueNotAfterNow', undefined, 'action.dueAt');
  const limit = handlingLimit(deadlines);
  const late = limitPassed(limit, at);
  if (limit?.due && !late && due.getTime() > new Date(limit.due).getTime()) {
    throw ApiError.because('VALIDATION', 'workflow.errors.planBeyondLimit', { limit: { at: limit.due } }, 'action.dueAt');
  }
  setSolution(tx, row.id, { resolverId: resolver.id, measures: action.measures, dueAt: due.toISOString() });
  if (late) markLatePlan(tx, row.id, user.id, now);
  return { details: { resolverId: resolver.id, resolverName: resolver.displayName, measures: action.measures, dueAt: due.toISOString(), late, limit: limit?.due ?? null } };
};
