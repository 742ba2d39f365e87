import { ApiError } from '../../../../shared/api/errors';
import { markStepDone } from '../complaint-lists-repository';
import { requireOnTheSpot } from '../side-paths';
import { markResponded, setClosed, setResolved } from '../workflow-repository';
import { eligibleUser, notInFuture, type Step } from './step';

/** Steps the workflow's own moments meet (reply = the customer told, close = closed); the pack's other steps are marked here. */
const MET_BY_THE_ANSWER = new Set(['reply', 'customerInformed', 'response', 'resolution', 'close']);

/**
 * 当场答复 (seed002 客户管理制度4 第七条(二)、第八条 2–3、第十一条(一)1–2): what the customer was told
 * there and then is the case's reply; it closes at once and the reply clock it meets stops at the answer.
 */
export const answerOnSpot: Step<'answerOnSpot'> = ({ tx, row, env, at, now }, action) => {
  const path = requireOnTheSpot(tx, row, env);
  const answeredAt = new Date(action.answeredAt);
  notInFuture(answeredAt, at, 'answeredAt');
  if (answeredAt.getTime() < new Date(row.received_at).getTime()) throw ApiError.because('VALIDATION', 'workflow.errors.informedBeforeReceived', undefined, 'action.answeredAt');
  const answeredBy = eligibleUser(tx, row, action.answeredById, 'answeredById');
  const answeredAtIso = answeredAt.toISOString();
  setResolved(tx, row.id, { at: now, informedAt: answeredAtIso, result: action.explanation, replyMethod: action.replyMethod });
  markResponded(tx, row.id, answeredAtIso);
  setClosed(tx, row.id, now);
  for (const step of path.meets) if (!MET_BY_THE_ANSWER.has(step)) markStepDone(tx, row.id, step, answeredAtIso);
  return {
    details: {
      explanation: action.explanation,
      answeredById: answeredBy.id,
      answeredByName: answeredBy.displayName,
      answeredAt: answeredAtIso,
      replyMethod: action.replyMethod,
      meets: path.meets,
      source: path.source,
    },
  };
};
