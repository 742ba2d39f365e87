import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../../shared/api/contract';
import { isApiCallError } from '../../../api/api-call-error';
import type { Messages } from '../../../i18n/zh-CN';
import { localiseCoreMessage } from '../../../i18n/i18n';
import { errorText } from '../../../lib/error-text';
import { hasErrors, issuesByField, type FieldErrors } from '../../../lib/field-errors';
import { useComplaintsStore } from '../../../stores/complaints-store';
import { useCaseRecordsStore, type CaseRecordsWrite } from './case-records-store';

export type RecordErrorKey = keyof Messages['caseRecords']['errors'];
/** A form's own findings: the i18n key of the problem per field. */
export type RecordProblems<V> = Partial<Record<keyof V & string, RecordErrorKey>>;

/**
 * State and sending for one case-record form, as the workflow's action forms
 * do it: values are strings named as the contract names the fields, so the
 * core's field issues land under the right control; the form's own checks
 * come first, in Chinese (or English); a refusal shows the core's reason.
 */
export function useRecordForm<V extends Record<string, string>>(complaintId: string, initial: V, onDone: () => void) {
  const { t } = useTranslation();
  const write = useCaseRecordsStore((s) => s.write);
  const fetchRecords = useCaseRecordsStore((s) => s.fetch);
  const fetchComplaint = useComplaintsStore((s) => s.fetchOne);
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors<keyof V & string>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const set = (key: keyof V & string, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => (e[key] ? { ...e, [key]: undefined } : e));
  };

  const submit = async <M extends CaseRecordsWrite>(problems: RecordProblems<V>, method: M, build: () => ApiInput<M>) => {
    if (busy) return;
    const found: FieldErrors<keyof V & string> = {};
    for (const [field, key] of Object.entries(problems) as [keyof V & string, RecordErrorKey][]) found[field] = t(`caseRecords.errors.${key}`);
    setErrors(found);
    if (hasErrors(found)) {
      setOther([t('caseRecords.fixErrors')]);
      return;
    }
    setOther([]);
    setBusy(true);
    try {
      await write(method, build(), complaintId);
      setBusy(false);
      onDone();
    } catch (error) {
      setBusy(false);
      const split = isApiCallError(error) ? issuesByField(error.issues, Object.keys(initial) as (keyof V & string)[]) : { fields: {}, other: [] };
      setErrors(split.fields);
      // A refusal here always says why (recusal, one's own report, the chain's order), so the core's reason is shown as it is.
      const reason = isApiCallError(error) && (error.code === 'FORBIDDEN' || error.code === 'CONFLICT') ? localiseCoreMessage(error.message) : errorText(error, t);
      setOther([hasErrors(split.fields) ? t('caseRecords.fixErrors') : reason, ...split.other]);
      // Someone else changed it meanwhile: show it as it is now; what was typed stays in the form.
      if (isApiCallError(error) && error.code === 'CONFLICT') {
        void fetchRecords(complaintId);
        void fetchComplaint(complaintId);
      }
    }
  };

  return { values, set, errors, other, busy, submit };
}
