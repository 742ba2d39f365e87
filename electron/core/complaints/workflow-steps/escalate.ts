import { ApiError } from '../../../../shared/api/errors';
import { escalate } from '../../escalations/index';
import { escalationReasonsOf } from '../workflow-reasons';
import type { Step } from './step';

export const escalateByHand: Step<'escalate'> = ({ tx, row, env, user, at }, action) => {
  if (!escalationReasonsOf(env).some((r) => r.code === action.reasonCode)) throw ApiError.because('VALIDATION', 'workflow.errors.unknownReason', undefined, 'action.reasonCode');
  escalate(tx, { complaintId: row.id, reasonCode: action.reasonCode, note: action.note, byUser: user.id, at }, env?.pack ?? null);
  return { details: { reasonCode: action.reasonCode, note: action.note } };
};
