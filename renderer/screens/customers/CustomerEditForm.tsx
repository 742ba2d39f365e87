import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer, NewCustomer } from '../../../shared/api/customers';
import { CUSTOMER_KINDS, type CustomerKind } from '../../../shared/domain/customer-vocabulary';
import { isApiCallError } from '../../api/api-call-error';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { groupLabel, typeLabel, useCustomerScheme } from '../../hooks/use-customer-scheme';
import { errorText } from '../../lib/error-text';
import { hasErrors, issuesByField, type FieldErrors } from '../../lib/field-errors';

const FIELDS = ['kind', 'name', 'phone', 'phone2', 'contactPerson', 'address', 'idNumber', 'group', 'type', 'note'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Exclude<Field, 'kind'>, string> & { kind: CustomerKind | '' };

const TEXT_FIELDS: readonly { field: Exclude<Field, 'kind' | 'group' | 'type'>; max: number }[] = [
  { field: 'name', max: 100 },
  { field: 'phone', max: 30 },
  { field: 'phone2', max: 30 },
  { field: 'contactPerson', max: 50 },
  { field: 'address', max: 200 },
  { field: 'idNumber', max: 25 },
  { field: 'note', max: 1000 },
];

/** The form's values for a file, or empty ones for a new customer. */
function valuesOf(customer: Customer | null): Values {
  return {
    kind: customer?.kind ?? '',
    name: customer?.name ?? '',
    phone: customer?.phone ?? '',
    phone2: customer?.phone2 ?? '',
    contactPerson: customer?.contactPerson ?? '',
    address: customer?.address ?? '',
    idNumber: customer?.idNumber ?? '',
    group: customer?.group ?? '',
    type: customer?.type ?? '',
    note: customer?.note ?? '',
  };
}

interface CustomerEditFormProps {
  /** The file to correct, or null for a new customer. */
  customer: Customer | null;
  /** Sends the fields (customers.update on the version shown, or customers.create); throws the ApiCallError. */
  submit: (fields: NewCustomer) => Promise<void>;
  onDone: () => void;
}

/** A customer's fields, checked here for what is missing and by the core for everything else (a stale version is refused). */
export function CustomerEditForm({ customer, submit, onDone }: CustomerEditFormProps) {
  const { t, i18n } = useTranslation();
  const scheme = useCustomerScheme();
  const [values, setValues] = useState<Values>(() => valuesOf(customer));
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const set = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors<Field> = {};
    if (!values.kind) missing.kind = t('customers.kindRequired');
    if (!values.name.trim()) missing.name = t('customers.nameRequired');
    if (hasErrors(missing) || !values.kind) {
      setErrors(missing);
      setOther([t('customers.fixErrors')]);
      return;
    }
    setBusy(true);
    try {
      await submit({ ...values, kind: values.kind });
      onDone();
    } catch (error) {
      setBusy(false);
      const split = isApiCallError(error) ? issuesByField(error.issues, FIELDS) : { fields: {}, other: [] };
      setErrors(split.fields);
      setOther([hasErrors(split.fields) ? t('customers.fixErrors') : errorText(error, t), ...split.other]);
    }
  };

  const types = scheme.types.filter((type) => !values.group || !type.group || type.group === values.group);
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate data-testid="customer-edit-form">
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
