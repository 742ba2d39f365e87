import { useTranslation } from 'react-i18next';
import { REPLY_METHODS, type REPLY_METHODS as ReplyMethods } from '../../../../shared/domain/workflow';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { useSessionStore } from '../../../stores/session-store';
import { ActionForm } from './ActionForm';
import { DateTimeField, SelectField, TextAreaField } from './fields';
import { PersonSelect } from './PersonSelect';
import { instantOf, timeProblem } from './time-check';
import { useActionForm, type ActionFormProps, type Problems } from './use-action-form';

type Values = { explanation: string; answeredById: string; answeredAt: string; replyMethod: string };
type ReplyMethod = (typeof ReplyMethods)[number];

function problems(v: Values, timeZone: string, now: Date): Problems<Values> {
  const found: Problems<Values> = {};
  if (!v.explanation.trim()) found.explanation = 'explanationRequired';
  if (!v.answeredById) found.answeredById = 'answeredByRequired';
  if (!v.replyMethod) found.replyMethod = 'replyMethodRequired';
  const at = v.answeredAt ? timeProblem(v.answeredAt, timeZone, 'past', now) : null;
  if (at) found.answeredAt = at;
  return found;
}

/**
 * 当场答复 (bank outlet 第八条(一)(二), 第十一条(一)1–2): what was explained, who answered and when.
 * The record is the case's reply and the case closes; left empty, the time is now.
 */
export function AnswerOnSpotForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const me = useSessionStore((s) => s.user);
  const { complaint } = props;
  const form = useActionForm<Values>(props, { explanation: '', answeredById: me?.id ?? '', answeredAt: '', replyMethod: 'in_person' });
  const { values, set, errors } = form;
  const send = () =>
    void form.submit(problems(values, timeZone, new Date()), () => ({
      type: 'answerOnSpot',
      explanation: values.explanation.trim(),
      answeredById: values.answeredById,
      answeredAt: values.answeredAt ? instantOf(values.answeredAt, timeZone) : new Date().toISOString(),
      replyMethod: values.replyMethod as ReplyMethod,
    }));
  return (
    <ActionForm action="answerOnSpot" kind={complaint.kind} busy={form.busy} other={form.other} record={form.record} onSubmit={send} onCancel={props.onCancel}>
      <p className="hint">{t('workflow.onSpotHint')}</p>
      <TextAreaField
        name="explanation"
        label={t('workflow.onSpotExplanation')}
        required
        rows={4}
        value={values.explanation}
        onChange={(v) => set('explanation', v)}
        error={errors.explanation}
      />
      <div className="field-row">
        <PersonSelect
          name="answeredById"
          label={t('workflow.onSpotAnsweredBy')}
          value={values.answeredById}
          onChange={(v) => set('answeredById', v)}
          error={errors.answeredById}
          excludeId={complaint.subjectUserId ?? null}
        />
        <SelectField
          name="replyMethod"
          label={t('workflow.replyMethod')}
          required
          options={REPLY_METHODS.map((m) => ({ value: m, label: t(`replyMethods.${m}`) }))}
          value={values.replyMethod}
          onChange={(v) => set('replyMethod', v)}
          error={errors.replyMethod}
        />
        <DateTimeField
          name="answeredAt"
          label={t('workflow.onSpotAnsweredAt')}
          hint={t('workflow.customerInformedAtHint')}
          value={values.answeredAt}
          onChange={(v) => set('answeredAt', v)}
          error={errors.answeredAt}
        />
      </div>
    </ActionForm>
  );
}
