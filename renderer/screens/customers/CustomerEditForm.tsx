import { useTranslation } from 'react-i18next';
import type { Customer, NewCustomer } from '../../../shared/api/customers';
import { CUSTOMER_KINDS } from '../../../shared/domain/customer-vocabulary';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { groupLabel, typeLabel, useCustomerScheme } from '../../hooks/use-customer-scheme';
import { useCustomerEdit, type CustomerEditState, type CustomerField } from './use-customer-edit';

const TEXT_FIELDS: readonly { field: Exclude<CustomerField, 'kind' | 'group' | 'type'>; max: number }[] = [
  { field: 'name', max: 100 },
  { field: 'phone', max: 30 },
  { field: 'phone2', max: 30 },
  { field: 'contactPerson', max: 50 },
  { field: 'address', max: 200 },
  { field: 'idNumber', max: 25 },
  { field: 'note', max: 1000 },
];

interface CustomerEditFormProps {
  /** The file to correct, or null for a new customer. */
  customer: Customer | null;
  /** Sends the fields (customers.update on the version shown, or customers.create); throws the ApiCallError. */
  submit: (fields: NewCustomer) => Promise<void>;
  onDone: () => void;
}

/** A customer's fields, checked here for what is missing and by the core for everything else (a stale version is refused). */
export function CustomerEditForm({ customer, submit, onDone }: CustomerEditFormProps) {
  const { t } = useTranslation();
  const form = useCustomerEdit(customer, submit, onDone);
  const { values, set, errors, other, busy } = form;
  return (
    <form className="form" onSubmit={(e) => void form.onSubmit(e)} noValidate data-testid="customer-edit-form">
      <ErrorBanner messages={other} />
      <ChoiceGroup
        name="customer-kind"
        legend={t('customers.kind')}
        type="radio"
        required
        autoFocus
        choices={CUSTOMER_KINDS.map((kind) => ({ value: kind, label: t(`customerKinds.${kind}`), testId: `edit-kind-${kind}` }))}
        selected={values.kind ? [values.kind] : []}
        onToggle={(kind) => set('kind', kind)}
        error={errors.kind}
      />
      <div className="field-row">
        {TEXT_FIELDS.map(({ field, max }) => (
          <FormField key={field} id={`customer-${field}`} label={t(`customers.${field}`)} error={errors[field]} required={field === 'name'}>
            {(control) => <input {...control} type="text" data-testid={`edit-${field}`} maxLength={max} value={values[field]} onChange={(e) => set(field, e.target.value)} />}
          </FormField>
        ))}
        <ClassificationFields form={form} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" data-testid="customer-save" disabled={busy}>
          {busy ? t('customers.saving') : t('customers.save')}
        </button>
        <button type="button" className="button" onClick={onDone} disabled={busy}>
          {t('customers.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The site's customer groups and types (the types narrowed to the chosen group), when the site has any. */
function ClassificationFields({ form }: { form: CustomerEditState }) {
  const { t, i18n } = useTranslation();
  const scheme = useCustomerScheme();
  const { values, set, errors } = form;
  const types = scheme.types.filter((type) => !values.group || !type.group || type.group === values.group);
  return (
    <>
      {scheme.groups.length > 0 && (
        <FormField id="customer-group" label={t('customers.group')} error={errors.group}>
          {(control) => (
            <select {...control} data-testid="edit-group" value={values.group} onChange={(e) => set('group', e.target.value)}>
              <option value="">{t('customers.unclassified')}</option>
              {scheme.groups.map((g) => (
                <option key={g.code} value={g.code}>
                  {groupLabel(scheme, g.code, i18n.language)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      {scheme.types.length > 0 && (
        <FormField id="customer-type" label={t('customers.type')} error={errors.type}>
          {(control) => (
            <select {...control} data-testid="edit-type" value={values.type} onChange={(e) => set('type', e.target.value)}>
              <option value="">{t('customers.unclassified')}</option>
              {types.map((x) => (
                <option key={x.code} value={x.code}>
                  {typeLabel(scheme, x.code, i18n.language)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
    </>
  );
}
