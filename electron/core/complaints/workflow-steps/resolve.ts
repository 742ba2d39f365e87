import { ApiError } from '../../../../shared/api/errors';
import { markResponded, setResolved } from '../workflow-repository';
import { notInFuture, type Step } from './step';

export const resolve: Step<'resolve'> = ({ tx, row, at, now }, action) => {
  const informedAt = action.customerInformedAt ? new Date(action.customerInformedAt) : at;
  notInFuture(informedAt, at, 'customerInformedAt');
  if (informedAt.getTime() < new Date(row.received_at).getTime()) throw ApiError.because('VALIDATION', 'workflow.errors.informedBeforeReceived', undefined, 'action.customerInformedAt');
  setResolved(tx, row.id, { at: now, informedAt: informedAt.toISOString(), result: action.result, replyMethod: action.replyMethod });
  markResponded(tx, row.id, now);
  return { details: { result: action.result, replyMethod: action.replyMethod, customerInformedAt: informedAt.toISOString() } };
};
