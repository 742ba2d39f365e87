import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/api/complaints';
import type { RulePack } from '../../../../shared/rules/pack-schema';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormField } from '../../../components/FormField';
import { pick } from '../../settings/rule-pack-text';
import { COMPUTED, useOverrideClass } from './use-override-class';
import './grading-inputs.css';

/** 调整等级: a person sets the class against the rules, with a reason the core records. */
export function OverrideClass({ complaint, pack }: { complaint: Complaint; pack: RulePack }) {
  const { t, i18n } = useTranslation();
  const { classCode, setClassCode, reason, setReason, reasonError, other, busy, save } = useOverrideClass(complaint);

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
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="button primary" data-testid="override-save" disabled={busy}>
        {busy ? t('grading.overrideSaving') : t('grading.overrideSave')}
      </button>
    </form>
  );
}
