import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/api/complaints';
import type { RulePack } from '../../../../shared/rules/pack-schema';
import { isApiCallError } from '../../../api/api-call-error';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormField } from '../../../components/FormField';
import { errorText } from '../../../lib/error-text';
import { issuesByField } from '../../../lib/field-errors';
import { useComplaintsStore } from '../../../stores/complaints-store';
import { pick } from '../../settings/rule-pack-text';
import './grading-inputs.css';

const MIN_REASON = 4;
const COMPUTED = '';

/** 调整等级: a person sets the class against the rules, with a reason the core records. */
export function OverrideClass({ complaint, pack }: { complaint: Complaint; pack: RulePack }) {
  const { t, i18n } = useTranslation();
  const overrideClass = useComplaintsStore((s) => s.overrideClass);
  const [classCode, setClassCode] = useState(complaint.grade?.override?.classCode ?? complaint.grade?.classCode ?? COMPUTED);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (reason.trim().length < MIN_REASON) {
      setReasonError(t('grading.overrideReasonRequired'));
      return;
    }
    setBusy(true);
    setOther([]);
    try {
      await overrideClass(complaint.id, classCode === COMPUTED ? null : classCode, reason.trim());
      setReason('');
    } catch (error) {
      const split = isApiCallError(error) ? issuesByField(error.issues, ['reason'] as const) : { fields: {}, other: [] };
      setReasonError(split.fields.reason);
      setOther(split.fields.reason ? split.other : [errorText(error, t), ...split.other]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="grade-override-form" onSubmit={(e) => void save(e)} noValidate data-testid="override-form">
      <h4>{t('grading.override')}</h4>
      <ErrorBanner messages={other} />
      <FormField id="override-class" label={t('grading.overrideClass')}>
        {(control) => (
          <select {...control} data-testid="override-class" value={classCode} onChange={(e) => setClassCode(e.target.value)}>
            {pack.classes.map((c) => (
              <option key={c.code} value={c.code}>
                {pick(c.label, i18n.language)}
              </option>
            ))}
            {complaint.grade?.override && <option value={COMPUTED}>{t('grading.overrideComputed')}</option>}
          </select>
        )}
      </FormField>
      <FormField id="override-reason" label={t('grading.overrideReason')} hint={t('grading.overrideReasonHint')} error={reasonError} required>
        {(control) => (
          <textarea
            {...control}
            data-testid="override-reason"
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setReasonError(undefined);
            }}
          />
        )}
      </FormField>
      <button type="submit" className="button primary" data-testid="override-save" disabled={busy}>
        {busy ? t('grading.overrideSaving') : t('grading.overrideSave')}
      </button>
    </form>
  );
}
