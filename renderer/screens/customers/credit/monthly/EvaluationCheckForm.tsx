import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreditEvaluation } from '../../../../../shared/api/credit-monthly';
import { adjustmentRaises } from '../../../../../shared/credit/credit-monthly';
import { api } from '../../../../api/client';
import { isApiCallError } from '../../../../api/api-call-error';
import { ErrorBanner } from '../../../../components/ErrorBanner';
import { FormField } from '../../../../components/FormField';
import { errorText } from '../../../../lib/error-text';
import { issuesByField } from '../../../../lib/field-errors';

/**
 * 营销部经理核对 (seed002 客户管理制度3 第四十条、第四十一条): whether finance's
 * figures agree (the manager's judgement, stored with who and when), the
 * written opinion, and a proposed new limit, warned when it is higher (第四十二条).
 */
export function EvaluationCheckForm({ evaluation, onDone }: { evaluation: CreditEvaluation; onDone: (checked: CreditEvaluation | null) => void }) {
  const { t } = useTranslation();
  const [agree, setAgree] = useState(false);
  const [opinion, setOpinion] = useState('');
  const [proposed, setProposed] = useState('');
  const [shown, setShown] = useState<Record<string, string | undefined>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const proposedLimit = proposed.trim() === '' ? null : Number(proposed);
  const proposedValid = proposedLimit === null || (Number.isFinite(proposedLimit) && proposedLimit >= 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string | undefined> = {};
    if (opinion.trim() === '') local.opinion = t('creditMonthly.checkForm.opinionRequired');
    if (!proposedValid) local.proposedLimit = t('creditMonthly.figures.numberInvalid');
    setShown(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      onDone(await api.call('credit.checkEvaluation', { evaluationId: evaluation.id, figuresAgree: agree, opinion: opinion.trim(), proposedLimit }));
    } catch (error) {
      const split = isApiCallError(error) ? issuesByField(error.issues, ['opinion', 'proposedLimit']) : { fields: {}, other: [] };
      setShown(split.fields);
      setOther([errorText(error, t), ...split.other]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form credit-form" onSubmit={(e) => void submit(e)} noValidate data-testid="evaluation-check-form">
      <h4>{t('creditMonthly.checkForm.title')}</h4>
      <ErrorBanner messages={other} />
      <label className="credit-tick" htmlFor={`evaluation-agree-${evaluation.id}`}>
        <input id={`evaluation-agree-${evaluation.id}`} type="checkbox" data-testid="evaluation-agree" checked={agree} onChange={(e) => setAgree(e.target.checked)} />
        {t('creditMonthly.checkForm.figuresAgree')}
      </label>
      <FormField id="evaluation-opinion" label={t('creditMonthly.checkForm.opinion')} error={shown.opinion} required>
        {(control) => <textarea {...control} rows={2} maxLength={2000} data-testid="evaluation-opinion" value={opinion} onChange={(e) => setOpinion(e.target.value)} />}
      </FormField>
      <FormField id="evaluation-proposedLimit" label={t('creditMonthly.checkForm.proposedLimit')} hint={t('creditMonthly.checkForm.proposedLimitHint')} error={shown.proposedLimit}>
        {(control) => <input {...control} type="number" min={0} step="any" data-testid="evaluation-proposedLimit" value={proposed} onChange={(e) => setProposed(e.target.value)} />}
      </FormField>
      {proposedValid && adjustmentRaises(proposedLimit, evaluation.creditLimit) && (
        <p className="field-hint credit-due-overdue" data-testid="evaluation-raises">
          {t('creditMonthly.checkForm.raises')}
        </p>
      )}
      <div className="toolbar">
        <button type="submit" className="button primary" data-testid="evaluation-check-save" disabled={busy}>
          {t('creditMonthly.checkForm.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('creditMonthly.figures.cancel')}
        </button>
      </div>
    </form>
  );
}

/** 第四十一条: the general manager approves a proposed adjustment, or not with a reason. */
export function AdjustmentDecision({ evaluation, onDone }: { evaluation: CreditEvaluation; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const decide = async (decision: 'approved' | 'rejected') => {
    setBusy(true);
    try {
      await api.call('credit.decideAdjustment', { evaluationId: evaluation.id, decision, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      onDone();
    } catch (error) {
      setOther([errorText(error, t)]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="credit-decision" data-testid="evaluation-decision">
      <ErrorBanner messages={other} />
      <FormField id={`evaluation-decision-${evaluation.id}`} label={t('creditMonthly.decision.reason')}>
        {(control) => <textarea {...control} rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </FormField>
      <div className="toolbar">
        <button type="button" className="button primary" data-testid="evaluation-approve" disabled={busy} onClick={() => void decide('approved')}>
          {t('creditMonthly.decision.approve')}
        </button>
        <button type="button" className="button" data-testid="evaluation-reject" disabled={busy} onClick={() => void decide('rejected')}>
          {t('creditMonthly.decision.reject')}
        </button>
      </div>
    </div>
  );
}
