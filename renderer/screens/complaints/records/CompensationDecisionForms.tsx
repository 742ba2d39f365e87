import { useTranslation } from 'react-i18next';
import type { Compensation } from '../../../../shared/api/case-records';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { toDateTimeLocal } from '../../../lib/zoned-time';
import { DateTimeField, RadioField, TextAreaField } from '../workflow/fields';
import { instantOf, timeProblem } from './record-values';
import { RecordForm } from './RecordForm';
import { useRecordForm, type RecordProblems } from './use-record-form';

interface Props {
  complaintId: string;
  compensation: Compensation;
  onDone: () => void;
  onCancel: () => void;
}

type DecideValues = { approve: string; note: string };

/** 公司同意 (篇1 9.2.1): approve or refuse, with a note. */
export function DecideCompensationForm({ complaintId, compensation, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useRecordForm<DecideValues>(complaintId, { approve: '', note: '' }, onDone);
  const { values, set, errors } = form;
  const problems = (): RecordProblems<DecideValues> => (values.approve ? {} : { approve: 'approveRequired' });
  const send = () =>
    void form.submit(problems(), 'caseRecords.decideCompensation', () => ({
      compensationId: compensation.id,
      version: compensation.version,
      approve: values.approve === 'yes',
      note: values.note.trim(),
    }));
  return (
    <RecordForm name="decide-compensation" title={t('caseRecords.compensation.decideTitle')} busy={form.busy} other={form.other} submitLabel={t('caseRecords.compensation.decide')} onSubmit={send} onCancel={onCancel}>
      <RadioField
        name="approve"
        label={t('caseRecords.compensation.decision')}
        required
        value={values.approve}
        onChange={(v) => set('approve', v)}
        error={errors.approve}
        options={[
          { value: 'yes', label: t('caseRecords.compensation.approve') },
          { value: 'no', label: t('caseRecords.compensation.refuse') },
        ]}
      />
      <TextAreaField name="note" label={t('caseRecords.compensation.decisionNote')} rows={2} maxLength={1000} value={values.note} onChange={(v) => set('note', v)} error={errors.note} />
    </RecordForm>
  );
}

type DeliverValues = { deliveredAt: string };

/** 送达: when it reached the customer (not in the future). */
export function DeliverCompensationForm({ complaintId, compensation, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const form = useRecordForm<DeliverValues>(complaintId, { deliveredAt: toDateTimeLocal(new Date(), timeZone) }, onDone);
  const { values, set, errors } = form;
  const send = () => {
    const problem = timeProblem(values.deliveredAt, timeZone, 'past', new Date());
    void form.submit(problem ? { deliveredAt: problem } : {}, 'caseRecords.deliverCompensation', () => ({
      compensationId: compensation.id,
      version: compensation.version,
      deliveredAt: instantOf(values.deliveredAt, timeZone),
    }));
  };
  return (
    <RecordForm name="deliver-compensation" title={t('caseRecords.compensation.deliverTitle')} busy={form.busy} other={form.other} submitLabel={t('caseRecords.compensation.deliver')} onSubmit={send} onCancel={onCancel}>
      <DateTimeField name="deliveredAt" label={t('caseRecords.compensation.deliveredAt')} required value={values.deliveredAt} onChange={(v) => set('deliveredAt', v)} error={errors.deliveredAt} />
    </RecordForm>
  );
}
