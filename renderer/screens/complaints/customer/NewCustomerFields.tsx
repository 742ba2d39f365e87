import { useTranslation } from 'react-i18next';
import { CUSTOMER_KINDS } from '../../../../shared/domain/customer-vocabulary';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { FormField } from '../../../components/FormField';
import { groupLabel, typeLabel, useCustomerScheme } from '../../../hooks/use-customer-scheme';
import type { ComplaintFieldErrors, ComplaintFormValues } from '../complaint-form-model';

interface NewCustomerFieldsProps {
  values: ComplaintFormValues;
  errors: ComplaintFieldErrors;
  set: <K extends keyof ComplaintFormValues>(key: K, value: ComplaintFormValues[K]) => void;
  onCancel: () => void;
}

/**
 * "新建客户" at intake: 单位 or 个人 (seed003 篇1 4.2), the group and type the
 * site's scheme lists, a contact person for an organisation, an address, an individual's ID number. The
 * name and phone are the complaint's. Saved with the complaint, in one transaction.
 * The focus stays in the name field when "新建客户" is picked: Tab then goes
 * to the phone and on into these fields, in reading order.
 */
export function NewCustomerFields({ values, errors, set, onCancel }: NewCustomerFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="field new-customer banner banner-hint" data-testid="new-customer">
      <legend className="field-label">{t('customerIntake.newTitle')}</legend>
      <ChoiceGroup
        name="new-customer-kind"
        legend={t('customers.kind')}
        type="radio"
        required
        choices={CUSTOMER_KINDS.map((kind) => ({ value: kind, label: t(`customerKinds.${kind}`), testId: `field-newCustomerKind-${kind}` }))}
        selected={values.newCustomerKind ? [values.newCustomerKind] : []}
        onToggle={(kind) => set('newCustomerKind', kind)}
        error={errors['newCustomer.kind']}
      />
      <SchemeFields values={values} errors={errors} set={set} />
      <ContactFields values={values} errors={errors} set={set} />
      <button type="button" className="link-button" data-testid="new-customer-cancel" onClick={onCancel}>
        {t('customerIntake.newCancel')}
      </button>
    </fieldset>
  );
}

type PartProps = Omit<NewCustomerFieldsProps, 'onCancel'>;

/** The group and type from the site's scheme, when it has any. */
function SchemeFields({ values, errors, set }: PartProps) {
  const { t, i18n } = useTranslation();
  const scheme = useCustomerScheme();
  const lang = i18n.language;
  // Types nested in a group are offered under the group chosen; with no group, all of them.
  const types = scheme.types.filter((type) => !values.newCustomerGroup || !type.group || type.group === values.newCustomerGroup);
  return (
    <div className="field-row">
      {scheme.groups.length > 0 && (
        <FormField id="new-customer-group" label={t('customers.group')} error={errors['newCustomer.group']}>
          {(control) => (
            <select
              {...control}
              data-testid="field-newCustomerGroup"
              value={values.newCustomerGroup}
              onChange={(e) => {
                set('newCustomerGroup', e.target.value);
                const type = scheme.types.find((x) => x.code === values.newCustomerType);
                if (type?.group && type.group !== e.target.value) set('newCustomerType', '');
              }}
            >
              <option value="">{t('customers.unclassified')}</option>
              {scheme.groups.map((group) => (
                <option key={group.code} value={group.code}>
                  {groupLabel(scheme, group.code, lang)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      {scheme.types.length > 0 && (
        <FormField id="new-customer-type" label={t('customers.type')} error={errors['newCustomer.type']}>
          {(control) => (
            <select {...control} data-testid="field-newCustomerType" value={values.newCustomerType} onChange={(e) => set('newCustomerType', e.target.value)}>
              <option value="">{t('customers.unclassified')}</option>
              {types.map((type) => (
                <option key={type.code} value={type.code}>
                  {typeLabel(scheme, type.code, lang)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
    </div>
  );
}

/** An organisation's contact person, the address, an individual's ID number. */
function ContactFields({ values, errors, set }: PartProps) {
  const { t } = useTranslation();
  return (
    <div className="field-row">
      {values.newCustomerKind === 'organisation' && (
        <FormField id="new-customer-contact" label={t('customers.contactPerson')} error={errors['newCustomer.contactPerson']}>
          {(control) => (
            <input {...control} type="text" data-testid="field-newCustomerContact" maxLength={50} value={values.newCustomerContact} onChange={(e) => set('newCustomerContact', e.target.value)} />
          )}
        </FormField>
      )}
      <FormField id="new-customer-address" label={t('customers.address')} error={errors['newCustomer.address']}>
        {(control) => (
          <input {...control} type="text" data-testid="field-newCustomerAddress" maxLength={200} value={values.newCustomerAddress} onChange={(e) => set('newCustomerAddress', e.target.value)} />
        )}
      </FormField>
      {values.newCustomerKind === 'individual' && (
        <FormField id="new-customer-id-number" label={t('customers.idNumber')} error={errors['newCustomer.idNumber']}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="text"
              autoComplete="off"
              data-testid="field-newCustomerIdNumber"
              maxLength={25}
              value={values.newCustomerIdNumber}
              onChange={(e) => set('newCustomerIdNumber', e.target.value)}
            />
          )}
        </FormField>
      )}
    </div>
  );
}
