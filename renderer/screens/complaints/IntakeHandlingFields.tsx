import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { useColleagues } from '../../hooks/use-colleagues';
import type { ComplaintFieldErrors, ComplaintFormValues } from './complaint-form-model';

interface IntakeHandlingFieldsProps {
  values: ComplaintFormValues;
  errors: ComplaintFieldErrors;
  set: <K extends 'subjectUserId' | 'proposedSolution'>(key: K, value: ComplaintFormValues[K]) => void;
}

/** 被投诉人 (who then may not handle the case) and the receiver's own proposal when the matter is within their authority (篇6 第十七条). */
export function IntakeHandlingFields({ values, errors, set }: IntakeHandlingFieldsProps) {
  const { t } = useTranslation();
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
