import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerFile } from '../../../shared/api/customers';
import type { FollowUpMethod } from '../../../shared/domain/customer-vocabulary';
import { isApiCallError } from '../../api/api-call-error';
import { errorText } from '../../lib/error-text';
import { issuesByField } from '../../lib/field-errors';
import { useCustomersStore } from '../../stores/customers-store';

/** Runs a store call with the busy flag, splitting a refusal into field errors and the rest. */
function useSignRun() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>, paths: readonly string[]) => {
    setBusy(true);
    try {
      await work();
      setErrors({});
      setOther([]);
    } catch (error) {
      const split = isApiCallError(error) ? issuesByField(error.issues, paths) : { fields: {}, other: [] };
      setErrors(split.fields);
      setOther([errorText(error, t), ...split.other]);
    } finally {
      setBusy(false);
    }
  };
  return { errors, setErrors, other, busy, run };
}

/** The 投诉苗头 panel's forms: flag (reason and owner), follow-up (method and note), unflag. */
export function useCustomerSign(file: CustomerFile) {
  const { t } = useTranslation();
  const { flag, addFollowUp } = useCustomersStore();
  const [reason, setReason] = useState('');
  const [owner, setOwner] = useState('');
  const [method, setMethod] = useState<FollowUpMethod | ''>('');
  const [note, setNote] = useState('');
  const { errors, setErrors, other, busy, run } = useSignRun();

  const onFlag = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      'sign.reason': reason.trim().length < 4 ? t('customers.flagReasonRequired') : undefined,
      'sign.followUpOwnerId': owner ? undefined : t('customers.flagOwnerRequired'),
    };
    setErrors(found);
    if (found['sign.reason'] || found['sign.followUpOwnerId']) return;
    void run(() => flag({ id: file.id, version: file.version, sign: { reason: reason.trim(), followUpOwnerId: owner } }), ['sign.reason', 'sign.followUpOwnerId']);
  };

  const onFollowUp = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim().length < 2) {
      setErrors({ note: t('customers.followUpNoteRequired') });
      return;
    }
    void run(async () => {
      await addFollowUp({ id: file.id, note: note.trim(), ...(method ? { method } : {}) });
      setNote('');
      setMethod('');
    }, ['note', 'method']);
  };

  const unflag = () => void run(() => flag({ id: file.id, version: file.version, sign: null }), []);

  return { reason, setReason, owner, setOwner, method, setMethod, note, setNote, errors, other, busy, onFlag, onFollowUp, unflag };
}

export type CustomerSignForm = ReturnType<typeof useCustomerSign>;
