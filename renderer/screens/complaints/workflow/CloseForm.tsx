import { useTranslation } from 'react-i18next';
import { ActionForm } from './ActionForm';
import { actionLabel } from './action-label';
import { TextAreaField } from './fields';
import { useActionForm, type ActionFormProps } from './use-action-form';
import { useConfirmStep } from './use-confirm-step';

/** 结案 of a suggestion or inquiry after its answer (a complaint closes through a satisfied call-back). */
export function CloseForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const form = useActionForm(props, { note: '' });
  const { values, set, errors } = form;
  const send = () => void form.submit({}, () => ({ type: 'close', ...(values.note.trim() ? { note: values.note.trim() } : {}) }));
  // The note is optional, so the question comes straight away: what the record becomes, and that it ends there.
  const confirm = useConfirmStep(true, send);
  return (
    <ActionForm action="close" kind={props.complaint.kind} busy={form.busy} other={form.other} record={form.record} onSubmit={confirm.ask} onCancel={props.onCancel}>
      <TextAreaField name="note" label={t('workflow.closeNote')} hint={t('workflow.optional')} rows={2} maxLength={1000} value={values.note} onChange={(v) => set('note', v)} error={errors.note} />
      {confirm.dialog({
        title: t('confirm.close.title'),
        consequences: [t('confirm.close.closes', { kind: t(`kinds.${props.complaint.kind}`), status: t('complaintStatuses.closed') }), t('confirm.close.final')],
        confirmLabel: actionLabel('close', props.complaint.kind, t),
      })}
    </ActionForm>
  );
}
