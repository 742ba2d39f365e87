import { useTranslation } from 'react-i18next';
import type { CreditGrading } from '../../../../shared/api/credit';
import { INVESTIGATION_ITEMS, KEY_DATA_RULE } from '../../../../shared/credit/credit-pack';
import { noteText } from '../../../../shared/sources/choice-note';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormField } from '../../../components/FormField';
import { DateField } from '../../../components/DateField';
import { CreditCriteriaTable } from './CreditCriteriaTable';
import { CreditOutcomeLine } from './CreditOutcomeLine';
import type { CreditFormField, CreditFormState } from './credit-form-model';
import { useCreditGradingForm } from './use-credit-grading-form';

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
  const { t } = useTranslation();
  const form = useCreditGradingForm(customerId, onDone);
  const { state, set, toggle, toggleItem, shownErrors, other, busy, preview, submit } = form;

  return (
    <form className="form credit-form" onSubmit={(e) => void submit(e)} noValidate data-testid="credit-form">
      <h4>{t('credit.form.title')}</h4>
      <ErrorBanner messages={other} />
      <CreditQuantities form={form} />
      <InvestigationItems state={state} onToggle={toggleItem} />
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

/** The quantities the criteria compute from (dates up to today), and whether there were credit sales. */
function CreditQuantities({ form }: { form: ReturnType<typeof useCreditGradingForm> }) {
  const { t } = useTranslation();
  const { state, set, shownErrors, today } = form;
  return (
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
  );
}

/** The investigation's items, each ticked, with the key-data rule's note. */
function InvestigationItems({ state, onToggle }: { state: CreditFormState; onToggle: (item: number, on: boolean) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <fieldset data-testid="credit-investigation">
      <legend>{t('credit.form.investigation')}</legend>
      {INVESTIGATION_ITEMS.map(({ item, label }) => (
        <label key={item} className="credit-tick" htmlFor={`credit-item-${item}`}>
          <input id={`credit-item-${item}`} type="checkbox" data-testid={`credit-item-${item}`} checked={state.investigationItems.includes(item)} onChange={(e) => onToggle(item, e.target.checked)} />
          {item}. {i18n.language.startsWith('en') ? label.en : label.zh}
        </label>
      ))}
      <p className="field-hint">{noteText(KEY_DATA_RULE.choice, i18n.language)}</p>
    </fieldset>
  );
}
