import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreditGrading } from '../../../../shared/api/credit';
import { gradeCustomer } from '../../../../shared/credit/credit-grading';
import { INVESTIGATION_ITEMS, KEY_DATA_RULE } from '../../../../shared/credit/credit-pack';
import { siteDayOf } from '../../../../shared/domain/opinion-book';
import { noteText } from '../../../../shared/sources/choice-note';
import { api } from '../../../api/client';
import { isApiCallError } from '../../../api/api-call-error';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormField } from '../../../components/FormField';
import { DateField } from '../../../components/DateField';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { errorText } from '../../../lib/error-text';
import { issuesByField } from '../../../lib/field-errors';
import { CreditCriteriaTable } from './CreditCriteriaTable';
import { CreditOutcomeLine } from './CreditOutcomeLine';
import { EMPTY_CREDIT_FORM, readCreditForm, type CreditFormField, type CreditFormState } from './credit-form-model';

type TextField = Exclude<CreditFormField, 'reason'>;
const TEXT_FIELDS: readonly { field: TextField; type: 'date' | 'number'; hint?: 'cooperationSinceHint' | 'lastBreachOnHint' | 'existingCreditLimitHint' | 'mortgageValueHint' }[] = [
  { field: 'cooperationSince', type: 'date', hint: 'cooperationSinceHint' },
  { field: 'lastBreachOn', type: 'date', hint: 'lastBreachOnHint' },
  { field: 'goodOperatingYears', type: 'number' },
  { field: 'monthsCounted', type: 'number' },
  { field: 'paymentsTotal', type: 'number' },
  { field: 'shipmentsTotal', type: 'number' },
  { field: 'existingCreditLimit', type: 'number', hint: 'existingCreditLimitHint' },
  { field: 'mortgageValue', type: 'number', hint: 'mortgageValueHint' },
];

/**
 * 客户信用等级评定 (seed002 客户管理制度3 第十五条–第十九条): the quantities and
 * ticks, each criterion's result computed as they are typed (the core computes
 * it again on submit, by the same pack), the grade, credit and review period
 * that follow, and the reason; submitted for review.
 */
export function CreditGradingForm({ customerId, onDone }: { customerId: string; onDone: (grading: CreditGrading | null) => void }) {
  const { t, i18n } = useTranslation();
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

  return (
    <form className="form credit-form" onSubmit={(e) => void submit(e)} noValidate data-testid="credit-form">
      <h4>{t('credit.form.title')}</h4>
      <ErrorBanner messages={other} />
      <fieldset>
        <legend>{t('credit.form.quantities')}</legend>
        <div className="credit-fields">
          {TEXT_FIELDS.map(({ field, type, hint }) => (
            <FormField key={field} id={`credit-${field}`} label={t(`credit.form.${field}`)} hint={hint ? t(`credit.form.${hint}`) : undefined} error={shownErrors[field]}>
              {(control) =>
                type === 'date' ? (
                  // 年/月/日 whatever the browser's language (issue 20 item 8).
                  <DateField {...control} data-testid={`credit-${field}`} max={today} value={state[field]} onChange={(value) => set(field, value)} />
                ) : (
                  <input {...control} type="number" min={0} step="any" data-testid={`credit-${field}`} value={state[field]} onChange={(e) => set(field, e.target.value)} />
                )
              }
            </FormField>
          ))}
        </div>
        <label className="credit-tick" htmlFor="credit-hadCreditSales">
          <input id="credit-hadCreditSales" type="checkbox" data-testid="credit-hadCreditSales" checked={state.hadCreditSales} onChange={(e) => set('hadCreditSales', e.target.checked)} />
          {t('credit.form.hadCreditSales')}
        </label>
      </fieldset>
      <fieldset data-testid="credit-investigation">
        <legend>{t('credit.form.investigation')}</legend>
        {INVESTIGATION_ITEMS.map(({ item, label }) => (
          <label key={item} className="credit-tick" htmlFor={`credit-item-${item}`}>
            <input id={`credit-item-${item}`} type="checkbox" data-testid={`credit-item-${item}`} checked={state.investigationItems.includes(item)} onChange={(e) => toggleItem(item, e.target.checked)} />
            {item}. {i18n.language.startsWith('en') ? label.en : label.zh}
          </label>
        ))}
        <p className="field-hint">{noteText(KEY_DATA_RULE.choice, i18n.language)}</p>
      </fieldset>
      <CreditCriteriaTable grade="A" results={preview?.criteria ?? []} onToggle={toggle} />
      <CreditCriteriaTable grade="C" results={preview?.criteria ?? []} onToggle={toggle} />
      {preview && <CreditOutcomeLine outcome={preview} />}
      <FormField id="credit-reason" label={t('credit.form.reason')} error={shownErrors.reason} required>
        {(control) => <textarea {...control} rows={2} maxLength={2000} data-testid="credit-reason" value={state.reason} onChange={(e) => set('reason', e.target.value)} />}
      </FormField>
      <div className="toolbar">
        <button type="submit" className="button primary" data-testid="credit-submit" disabled={busy}>
          {t('credit.form.submit')}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('credit.form.cancel')}
        </button>
      </div>
    </form>
  );
}
