import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintKind } from '../../../../shared/domain/complaint-vocabulary';
import type { WorkflowAction } from '../../../../shared/domain/workflow';
import { InlineForm } from '../../../components/InlineForm';
import { DraftNotice } from '../DraftNotice';
import { useActionDraftNotice } from './action-draft-notice';
import { actionLabel } from './action-label';
import { RecordFieldInputs } from '../record-fields/RecordFieldInputs';
import type { StepRecordFields } from '../record-fields/use-step-record-fields';

interface ActionFormShellProps {
  action: WorkflowAction;
  kind: ComplaintKind;
  busy: boolean;
  other: readonly string[];
  onSubmit: () => void;
  onCancel: () => void;
  /** The record fields the pack asks at this step (useActionForm's `record`). */
  record?: StepRecordFields;
  children: ReactNode;
}

/** The frame of every action form: titled and submitted with the step's own verb (受理并分派, 答复 …). */
export function ActionForm({ action, kind, busy, other, onSubmit, onCancel, record, children }: ActionFormShellProps) {
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
      {record && <RecordFieldInputs fields={record.fields} values={record.values} errors={record.errors} onChange={record.set} idPrefix={`action-${action}`} />}
    </InlineForm>
  );
}
