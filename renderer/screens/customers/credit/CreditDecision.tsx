import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreditGrading } from '../../../../shared/api/credit';
import { api } from '../../../api/client';
import { isApiCallError } from '../../../api/api-call-error';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormField } from '../../../components/FormField';
import { errorText } from '../../../lib/error-text';
import { issuesByField } from '../../../lib/field-errors';

/** 审核 or 审批 of one grading (第十九条): agree, or not agree with a reason. Shown only to the role that takes the step. */
export function CreditDecision({ grading, step, onDecided }: { grading: CreditGrading; step: 'review' | 'approve'; onDecided: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const decide = async (decision: 'approved' | 'rejected') => {
    if (decision === 'rejected' && reason.trim() === '') {
      setError(t('credit.errors.rejectReason'));
      return;
    }
    setBusy(true);
    try {
      await api.call('credit.decide', { gradingId: grading.id, step, decision, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      setError(undefined);
      setOther([]);
      onDecided();
    } catch (failure) {
      const split = isApiCallError(failure) ? issuesByField(failure.issues, ['reason']) : { fields: {}, other: [] };
      setError(split.fields.reason);
      setOther([errorText(failure, t), ...split.other]);
    } finally {
      setBusy(false);
    }
  };
  const id = `credit-decision-${grading.id}`;
  return (
    <div className="credit-decision" data-testid={`credit-decision-${step}`}>
      <ErrorBanner messages={other} />
      <FormField id={id} label={t('credit.decisionReason')} hint={t('credit.decisionReasonHint')} error={error}>
        {(control) => <textarea {...control} rows={2} maxLength={1000} data-testid="credit-decision-reason" value={reason} onChange={(e) => setReason(e.target.value)} />}
      </FormField>
      <div className="toolbar">
        <button type="button" className="button primary" data-testid={`credit-${step}-approve`} disabled={busy} onClick={() => void decide('approved')}>
          {step === 'review' ? t('credit.review') : t('credit.approve')}
        </button>
        <button type="button" className="button" data-testid={`credit-${step}-reject`} disabled={busy} onClick={() => void decide('rejected')}>
          {t('credit.reject')}
        </button>
      </div>
    </div>
  );
}
