import { ApiError } from '../../../../shared/api/errors';
import { recordDelayExplanation } from '../../overdue/index';
import { openSteps } from '../workflow-reasons';
import { markStepDone } from '../complaint-lists-repository';
import { markResponded } from '../workflow-repository';
import type { Step } from './step';

export const log: Step<'log'> = ({ tx, row, now, deadlines }, action) => {
  if (action.completesStep) {
    if (!openSteps(deadlines).some((s) => s.step === action.completesStep)) throw ApiError.because('VALIDATION', 'workflow.errors.noOpenStep', undefined, 'action.completesStep');
    markStepDone(tx, row.id, action.completesStep, now);
  }
  if (action.entryType === 'delay_explained') {
    // 篇6 第三十一条: told of the delay, did the customer agree?
    if (action.customerAgreed === undefined) throw ApiError.because('VALIDATION', 'workflow.errors.customerAgreedRequired', undefined, 'action.customerAgreed');
    recordDelayExplanation(tx, row.id, now, action.customerAgreed);
  } else if (action.customerAgreed !== undefined) {
    throw ApiError.because('VALIDATION', 'workflow.errors.agreedOnlyForDelay', undefined, 'action.customerAgreed');
  }
  if (row.status === 'registered') markResponded(tx, row.id, now);
  return { details: { entryType: action.entryType, text: action.text, completesStep: action.completesStep, customerAgreed: action.customerAgreed } };
};
