import { ApiError } from '../../../../shared/api/errors';
import { invalidReasonsOf } from '../workflow-reasons';
import { markResponded, setInvalid } from '../workflow-repository';
import type { Step } from './step';

export const markInvalid: Step<'markInvalid'> = ({ tx, row, env, now }, action) => {
  if (!invalidReasonsOf(env).some((r) => r.code === action.reasonCode)) throw ApiError.because('VALIDATION', 'workflow.errors.unknownReason', undefined, 'action.reasonCode');
  setInvalid(tx, row.id, action.reasonCode, now);
  markResponded(tx, row.id, now);
  return { details: { reasonCode: action.reasonCode, explanation: action.explanation } };
};
