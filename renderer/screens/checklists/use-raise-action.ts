import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistRecord } from '../../../shared/api/checklists';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useTimeZone } from '../../hooks/use-time-zone';
import { fromDateTimeLocal } from '../../lib/zoned-time';

const FIELDS = ['problem', 'action', 'ownerId', 'dueAt'] as const;

export type RaiseActionInput = { problem: string; action: string; ownerId: string; dueAt: string };

/** 提出整改's fields (the problem filled from the failed item), every one required, sent by `send`; the form closes once saved. */
export function useRaiseAction(problem: string, send: (input: RaiseActionInput) => Promise<ChecklistRecord>, onClose: () => void) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { errors, other, busy, submit } = useFormSubmit(FIELDS);
  const [values, setValues] = useState({ problem, action: '', ownerId: '', dueAt: '' });
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = async () => {
    const dueAt = fromDateTimeLocal(values.dueAt, timeZone);
    const local = {
      ...(values.problem.trim() ? {} : { problem: t('errors.required') }),
      ...(values.action.trim() ? {} : { action: t('errors.required') }),
      ...(values.ownerId ? {} : { ownerId: t('errors.required') }),
      ...(dueAt ? {} : { dueAt: t('errors.required') }),
    };
    const ok = await submit(local, async () => {
      await send({ problem: values.problem, action: values.action, ownerId: values.ownerId, dueAt: dueAt! });
    });
    if (ok) onClose();
  };

  return { values, set, errors, other, busy, onSubmit };
}
