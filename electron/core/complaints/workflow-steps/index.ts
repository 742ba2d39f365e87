import type { ParsedWorkflowAction } from '../../../../shared/api/workflow';
import type { WorkflowAction } from '../../../../shared/domain/workflow';
import { accept } from './accept';
import { agreeReplyDeadline } from './agree-reply-deadline';
import { answerOnSpot } from './answer-on-spot';
import { callBack } from './call-back';
import { close } from './close';
import { escalateByHand } from './escalate';
import { decideExtensionStep, requestExtensionStep } from './extension';
import { log } from './log';
import { markInvalid } from './mark-invalid';
import { pauseOrResume } from './pause';
import { planSolution } from './plan-solution';
import { refer } from './refer';
import { resolve } from './resolve';
import type { Step, StepContext, StepResult } from './step';

export type { StepContext, StepResult } from './step';

/**
 * Each action of the transition table (shared/domain/workflow.ts, WORKFLOW) and its own module: its
 * checks, what it changes and the repository's named writes. The mapped type makes a new action in
 * the table fail to compile until it has its step.
 */
export const STEPS: { readonly [A in WorkflowAction]: Step<A> } = {
  accept,
  markInvalid,
  planSolution,
  log,
  requestExtension: requestExtensionStep,
  decideExtension: decideExtensionStep,
  refer,
  resolve,
  callBack,
  close,
  // One module for both: resuming closes the pause that pausing opened.
  pause: (c, action) => pauseOrResume(c, action),
  resume: (c, action) => pauseOrResume(c, action),
  escalate: escalateByHand,
  answerOnSpot,
  agreeReplyDeadline,
};

/** One step of the closed loop, after state, role and recusal were checked: its own rules and writes. */
export function takeStep(c: StepContext, action: ParsedWorkflowAction): StepResult {
  const step = STEPS[action.type] as (c: StepContext, action: ParsedWorkflowAction) => StepResult;
  return step(c, action);
}
