import { ApiError } from '../../../../shared/api/errors';
import { storedPauses } from '../complaint-rows';
import { pauseRefusal } from '../workflow-reasons';
import { setPauses } from '../workflow-repository';
import type { Step } from './step';

export const pauseOrResume: Step<'pause' | 'resume'> = ({ tx, row, env, now }, action) => {
  const refusal = pauseRefusal(action.type, row, env);
  if (refusal === 'notPaused') throw ApiError.because('CONFLICT', 'workflow.errors.notPaused');
  if (refusal === 'alreadyPaused') throw ApiError.because('CONFLICT', 'workflow.errors.alreadyPaused');
  if (refusal === 'noPausableDeadline') throw ApiError.because('CONFLICT', 'workflow.errors.noPausableDeadline');
  const pauses = storedPauses(row.pauses);
  if (action.type === 'pause') pauses.push({ from: now, to: null, reason: action.reason });
  else pauses[pauses.length - 1] = { ...pauses.at(-1)!, to: now };
  setPauses(tx, row.id, pauses);
  return { details: action.type === 'pause' ? { reason: action.reason, note: action.note } : { note: action.note, pausedFrom: pauses.at(-1)!.from } };
};
