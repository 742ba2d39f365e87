import { ApiError } from '../../../../shared/api/errors';
import { applyAgreedDue } from '../../extensions/extension-repository';
import { packDueOf, requireAgreedReply } from '../side-paths';
import type { Step } from './step';

/**
 * 约定回复时限 (seed002 客户管理制度4 第八条(三)、第十一条(一)3): a case not answered on the spot gets
 * the reply deadline agreed with the customer; it replaces the pack's due time of the step, within
 * the pack's own limit where the pack says so (bank outlet: the 3 days of 第七条(二)).
 */
export const agreeReplyDeadline: Step<'agreeReplyDeadline'> = ({ tx, row, env, at }, action) => {
  const path = requireAgreedReply(env);
  const due = new Date(action.dueAt);
  if (due.getTime() <= at.getTime()) throw ApiError.because('VALIDATION', 'workflow.errors.agreedDueNotAhead', undefined, 'action.dueAt');
  const limit = path.withinLimit && env ? packDueOf(row, env, path.step) : null;
  if (limit && due.getTime() > limit.getTime()) {
    throw ApiError.because('VALIDATION', 'workflow.errors.agreedDueBeyondLimit', { limit: limit.toISOString(), source: path.source }, 'action.dueAt');
  }
  applyAgreedDue(tx, row.id, path.step, due.toISOString());
  return { details: { step: path.step, dueAt: due.toISOString(), agreedBy: action.agreedBy, note: action.note, source: path.source } };
};
