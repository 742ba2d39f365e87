import { ApiError } from '../../../../shared/api/errors';
import { endPause, startPause } from '../complaint-lists-repository';
import { storedPauses } from '../complaint-rows';
import { pauseRefusal } from '../workflow-reasons';
import type { Step } from './step';

export const pauseOrResume: Step<'pause' | 'resume'> = ({ tx, row, env, now }, action) => {
  const refusal = pauseRefusal(action.type, row, env);
  if (refusal === 'notPaused') throw ApiError.because('CONFLICT', 'workflow.errors.notPaused');
  if (refusal === 'alreadyPaused') throw ApiError.because('CONFLICT', 'workflow.errors.alreadyPaused');
  if (refusal === 'noPausableDeadline') throw ApiError.because('CONFLICT', 'workflow.errors.noPausableDeadline');
  if (action.type === 'pause') {
    startPause(tx, row.id, { from: now, reason: action.reason });
    return { details: { reason: action.reason, note: action.note } };
  }
  endPause(tx, row.id, now);
  return { details: { note: action.note, pausedFrom: storedPauses(row.pauses).at(-1)!.from } };
};
