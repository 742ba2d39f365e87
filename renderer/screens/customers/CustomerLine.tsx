import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../shared/api/customers';
import { classificationText, useCustomerScheme } from '../../hooks/use-customer-scheme';
import { CustomerSignBadge } from './CustomerSignBadge';

/** One customer on one line: name, 单位/个人, group and type, phone, how many records, and the flag. */
export function CustomerLine({ customer, noSign }: { customer: CustomerSummary; noSign?: boolean }) {
  const { t, i18n } = useTranslation();
  const scheme = useCustomerScheme();
  const classification = classificationText(scheme, customer, i18n.language);
  return (
    <span className="customer-line">
      <strong>{customer.name}</strong>
      <small className="customer-meta">
        {[t(`customerKinds.${customer.kind}`), classification, customer.phone, customer.contactPerson, t('customers.complaintCount', { n: customer.complaintCount })]
          .filter(Boolean)
          .join(' · ')}
      </small>
      {!noSign && <CustomerSignBadge sign={customer.sign} />}
    </span>
  );
}
