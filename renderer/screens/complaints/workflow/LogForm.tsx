import { useTranslation } from 'react-i18next';
import { LOG_ENTRY_TYPES, type LogEntryType } from '../../../../shared/domain/workflow';
import { pick } from '../../settings/rule-pack-text';
import { ActionForm } from './ActionForm';
import { RadioField, SelectField, TextAreaField } from './fields';
import { useActionForm, type ActionFormProps, type Problems } from './use-action-form';

type Values = { entryType: string; text: string; completesStep: string; customerAgreed: string };

function problems(v: Values): Problems<Values> {
  const found: Problems<Values> = {};
  if (!v.entryType) found.entryType = 'entryTypeRequired';
  if (!v.text.trim()) found.text = 'logTextRequired';
  if (v.entryType === 'delay_explained' && !v.customerAgreed) found.customerAgreed = 'customerAgreedRequired';
  return found;
}

/** 登记处理过程: contact, coordination, progress, emergency measures (篇6 第二十条); an entry may complete a step of the pack (到达现场…). */
export function LogForm(props: ActionFormProps) {
  const { t, i18n } = useTranslation();
  const { complaint } = props;
  const form = useActionForm<Values>(props, { entryType: 'progress', text: '', completesStep: '', customerAgreed: '' });
  const { values, set, errors } = form;
  const delay = values.entryType === 'delay_explained';
  const steps = complaint.workflow.openSteps;
  const send = () =>
    void form.submit(problems(values), () => ({
      type: 'log',
      entryType: values.entryType as LogEntryType,
      text: values.text.trim(),
      ...(values.completesStep ? { completesStep: values.completesStep } : {}),
      // 篇6 第三十一条: told of the delay, did the customer agree?
      ...(delay ? { customerAgreed: values.customerAgreed === 'yes' } : {}),
    }));
  return (
    <ActionForm action="log" kind={complaint.kind} busy={form.busy} other={form.other} record={form.record} onSubmit={send} onCancel={props.onCancel}>
      <SelectField
        name="entryType"
        label={t('workflow.entryType')}
        required
        options={LOG_ENTRY_TYPES.map((type) => ({ value: type, label: t(`logEntryTypes.${type}`) }))}
        value={values.entryType}
        onChange={(v) => set('entryType', v)}
        error={errors.entryType}
      />
      <TextAreaField name="text" label={t('workflow.logText')} required rows={4} value={values.text} onChange={(v) => set('text', v)} error={errors.text} />
      {delay && (
        <RadioField
          name="customerAgreed"
          label={t('workflow.customerAgreed')}
          hint={t('workflow.customerAgreedHint')}
          required
          options={[
            { value: 'yes', label: t('workflow.agreedYes') },
            { value: 'no', label: t('workflow.agreedNo') },
          ]}
          value={values.customerAgreed}
          onChange={(v) => set('customerAgreed', v)}
          error={errors.customerAgreed}
        />
      )}
      {steps.length > 0 && (
        <SelectField
          name="completesStep"
          label={t('workflow.completesStep')}
          placeholder={t('workflow.completesNone')}
          options={steps.map((s) => ({ value: s.step, label: pick(s.label, i18n.language) }))}
          value={values.completesStep}
          onChange={(v) => set('completesStep', v)}
          error={errors.completesStep}
        />
      )}
    </ActionForm>
  );
}
