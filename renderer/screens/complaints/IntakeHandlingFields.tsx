import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import type { RulePack } from '../../../shared/rules/pack-schema';
import { useColleagues } from '../../hooks/use-colleagues';
import { pick } from '../settings/rule-pack-text';
import type { ComplaintFieldErrors, ComplaintFormValues } from './complaint-form-model';

interface IntakeHandlingFieldsProps {
  values: ComplaintFormValues;
  errors: ComplaintFieldErrors;
  set: <K extends 'subjectUserId' | 'proposedSolution' | 'causeCode'>(key: K, value: ComplaintFormValues[K]) => void;
  pack: RulePack | null | undefined;
}

/**
 * 被投诉人 (who then may not handle the case), the pack's cause of the complaint (篇6 第三十二条; 篇5 6.3), and
 * the receiver's own proposal when the matter is within their authority (篇6 第十七条).
 */
export function IntakeHandlingFields({ values, errors, set, pack }: IntakeHandlingFieldsProps) {
  const { t, i18n } = useTranslation();
  const causes = pack?.causes ?? [];
  const colleagues = useColleagues();
  return (
    <>
      <FormField id="complaint-subjectUserId" label={t('complaintForm.subjectUser')} hint={t('complaintForm.subjectUserHint')} error={errors.subjectUserId}>
        {(control) => (
          <select {...control} data-testid="field-subjectUserId" value={values.subjectUserId} onChange={(e) => set('subjectUserId', e.target.value)}>
            <option value="">{t('complaintForm.subjectUserNone')}</option>
            {colleagues.map((c) => (
              <option key={c.id} value={c.id}>
                {c.unit ? t('workflow.personWithUnit', { name: c.displayName, unit: c.unit }) : c.displayName}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {causes.length > 0 && (
        <FormField id="complaint-causeCode" label={t('repeat.cause')} hint={t('repeat.causeHint')} error={errors.causeCode}>
          {(control) => (
            <select {...control} data-testid="field-causeCode" value={values.causeCode} onChange={(e) => set('causeCode', e.target.value)}>
              <option value="">{t('repeat.causeNone')}</option>
              {causes.map((c) => (
                <option key={c.code} value={c.code}>
                  {pick(c.label, i18n.language)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField id="complaint-proposedSolution" label={t('complaintForm.proposedSolution')} hint={t('complaintForm.proposedSolutionHint')} error={errors.proposedSolution}>
        {(control) => (
          <textarea
            {...control}
            data-testid="field-proposedSolution"
            rows={3}
            maxLength={2000}
            value={values.proposedSolution}
            onChange={(e) => set('proposedSolution', e.target.value)}
          />
        )}
      </FormField>
    </>
  );
}
