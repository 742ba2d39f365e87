import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../shared/api/customers';
import { useCitation } from '../../components/SourceCitation';
import { hasPermission } from '../../../shared/domain/roles';
import { useCustomersStore } from '../../stores/customers-store';
import { useNavigationStore } from '../../stores/navigation-store';
import { useSessionStore } from '../../stores/session-store';
import { useCustomerSearch } from '../complaints/customer/use-customer-search';
import { RiskClassOverview } from './RiskClassOverview';
import { CustomerEditForm } from './CustomerEditForm';
import { CustomerLine } from './CustomerLine';
import './customers.css';

/** Where 投诉苗头 and its follow-up come from. */
const FLAGGED_CUSTOMER_SOURCE = 'seed001 S1 (二)';

function CustomerList({ items, testId }: { items: readonly CustomerSummary[]; testId: string }) {
  const go = useNavigationStore((s) => s.go);
  return (
    <ul className="customer-list" data-testid={testId}>
      {items.map((customer) => (
        <li key={customer.id}>
          <button type="button" className="customer-list-item" data-testid={`open-customer-${customer.id}`} onClick={() => go({ page: 'customer-detail', id: customer.id })}>
            <CustomerLine customer={customer} />
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The site's lists kept beside the files: credit reviews due (for credit readers), risk follow-ups due, risk meetings. */
function RegisterLinks() {
  const { t } = useTranslation();
  const go = useNavigationStore((s) => s.go);
  const user = useSessionStore((s) => s.user);
  const mayReadCredit = !!user && hasPermission(user.roles, 'credit.read');
  return (
    <>
      {mayReadCredit && (
        <button type="button" className="button" data-testid="credit-review-due-link" onClick={() => go({ page: 'credit-review-due' })}>
          {t('credit.reviewDueLink')}
        </button>
      )}
      <button type="button" className="button" data-testid="risk-cadence-due-link" onClick={() => go({ page: 'risk-cadence-due' })}>
        {t('riskClasses.cadence.link')}
      </button>
      <button type="button" className="button" data-testid="risk-meetings-link" onClick={() => go({ page: 'risk-meetings' })}>
        {t('riskMeetings.link')}
      </button>
    </>
  );
}

/** 客户档案: find a customer by name or phone; below, the customers showing complaint signs, to follow up. */
export function CustomerFiles() {
  const { t } = useTranslation();
  const cite = useCitation();
  const go = useNavigationStore((s) => s.go);
  const flagged = useCustomersStore((s) => s.flagged);
  const loadFlagged = useCustomersStore((s) => s.loadFlagged);
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const create = useCustomersStore((s) => s.create);
  const matches = useCustomerSearch(query, true);

  useEffect(() => {
    void loadFlagged();
  }, [loadFlagged]);

  return (
    <section className="page" data-testid="customer-files">
      <div className="page-header">
        <h2 className="page-title">{t('customers.title')}</h2>
        <div className="page-header-actions">
          {!creating && (
            <button type="button" className="button" data-testid="customer-new" onClick={() => setCreating(true)}>
              {t('customers.new')}
            </button>
          )}
          <RegisterLinks />
          <button type="button" className="button" onClick={() => go({ page: 'complaints' })}>
            {t('customers.back')}
          </button>
        </div>
      </div>
      {creating && (
        <CustomerEditForm
          customer={null}
          // The new file opens once created, so its flag and history are one step away.
          submit={async (fields) => go({ page: 'customer-detail', id: (await create(fields)).id })}
          onDone={() => setCreating(false)}
        />
      )}
      <div className="field">
        <label htmlFor="customer-search" className="field-label">
          {t('customers.searchLabel')}
        </label>
        <input id="customer-search" type="search" autoFocus data-testid="customer-search" placeholder={t('customers.searchHint')} value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      {query.trim() && (matches.length > 0 ? <CustomerList items={matches} testId="customer-matches" /> : <p className="muted">{t('customers.searchEmpty', { query: query.trim() })}</p>)}
      <h3>{t('customers.flaggedTitle')}</h3>
      <p className="field-hint">{t('customers.flaggedHint', { source: cite(FLAGGED_CUSTOMER_SOURCE) })}</p>
      {flagged === undefined ? (
        <p className="muted">{t('customers.loading')}</p>
      ) : flagged.length === 0 ? (
        <p className="muted">{t('customers.flaggedEmpty')}</p>
      ) : (
        <CustomerList items={flagged} testId="flagged-customers" />
      )}
      <RiskClassOverview />
    </section>
  );
}
