import { useTranslation } from 'react-i18next';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { formatInstant } from '../../../lib/zoned-time';
import { ActionForm } from './ActionForm';
import { DateTimeField, RadioField, TextAreaField } from './fields';
import { instantOf, timeProblem } from './time-check';
import { useActionForm, type ActionFormProps, type Problems } from './use-action-form';

type Values = { extensionType: string; reason: string; newDueAt: string; customerConsentAt: string };

function problems(v: Values, timeZone: string, now: Date): Problems<Values> {
  const found: Problems<Values> = {};
  if (!v.extensionType) found.extensionType = 'extensionTypeRequired';
  if (!v.reason.trim()) found.reason = 'extensionReasonRequired';
  const due = timeProblem(v.newDueAt, timeZone, 'future', now);
  if (due) found.newDueAt = due;
  if (v.extensionType === 'multi_department') {
    const consent = v.customerConsentAt ? timeProblem(v.customerConsentAt, timeZone, 'past', now) : 'consentRequired';
    if (consent) found.customerConsentAt = consent;
  }
  return found;
}

/**
 * 申请延期: special circumstances go to the vice-president in charge (篇6 第十八条);
 * several departments need the customer's agreement, with its time (第二十七条).
 */
export function RequestExtensionForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { complaint } = props;
  const form = useActionForm<Values>(props, { extensionType: '', reason: '', newDueAt: '', customerConsentAt: '' });
  const { values, set, errors } = form;
  const multi = values.extensionType === 'multi_department';
  const currentDue = complaint.workflow.solution?.dueAt ?? complaint.grade?.deadlines.find((d) => d.step === 'resolution' && !d.done)?.due;
  const send = () =>
    void form.submit(problems(values, timeZone, new Date()), () => ({
      type: 'requestExtension',
      extensionType: multi ? 'multi_department' : 'special_circumstance',
      reason: values.reason.trim(),
      newDueAt: instantOf(values.newDueAt, timeZone),
      ...(multi ? { customerConsentAt: instantOf(values.customerConsentAt, timeZone) } : {}),
    }));
  return (
    <ActionForm action="requestExtension" kind={complaint.kind} busy={form.busy} other={form.other} onSubmit={send} onCancel={props.onCancel}>
      <RadioField
        name="extensionType"
        label={t('workflow.extensionType')}
        required
        options={[
          { value: 'special_circumstance', label: t('workflow.extensionSpecial') },
          { value: 'multi_department', label: t('workflow.extensionMultiDepartment') },
        ]}
        value={values.extensionType}
        onChange={(v) => set('extensionType', v)}
        error={errors.extensionType}
      />
      <TextAreaField name="reason" label={t('workflow.extensionReason')} required maxLength={1000} value={values.reason} onChange={(v) => set('reason', v)} error={errors.reason} />
      <div className="field-row">
        <DateTimeField
          name="newDueAt"
          label={t('workflow.newDueAt')}
          required
          hint={currentDue ? t('workflow.currentDue', { due: formatInstant(currentDue, timeZone) }) : undefined}
          value={values.newDueAt}
          onChange={(v) => set('newDueAt', v)}
          error={errors.newDueAt}
        />
        {multi && (
          <DateTimeField
            name="customerConsentAt"
            label={t('workflow.customerConsentAt')}
            required
            value={values.customerConsentAt}
            onChange={(v) => set('customerConsentAt', v)}
            error={errors.customerConsentAt}
          />
        )}
      </div>
    </ActionForm>
  );
}
