import { useTranslation } from 'react-i18next';
import { REPLY_METHODS, type REPLY_METHODS as ReplyMethods } from '../../../../shared/domain/workflow';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { ActionForm } from './ActionForm';
import { DateTimeField, SelectField, TextAreaField } from './fields';
import { instantOf, timeProblem } from './time-check';
import { useActionForm, type ActionFormProps, type Problems } from './use-action-form';

type Values = { result: string; replyMethod: string; customerInformedAt: string };
type ReplyMethod = (typeof ReplyMethods)[number];

function problems(v: Values, answering: boolean, timeZone: string, now: Date): Problems<Values> {
  const found: Problems<Values> = {};
  if (!v.result.trim()) found.result = answering ? 'answerRequired' : 'resultRequired';
  if (!v.replyMethod) found.replyMethod = 'replyMethodRequired';
  const informed = v.customerInformedAt ? timeProblem(v.customerInformedAt, timeZone, 'past', now) : null;
  if (informed) found.customerInformedAt = informed;
  return found;
}

/**
 * 处理完毕并答复: the result, how the customer was told and when (篇6 第三十四条);
 * for a suggestion or inquiry, the answer itself. Left empty, the time is now.
 */
export function ResolveForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { complaint } = props;
  const answering = complaint.kind !== 'complaint';
  const form = useActionForm<Values>(props, { result: '', replyMethod: '', customerInformedAt: '' });
  const { values, set, errors } = form;
  const send = () =>
    void form.submit(problems(values, answering, timeZone, new Date()), () => ({
      type: 'resolve',
      result: values.result.trim(),
      replyMethod: values.replyMethod as ReplyMethod,
      ...(values.customerInformedAt ? { customerInformedAt: instantOf(values.customerInformedAt, timeZone) } : {}),
    }));
  return (
    <ActionForm action="resolve" kind={complaint.kind} busy={form.busy} other={form.other} record={form.record} onSubmit={send} onCancel={props.onCancel}>
      <TextAreaField
        name="result"
        label={answering ? t('workflow.answerText') : t('workflow.result')}
        required
        rows={4}
        value={values.result}
        onChange={(v) => set('result', v)}
        error={errors.result}
      />
      <div className="field-row">
        <SelectField
          name="replyMethod"
          label={t('workflow.replyMethod')}
          required
          placeholder={t('workflow.replyMethodPlaceholder')}
          options={REPLY_METHODS.map((m) => ({ value: m, label: t(`replyMethods.${m}`) }))}
          value={values.replyMethod}
          onChange={(v) => set('replyMethod', v)}
          error={errors.replyMethod}
        />
        <DateTimeField
          name="customerInformedAt"
          label={t('workflow.customerInformedAt')}
          hint={t('workflow.customerInformedAtHint')}
          value={values.customerInformedAt}
          onChange={(v) => set('customerInformedAt', v)}
          error={errors.customerInformedAt}
        />
      </div>
    </ActionForm>
  );
}
