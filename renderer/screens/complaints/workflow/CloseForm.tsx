import { useTranslation } from 'react-i18next';
import { ActionForm } from './ActionForm';
import { TextAreaField } from './fields';
import { useActionForm, type ActionFormProps } from './use-action-form';

/** 结案 of a suggestion or inquiry after its answer (a complaint closes through a satisfied call-back). */
export function CloseForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const form = useActionForm(props, { note: '' });
  const { values, set, errors } = form;
  const send = () => void form.submit({}, () => ({ type: 'close', ...(values.note.trim() ? { note: values.note.trim() } : {}) }));
  return (
    <ActionForm action="close" kind={props.complaint.kind} busy={form.busy} other={form.other} onSubmit={send} onCancel={props.onCancel}>
      <TextAreaField name="note" label={t('workflow.closeNote')} hint={t('workflow.optional')} rows={2} maxLength={1000} value={values.note} onChange={(v) => set('note', v)} error={errors.note} />
    </ActionForm>
  );
}
