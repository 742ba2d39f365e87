import { useTranslation } from 'react-i18next';
import { ActionForm } from './ActionForm';
import { TextAreaField } from './fields';
import { PersonSelect } from './PersonSelect';
import { useActionForm, type ActionFormProps, type Problems } from './use-action-form';

type Values = { assigneeId: string; note: string };

function problems(v: Values): Problems<Values> {
  return v.assigneeId ? {} : { assigneeId: 'assigneeRequired' };
}

/** 受理并分派: the validity check passed; the case goes to a handler (篇6 第十九条). */
export function AcceptForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const { complaint } = props;
  const form = useActionForm<Values>(props, { assigneeId: complaint.assigneeId ?? '', note: '' });
  const { values, set, errors } = form;
  const send = () =>
    void form.submit(problems(values), () => ({ type: 'accept', assigneeId: values.assigneeId, ...(values.note.trim() ? { note: values.note.trim() } : {}) }));
  return (
    <ActionForm action="accept" kind={complaint.kind} busy={form.busy} other={form.other} record={form.record} onSubmit={send} onCancel={props.onCancel}>
      <PersonSelect name="assigneeId" label={t('workflow.assignee')} value={values.assigneeId} onChange={(v) => set('assigneeId', v)} error={errors.assigneeId} excludeId={complaint.subjectUserId} />
      <TextAreaField name="note" label={t('workflow.note')} hint={t('workflow.optional')} rows={2} maxLength={1000} value={values.note} onChange={(v) => set('note', v)} error={errors.note} />
    </ActionForm>
  );
}
