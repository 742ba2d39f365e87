import type { TFunction } from 'i18next';
import type { ComplaintKind } from '../../../../shared/domain/complaint-vocabulary';
import type { WorkflowAction } from '../../../../shared/domain/workflow';

/**
 * The verb on an action's button. A suggestion or inquiry is not "resolved",
 * it is answered (seed004 §D), so its resolve step reads 答复.
 */
export function actionLabel(action: WorkflowAction, kind: ComplaintKind, t: TFunction): string {
  if (action === 'resolve' && kind !== 'complaint') return t('workflow.answer');
  return t(`workflow.actions.${action}`);
}
