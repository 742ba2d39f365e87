import { useState } from 'react';
import type { TFunction } from 'i18next';
import type { RecordField } from '../../../shared/rules/record-fields-schema';
import { isApiCallError } from '../../api/api-call-error';
import type { DraftControl } from '../../hooks/use-draft';
import { errorText } from '../../lib/error-text';
import { hasErrors, issuesByField } from '../../lib/field-errors';
import { useComplaintsStore } from '../../stores/complaints-store';
import { useNavigationStore } from '../../stores/navigation-store';
import { COMPLAINT_FIELDS, missingFields, toNewComplaint, type ComplaintFieldErrors, type ComplaintFormValues } from './complaint-form-model';
import { customerIntakeProblems } from './customer-intake-model';
import type { useRecordFieldErrors } from './record-fields/use-record-field-errors';

interface SaveComplaintArgs {
  values: ComplaintFormValues;
  timeZone: string;
  intakeFields: RecordField[];
  recordErrors: ReturnType<typeof useRecordFieldErrors>;
  draft: DraftControl;
  setErrors: (errors: ComplaintFieldErrors) => void;
  setOther: (messages: string[]) => void;
  /** A save was refused: the first field marked wrong takes the focus. */
  refuse: () => void;
  t: TFunction;
}

/** The errors a save is refused for before it is sent: fields missing, the new customer's problems. */
function errorsBeforeSave(values: ComplaintFormValues, t: TFunction): ComplaintFieldErrors {
  const missing = missingFields(values);
  const found: ComplaintFieldErrors = {};
  for (const [field, key] of Object.entries(missing)) found[field as keyof typeof missing] = t(`complaintForm.${key}`);
  for (const [field, key] of Object.entries(customerIntakeProblems(values))) found[field as keyof ComplaintFieldErrors] = t(`customerIntake.${key}`);
  return found;
}

/** Saving the intake form: checked here first, then created in the core; the complaint's page opens once saved. */
export function useSaveComplaint({ values, timeZone, intakeFields, recordErrors, draft, setErrors, setOther, refuse, t }: SaveComplaintArgs) {
  const create = useComplaintsStore((s) => s.create);
  const go = useNavigationStore((s) => s.go);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (busy) return;
    const found = errorsBeforeSave(values, t);
    setErrors(found);
    const refused = !recordErrors.check(values.recordFields) || hasErrors(found);
    setOther(refused ? [t('complaintForm.fixErrors')] : []);
    if (refused) {
      refuse();
      return;
    }
    setBusy(true);
    // The core deletes the draft in the same transaction as it saves the record; no later save may bring it back.
    await draft.suspend();
    try {
      const complaint = await create(toNewComplaint(values, timeZone, intakeFields));
      go({ page: 'complaint-detail', id: complaint.id });
    } catch (error) {
      draft.resume();
      setBusy(false);
      const issues = isApiCallError(error) ? error.issues : [];
      const rest = recordErrors.fromIssues(issues);
      const split = isApiCallError(error) ? issuesByField(rest, COMPLAINT_FIELDS) : { fields: {}, other: [] };
      setErrors(split.fields);
      setOther([hasErrors(split.fields) || rest.length < issues.length ? t('complaintForm.fixErrors') : errorText(error, t), ...split.other]);
      refuse();
    }
  };
  return { save, busy };
}
