import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/api/complaints';
import { isApiCallError } from '../../../api/api-call-error';
import { errorText } from '../../../lib/error-text';
import { issuesByField } from '../../../lib/field-errors';
import { useComplaintsStore } from '../../../stores/complaints-store';

const MIN_REASON = 4;
/** The select's value for "back to the class the rules give". */
export const COMPUTED = '';

/** 调整等级's class and reason, the reason's check and the saving (the core's reason issue lands under the field). */
export function useOverrideClass(complaint: Complaint) {
  const { t } = useTranslation();
  const overrideClass = useComplaintsStore((s) => s.overrideClass);
  const [classCode, setClassCode] = useState(complaint.grade?.override?.classCode ?? complaint.grade?.classCode ?? COMPUTED);
  const [reason, setReasonText] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const setReason = (value: string) => {
    setReasonText(value);
    setReasonError(undefined);
  };

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
      setReasonText('');
    } catch (error) {
      const split = isApiCallError(error) ? issuesByField(error.issues, ['reason'] as const) : { fields: {}, other: [] };
      setReasonError(split.fields.reason);
      setOther(split.fields.reason ? split.other : [errorText(error, t), ...split.other]);
    } finally {
      setBusy(false);
    }
  };

  return { classCode, setClassCode, reason, setReason, reasonError, other, busy, save };
}
