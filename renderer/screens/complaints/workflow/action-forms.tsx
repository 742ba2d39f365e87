import type { ComponentType } from 'react';
import type { WorkflowAction } from '../../../../shared/domain/workflow';
import { AcceptForm } from './AcceptForm';
import { AgreeReplyDeadlineForm } from './AgreeReplyDeadlineForm';
import { AnswerOnSpotForm } from './AnswerOnSpotForm';
import { CallBackForm } from './CallBackForm';
import { CloseForm } from './CloseForm';
import { DecideExtensionForm } from './DecideExtensionForm';
import { EscalateForm } from './EscalateForm';
import { LogForm } from './LogForm';
import { MarkInvalidForm } from './MarkInvalidForm';
import { PauseForm } from './PauseForm';
import { PlanSolutionForm } from './PlanSolutionForm';
import { ReferForm } from './ReferForm';
import { RequestExtensionForm } from './RequestExtensionForm';
import { ResolveForm } from './ResolveForm';
import { ResumeForm } from './ResumeForm';
import type { ActionFormProps } from './use-action-form';

/** One small form per action; a new action in the contract fails to compile here until it has one. */
const FORMS: Record<WorkflowAction, ComponentType<ActionFormProps>> = {
  accept: AcceptForm,
  markInvalid: MarkInvalidForm,
  planSolution: PlanSolutionForm,
  log: LogForm,
  requestExtension: RequestExtensionForm,
  decideExtension: DecideExtensionForm,
  refer: ReferForm,
  resolve: ResolveForm,
  callBack: CallBackForm,
  close: CloseForm,
  escalate: EscalateForm,
  pause: PauseForm,
  resume: ResumeForm,
  answerOnSpot: AnswerOnSpotForm,
  agreeReplyDeadline: AgreeReplyDeadlineForm,
};

export function ActionFormFor(props: ActionFormProps) {
  const Form = FORMS[props.action];
  return <Form {...props} />;
}
