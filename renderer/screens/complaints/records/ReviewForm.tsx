import { useTranslation } from 'react-i18next';
import type { InvestigationReport } from '../../../../shared/api/case-records';
import { REVIEW_CHAIN, type ReviewStep } from '../../../../shared/domain/case-records';
import { RadioField, TextAreaField } from '../workflow/fields';
import { RecordForm } from './RecordForm';
import { useRecordForm, type RecordProblems } from './use-record-form';

type Values = { decision: string; opinion: string };

function problems(v: Values, step: ReviewStep): RecordProblems<Values> {
  const found: RecordProblems<Values> = {};
  if (!v.decision) found.decision = 'decisionRequired';
  if (!v.opinion.trim()) {
    if (v.decision === 'return') found.opinion = 'returnReasonRequired';
    else if (REVIEW_CHAIN[step].opinionRequired) found.opinion = 'opinionRequired';
  }
  return found;
}

/** One step of the chain (主管审核 / 行政人事部意见 / 总经理批阅): approve passes it on, return sends it back with the reason. */
export function ReviewForm({ complaintId, report, step, onDone, onCancel }: { complaintId: string; report: InvestigationReport; step: ReviewStep; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useRecordForm<Values>(complaintId, { decision: '', opinion: '' }, onDone);
  const { values, set, errors } = form;
  const stepLabel = t(`caseRecords.report.steps.${step}`);
  const final = REVIEW_CHAIN[step].approvedTo === 'approved';
  const send = () =>
    void form.submit(problems(values, step), 'caseRecords.reviewReport', () => ({
      complaintId,
      version: report.version,
      step,
      decision: values.decision as 'approve' | 'return',
      opinion: values.opinion.trim(),
    }));
  const hint = REVIEW_CHAIN[step].opinionRequired ? t('caseRecords.report.opinionHintRequired') : t('caseRecords.report.opinionHintReturn');
  return (
    <RecordForm name="review" title={t('caseRecords.report.review', { step: stepLabel })} busy={form.busy} other={form.other} submitLabel={stepLabel} onSubmit={send} onCancel={onCancel}>
      <RadioField
        name="decision"
        label={t('caseRecords.report.decision')}
        required
        value={values.decision}
        onChange={(v) => set('decision', v)}
        error={errors.decision}
        options={[
          { value: 'approve', label: final ? t('caseRecords.report.approveFinal') : t('caseRecords.report.approve') },
          { value: 'return', label: t('caseRecords.report.return') },
        ]}
      />
      <TextAreaField name="opinion" label={t('caseRecords.report.opinion')} hint={hint} value={values.opinion} onChange={(v) => set('opinion', v)} error={errors.opinion} />
    </RecordForm>
  );
}
