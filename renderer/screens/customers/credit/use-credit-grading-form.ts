import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreditGrading } from '../../../../shared/api/credit';
import { gradeCustomer } from '../../../../shared/credit/credit-grading';
import { siteDayOf } from '../../../../shared/domain/opinion-book';
import { api } from '../../../api/client';
import { isApiCallError } from '../../../api/api-call-error';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { errorText } from '../../../lib/error-text';
import { issuesByField } from '../../../lib/field-errors';
import { EMPTY_CREDIT_FORM, readCreditForm, type CreditFormState } from './credit-form-model';

/**
 * 客户信用等级评定's state: the quantities and ticks, the grade previewed by the same pack the core
 * uses, the checks (reason required) and `credit.propose`; the core's reason issue lands under the field.
 */
export function useCreditGradingForm(customerId: string, onDone: (grading: CreditGrading | null) => void) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const [state, setState] = useState<CreditFormState>(EMPTY_CREDIT_FORM);
  const [shownErrors, setShownErrors] = useState<Record<string, string | undefined>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const read = useMemo(() => readCreditForm(state), [state]);
  const today = siteDayOf(new Date(), timeZone);
  const preview = read.quantities ? gradeCustomer(read.quantities, Object.fromEntries(state.holds.map((id) => [id, true])), today) : null;
  const set = <K extends keyof CreditFormState>(key: K, value: CreditFormState[K]) => setState((s) => ({ ...s, [key]: value }));
  const toggle = (id: string, holds: boolean) => set('holds', holds ? [...state.holds, id] : state.holds.filter((h) => h !== id));
  const toggleItem = (item: number, on: boolean) => set('investigationItems', on ? [...state.investigationItems, item] : state.investigationItems.filter((i) => i !== item));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string | undefined> = Object.fromEntries(Object.entries(read.errors).map(([field, key]) => [field, t(`credit.form.${key}`)]));
    if (state.reason.trim() === '') local.reason = t('credit.form.reasonRequired');
    setShownErrors(local);
    if (!read.quantities || Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      onDone(await api.call('credit.propose', { customerId, quantities: read.quantities, holds: state.holds, reason: state.reason.trim() }));
    } catch (error) {
      const split = isApiCallError(error) ? issuesByField(error.issues, ['reason']) : { fields: {}, other: [] };
      setShownErrors(split.fields);
      setOther([errorText(error, t), ...split.other]);
    } finally {
      setBusy(false);
    }
  };

  return { state, set, toggle, toggleItem, shownErrors, other, busy, today, preview, submit };
}
