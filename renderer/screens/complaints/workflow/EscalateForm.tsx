import { useTranslation } from 'react-i18next';
import { ActionForm } from './ActionForm';
import { TextAreaField } from './fields';
import { ReasonSelect } from './ReasonSelect';
import { useActionForm, type ActionFormProps, type Problems } from './use-action-form';

type Values = { reasonCode: string; note: string };

function problems(v: Values): Problems<Values> {
  const found: Problems<Values> = {};
  if (!v.reasonCode) found.reasonCode = 'reasonRequired';
  if (!v.note.trim()) found.note = 'escalationNoteRequired';
  return found;
}

/** 升级: one of the pack's escalation triggers (篇6 第七章), with an explanation; the case keeps its state. */
export function EscalateForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const { complaint } = props;
  const form = useActionForm<Values>(props, { reasonCode: '', note: '' });
  const { values, set, errors } = form;
  const send = () => void form.submit(problems(values), () => ({ type: 'escalate', reasonCode: values.reasonCode, note: values.note.trim() }));
  return (
    <ActionForm action="escalate" kind={complaint.kind} busy={form.busy} other={form.other} record={form.record} onSubmit={send} onCancel={props.onCancel}>
      <ReasonSelect name="reasonCode" label={t('workflow.escalationReason')} reasons={complaint.workflow.escalationReasons} value={values.reasonCode} onChange={(v) => set('reasonCode', v)} error={errors.reasonCode} />
      <TextAreaField name="note" label={t('workflow.escalationNote')} required maxLength={1000} value={values.note} onChange={(v) => set('note', v)} error={errors.note} />
    </ActionForm>
  );
}
