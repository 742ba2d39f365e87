import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer, NewCustomer } from '../../../shared/api/customers';
import type { CustomerKind } from '../../../shared/domain/customer-vocabulary';
import { isApiCallError } from '../../api/api-call-error';
import { errorText } from '../../lib/error-text';
import { hasErrors, issuesByField, type FieldErrors } from '../../lib/field-errors';

const FIELDS = ['kind', 'name', 'phone', 'phone2', 'contactPerson', 'address', 'idNumber', 'group', 'type', 'note'] as const;
export type CustomerField = (typeof FIELDS)[number];
type Values = Record<Exclude<CustomerField, 'kind'>, string> & { kind: CustomerKind | '' };

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

/** A customer file's form: its values, what is missing (kind, name), and sending it; the core checks the rest. */
export function useCustomerEdit(customer: Customer | null, submit: (fields: NewCustomer) => Promise<void>, onDone: () => void) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(() => valuesOf(customer));
  const [errors, setErrors] = useState<FieldErrors<CustomerField>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const set = (field: CustomerField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors<CustomerField> = {};
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

  return { values, set, errors, other, busy, onSubmit };
}

export type CustomerEditState = ReturnType<typeof useCustomerEdit>;
