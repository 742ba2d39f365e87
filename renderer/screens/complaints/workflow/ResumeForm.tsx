import { useTranslation } from 'react-i18next';
import { ActionForm } from './ActionForm';
import { TextAreaField } from './fields';
import { useActionForm, type ActionFormProps } from './use-action-form';

/** 恢复计时: the awaited test or sample is in; the deadlines move on by the time the clock stood still. */
export function ResumeForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const form = useActionForm(props, { note: '' });
  const { values, set, errors } = form;
  const send = () => void form.submit({}, () => ({ type: 'resume', ...(values.note.trim() ? { note: values.note.trim() } : {}) }));
  return (
    <ActionForm action="resume" kind={props.complaint.kind} busy={form.busy} other={form.other} record={form.record} onSubmit={send} onCancel={props.onCancel}>
      <TextAreaField name="note" label={t('workflow.resumeNote')} hint={t('workflow.optional')} rows={2} maxLength={1000} value={values.note} onChange={(v) => set('note', v)} error={errors.note} />
    </ActionForm>
  );
}
