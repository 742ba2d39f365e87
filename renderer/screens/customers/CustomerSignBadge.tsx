import { useTranslation } from 'react-i18next';
import type { ComplaintSign } from '../../../shared/api/customers';

/** The 投诉苗头 flag wherever a customer appears (seed001 S1 (二)); the reason is in the title and, when `withReason`, beside it. */
export function CustomerSignBadge({ sign, withReason }: { sign: ComplaintSign | null | undefined; withReason?: boolean }) {
  const { t } = useTranslation();
  if (!sign) return null;
  return (
    <span className="customer-sign" data-testid="customer-sign" title={sign.reason}>
      <span className="customer-sign-badge">⚠ {t('customers.signBadge')}</span>
      {withReason && <span className="customer-sign-reason">{sign.reason}</span>}
    </span>
  );
}
