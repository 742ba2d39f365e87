import { useTranslation } from 'react-i18next';
import { PAUSE_REASONS, type PauseReason } from '../../../../shared/domain/workflow';
import { ActionForm } from './ActionForm';
import { RadioField, TextAreaField } from './fields';
import { useActionForm, type ActionFormProps, type Problems } from './use-action-form';

type Values = { reason: PauseReason | ''; note: string };

function problems(v: Values): Problems<Values> {
  const found: Problems<Values> = {};
  if (!v.reason) found.reason = 'pauseReasonRequired';
  if (!v.note.trim()) found.note = 'pauseNoteRequired';
  return found;
}

/** 暂停计时 while a test or sample is awaited (seed004 §J 4.3); what is awaited is written down, as the 8D 问题描述 asks. */
export function PauseForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const form = useActionForm<Values>(props, { reason: '', note: '' });
  const { values, set, errors } = form;
  const send = () =>
    void form.submit(problems(values), () => ({ type: 'pause', reason: values.reason as PauseReason, note: values.note.trim() }));
  return (
    <ActionForm action="pause" kind={props.complaint.kind} busy={form.busy} other={form.other} record={form.record} onSubmit={send} onCancel={props.onCancel}>
      <RadioField
        name="reason"
        label={t('workflow.pauseReason')}
        required
        value={values.reason}
        onChange={(v) => set('reason', v as PauseReason)}
        error={errors.reason}
        options={PAUSE_REASONS.map((r) => ({ value: r, label: t(`pauseReasons.${r}`) }))}
      />
      <TextAreaField name="note" label={t('workflow.pauseNote')} required rows={2} maxLength={1000} value={values.note} onChange={(v) => set('note', v)} error={errors.note} />
    </ActionForm>
  );
}
