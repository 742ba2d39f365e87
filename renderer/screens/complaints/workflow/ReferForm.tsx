import { useTranslation } from 'react-i18next';
import { ActionForm } from './ActionForm';
import { TextAreaField } from './fields';
import { useActionForm, type ActionFormProps, type Problems } from './use-action-form';

type Values = { reason: string };

function problems(v: Values): Problems<Values> {
  return v.reason.trim() ? {} : { reason: 'referReasonRequired' };
}

/** 上报总行: beyond the outlet's authority, the outlet head reports it to head office (seed002 银行网点 第七条(三)). */
export function ReferForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const form = useActionForm<Values>(props, { reason: '' });
  const { values, set, errors } = form;
  const send = () => void form.submit(problems(values), () => ({ type: 'refer', reason: values.reason.trim() }));
  return (
    <ActionForm action="refer" kind={props.complaint.kind} busy={form.busy} other={form.other} record={form.record} onSubmit={send} onCancel={props.onCancel}>
      <TextAreaField name="reason" label={t('workflow.referReason')} required maxLength={1000} value={values.reason} onChange={(v) => set('reason', v)} error={errors.reason} />
    </ActionForm>
  );
}
