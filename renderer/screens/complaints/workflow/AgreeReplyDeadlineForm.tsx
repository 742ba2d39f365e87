import { useTranslation } from 'react-i18next';
import { REPLY_METHODS, type REPLY_METHODS as ReplyMethods } from '../../../../shared/domain/workflow';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { ActionForm } from './ActionForm';
import { DateTimeField, SelectField, TextAreaField } from './fields';
import { instantOf, timeProblem } from './time-check';
import { useActionForm, type ActionFormProps, type Problems } from './use-action-form';

type Values = { dueAt: string; agreedBy: string; note: string };
type ReplyMethod = (typeof ReplyMethods)[number];

function problems(v: Values, timeZone: string, now: Date): Problems<Values> {
  const found: Problems<Values> = {};
  const due = timeProblem(v.dueAt, timeZone, 'future', now);
  if (due) found.dueAt = due;
  if (!v.agreedBy) found.agreedBy = 'agreedByRequired';
  return found;
}

/** 约定回复时限 (bank outlet 第八条(三), 第十一条(一)3): the time agreed with the customer and how; it becomes the reply's due. */
export function AgreeReplyDeadlineForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { complaint } = props;
  const form = useActionForm<Values>(props, { dueAt: '', agreedBy: '', note: '' });
  const { values, set, errors } = form;
  const send = () =>
    void form.submit(problems(values, timeZone, new Date()), () => ({
      type: 'agreeReplyDeadline',
      dueAt: instantOf(values.dueAt, timeZone),
      agreedBy: values.agreedBy as ReplyMethod,
      note: values.note,
    }));
  return (
    <ActionForm action="agreeReplyDeadline" kind={complaint.kind} busy={form.busy} other={form.other} record={form.record} onSubmit={send} onCancel={props.onCancel}>
      <div className="field-row">
        <DateTimeField name="dueAt" label={t('workflow.agreedDueAt')} required value={values.dueAt} onChange={(v) => set('dueAt', v)} error={errors.dueAt} />
        <SelectField
          name="agreedBy"
          label={t('workflow.agreedBy')}
          required
          placeholder={t('workflow.replyMethodPlaceholder')}
          options={REPLY_METHODS.map((m) => ({ value: m, label: t(`replyMethods.${m}`) }))}
          value={values.agreedBy}
          onChange={(v) => set('agreedBy', v)}
          error={errors.agreedBy}
        />
      </div>
      <TextAreaField name="note" label={t('workflow.agreedNote')} rows={2} value={values.note} onChange={(v) => set('note', v)} />
    </ActionForm>
  );
}
