import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintKind } from '../../../../shared/domain/complaint-vocabulary';
import type { WorkflowAction } from '../../../../shared/domain/workflow';
import { InlineForm } from '../../../components/InlineForm';
import { DraftNotice } from '../DraftNotice';
import { useActionDraftNotice } from './action-draft-notice';
import { actionLabel } from './action-label';

interface ActionFormShellProps {
  action: WorkflowAction;
  kind: ComplaintKind;
  busy: boolean;
  other: readonly string[];
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** The frame of every action form: titled and submitted with the step's own verb (受理并分派, 答复 …). */
export function ActionForm({ action, kind, busy, other, onSubmit, onCancel, children }: ActionFormShellProps) {
  const { t } = useTranslation();
  const label = actionLabel(action, kind, t);
  const draft = useActionDraftNotice((s) => (s.notice?.action === action ? s.notice : null));
  return (
    <InlineForm
      prefix="action"
      name={action}
      title={label}
      submitLabel={label}
      busyLabel={t('workflow.submitting')}
      cancelLabel={t('workflow.cancel')}
      busy={busy}
      other={other}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      {draft && <DraftNotice restoredAt={draft.restoredAt} savedAt={draft.savedAt} onDiscard={draft.discard} texts="workflow" />}
      {children}
    </InlineForm>
  );
}
