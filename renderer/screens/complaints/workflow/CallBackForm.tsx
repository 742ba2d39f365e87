import { useTranslation } from 'react-i18next';
import { CALL_BACK_METHODS, SATISFACTION_LEVELS, type SatisfactionLevel } from '../../../../shared/domain/workflow';
import type { FieldErrors } from '../../../lib/field-errors';
import { ActionForm } from './ActionForm';
import { RadioField, TextAreaField } from './fields';
import { useActionForm, type ActionFormProps, type Problems } from './use-action-form';
import { noProblems, useConfirmStep } from './use-confirm-step';

type Values = { method: string; resolutionAdequate: string; timeliness: string; attitude: string; result: string; otherOpinions: string };

/** The three satisfactions of 篇6 第三十七条(二), each its own question. */
const SATISFACTIONS = [
  { key: 'timeliness', label: 'workflow.timeliness' },
  { key: 'attitude', label: 'workflow.attitude' },
  { key: 'result', label: 'workflow.resultSatisfaction' },
] as const;

function problems(v: Values): Problems<Values> {
  const found: Problems<Values> = {};
  if (!v.method) found.method = 'methodRequired';
  if (!v.resolutionAdequate) found.resolutionAdequate = 'adequateRequired';
  for (const { key } of SATISFACTIONS) if (!v[key]) found[key] = 'satisfactionRequired';
  return found;
}

/** What the core will decide, once every answer is in: null until then. Mirrors the core's rule so the person knows before submitting. */
function outcome(v: Values): 'satisfied' | 'dissatisfied' | null {
  if (!v.resolutionAdequate || SATISFACTIONS.some(({ key }) => !v[key])) return null;
  return v.resolutionAdequate === 'yes' && SATISFACTIONS.every(({ key }) => v[key] !== 'dissatisfied') ? 'satisfied' : 'dissatisfied';
}

/** 回访 (篇6 第三十六、三十七条): by phone or on site; satisfied closes the case, anything else escalates it back to handling. */
export function CallBackForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const form = useActionForm<Values>(props, { method: '', resolutionAdequate: '', timeliness: '', attitude: '', result: '', otherOpinions: '' });
  const { values, set, errors } = form;
  const expected = outcome(values);
  const send = () =>
    void form.submit(problems(values), () => ({
      type: 'callBack',
      method: values.method === 'on_site' ? 'on_site' : 'phone',
      resolutionAdequate: values.resolutionAdequate === 'yes',
      timeliness: values.timeliness as SatisfactionLevel,
      attitude: values.attitude as SatisfactionLevel,
      result: values.result as SatisfactionLevel,
      ...(values.otherOpinions.trim() ? { otherOpinions: values.otherOpinions.trim() } : {}),
    }));
  // Either outcome is final: satisfied closes the case with no further call-back; dissatisfied escalates it (篇6 第三十七条).
  const confirm = useConfirmStep(noProblems(problems(values)), send);
  return (
    <ActionForm action="callBack" kind={props.complaint.kind} busy={form.busy} other={form.other} record={form.record} onSubmit={confirm.ask} onCancel={props.onCancel}>
      <CallBackAnswers values={values} set={set} errors={errors} />
      <TextAreaField name="otherOpinions" label={t('workflow.otherOpinions')} hint={t('workflow.optional')} value={values.otherOpinions} onChange={(v) => set('otherOpinions', v)} error={errors.otherOpinions} />
      {expected && (
        <p className={expected === 'satisfied' ? 'banner banner-success' : 'banner banner-hint'} data-testid="call-back-outcome" role="status">
          {expected === 'satisfied' ? t('workflow.callBackSatisfied') : t('workflow.callBackDissatisfied')}
        </p>
      )}
      {confirm.dialog(
        expected === 'satisfied'
          ? {
              title: t('confirm.callBack.satisfiedTitle'),
              consequences: [t('confirm.callBack.closes', { status: t('complaintStatuses.closed') }), t('confirm.callBack.noMoreCallBack')],
              confirmLabel: t('workflow.actions.callBack'),
            }
          : { title: t('confirm.callBack.dissatisfiedTitle'), consequences: [t('confirm.callBack.escalates')], confirmLabel: t('workflow.actions.callBack') },
      )}
    </ActionForm>
  );
}

type AnswersProps = {
  values: Values;
  set: (key: keyof Values, value: string) => void;
  errors: FieldErrors<keyof Values>;
};

/** How the call was made, whether the solution was adequate, and the three satisfactions. */
function CallBackAnswers({ values, set, errors }: AnswersProps) {
  const { t } = useTranslation();
  const satisfactionOptions = SATISFACTION_LEVELS.map((level) => ({ value: level, label: t(`satisfaction.${level}`) }));
  return (
    <>
      <RadioField
        name="method"
        label={t('workflow.callBackMethod')}
        required
        options={CALL_BACK_METHODS.map((m) => ({ value: m, label: t(`callBackMethods.${m}`) }))}
        value={values.method}
        onChange={(v) => set('method', v)}
        error={errors.method}
      />
      <RadioField
        name="resolutionAdequate"
        label={t('workflow.resolutionAdequate')}
        required
        options={[
          { value: 'yes', label: t('workflow.yes') },
          { value: 'no', label: t('workflow.no') },
        ]}
        value={values.resolutionAdequate}
        onChange={(v) => set('resolutionAdequate', v)}
        error={errors.resolutionAdequate}
      />
      {SATISFACTIONS.map(({ key, label }) => (
        <RadioField key={key} name={key} label={t(label)} required options={satisfactionOptions} value={values[key]} onChange={(v) => set(key, v)} error={errors[key]} />
      ))}
    </>
  );
}
