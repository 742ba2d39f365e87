import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import type { WorkflowAction } from '../../../../shared/domain/workflow';
import { isApiCallError } from '../../../api/api-call-error';
import type { Messages } from '../../../i18n/zh-CN';
import { errorText } from '../../../lib/error-text';
import { hasErrors, issuesByField, type FieldErrors } from '../../../lib/field-errors';
import { useComplaintsStore, type ActionInput } from '../../../stores/complaints-store';
import { useActionDraft } from './use-action-draft';
import { useStepRecordFields } from '../record-fields/use-step-record-fields';

/** What every action form is given by the panel. */
export interface ActionFormProps {
  /** Which step this form sends (its draft is kept under it). */
  action: WorkflowAction;
  complaint: ComplaintDetail;
  onDone: (action: WorkflowAction) => void;
  onCancel: () => void;
}

export type WorkflowErrorKey = keyof Messages['workflow']['errors'];
/** A form's own findings: the i18n key of the problem per field. */
export type Problems<V> = Partial<Record<keyof V & string, WorkflowErrorKey>>;

/**
 * State and sending for one action form. Values are all strings (radios and
 * yes/no included), named as the contract names the action's fields, so the
 * core's issues (`action.dueAt`) land under the right control.
 */
export function useActionForm<V extends Record<string, string>>({ action: formAction, complaint, onDone }: ActionFormProps, initial: V) {
  const { t } = useTranslation();
  const act = useComplaintsStore((s) => s.act);
  const fetchOne = useComplaintsStore((s) => s.fetchOne);
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors<keyof V & string>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const draft = useActionDraft(complaint.id, formAction, values, initial, setValues);
  const record = useStepRecordFields(complaint, formAction);

  const set = (key: keyof V & string, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    // The message goes once the field is touched again; it comes back on the next submit if still wrong.
    setErrors((e) => (e[key] ? { ...e, [key]: undefined } : e));
  };

  /** Sends `build()` only when the form's own checks found nothing. */
  const submit = async (problems: Problems<V>, build: () => ActionInput) => {
    if (busy) return;
    const found: FieldErrors<keyof V & string> = {};
    for (const [field, key] of Object.entries(problems) as [keyof V & string, WorkflowErrorKey][]) found[field] = t(`workflow.errors.${key}`);
    setErrors(found);
    // Both checked, so every field left wrong is marked at once.
    const recordsOk = record.check();
    if (hasErrors(found) || !recordsOk) {
      setOther([t('workflow.fixErrors')]);
      return;
    }
    setOther([]);
    setBusy(true);
    const action = build();
    // The core drops the draft with the step it saves; no later save may bring it back.
    await draft.suspend();
    try {
      await act(complaint.id, complaint.version, action, record.input());
      onDone(action.type);
    } catch (error) {
      setBusy(false);
      draft.resume();
      const issues = isApiCallError(error) ? error.issues : [];
      const rest = record.fromIssues(issues);
      const split = issuesByField(rest, Object.keys(initial) as (keyof V & string)[], 'action.');
      setErrors(split.fields);
      setOther([hasErrors(split.fields) || rest.length < issues.length ? t('workflow.fixErrors') : errorText(error, t), ...split.other]);
      // Someone else moved the case meanwhile: show it as it is now; what was typed stays in the form.
      if (isApiCallError(error) && error.code === 'CONFLICT') void fetchOne(complaint.id);
    }
  };

  return { values, set, errors, other, busy, submit, record };
}

export type ActionFormState = ReturnType<typeof useActionForm>;
