import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/api/customers';
import { api } from '../../../api/client';
import { FormField } from '../../../components/FormField';
import { CustomerLine } from '../../customers/CustomerLine';
import { CustomerSignBadge } from '../../customers/CustomerSignBadge';
import { useCustomerSearch } from './use-customer-search';
import '../../customers/customers.css';

const LIST_ID = 'customer-options';
const optionId = (index: number) => `customer-option-${index}`;

interface CustomerPickerProps {
  name: string;
  customerId: string;
  newCustomer: boolean;
  error?: string | undefined;
  onName: (name: string) => void;
  onPick: (customer: CustomerSummary) => void;
  onNew: () => void;
  onUnlink: () => void;
}

/**
 * The intake's customer field: typing searches the customer files (name or
 * phone); ↑ ↓ move through the matches and "新建客户", Enter picks, Esc closes.
 * A picked file shows its 单位/个人, group, type and 投诉苗头 flag.
 */
export function CustomerPicker({ name, customerId, newCustomer, error, onName, onPick, onNew, onUnlink }: CustomerPickerProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [linked, setLinked] = useState<CustomerSummary | null>(null);
  const matches = useCustomerSearch(name, !customerId && !newCustomer);
  const offerNew = !customerId && !newCustomer && name.trim() !== '';
  const count = matches.length + (offerNew ? 1 : 0);
  const expanded = open && count > 0;

  // A file linked in a restored draft: read it, to show what it is and its flag.
  useEffect(() => {
    if (!customerId || linked?.id === customerId) return;
    let live = true;
    api
      .call('customers.get', { id: customerId })
      .then((file) => live && setLinked(file))
      .catch(() => live && setLinked(null));
    return () => {
      live = false;
    };
  }, [customerId, linked?.id]);

  useEffect(() => setActive(-1), [matches]);

  const choose = (index: number) => {
    const match = matches[index];
    setOpen(false);
    setActive(-1);
    if (match) {
      setLinked(match);
      onPick(match);
    } else if (offerNew) {
      onNew();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + count) % count);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && expanded && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="customer-picker">
      <FormField id="complaint-customerName" label={t('complaintForm.customerName')} error={error} required>
        {(control) => (
          <input
            {...control}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={LIST_ID}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            autoComplete="off"
            placeholder={t('customerIntake.hint')}
            data-testid="field-customerName"
            maxLength={100}
            value={name}
            onChange={(e) => {
              onName(e.target.value);
              setOpen(true);
            }}
            onKeyDown={onKeyDown}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
          />
        )}
      </FormField>
      {expanded && (
        <ul id={LIST_ID} role="listbox" className="customer-options" aria-label={t('customerIntake.listLabel')} data-testid="customer-options">
          {matches.map((match, index) => (
            <li
              key={match.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'customer-option active' : 'customer-option'}
              data-testid={`customer-option-${match.id}`}
              // Chosen on mouse-down, before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(index);
              }}
            >
              <CustomerLine customer={match} />
            </li>
          ))}
          {offerNew && (
            <li
              id={optionId(matches.length)}
              role="option"
              aria-selected={active === matches.length}
              className={active === matches.length ? 'customer-option new active' : 'customer-option new'}
              data-testid="customer-option-new"
              onMouseDown={(e) => {
                e.preventDefault();
                choose(matches.length);
              }}
            >
              {t('customerIntake.newCustomer', { name: name.trim() })}
            </li>
          )}
        </ul>
      )}
      {customerId && linked?.id === customerId && (
        <div className="customer-linked banner banner-hint" data-testid="customer-linked">
          <span className="muted">{t('customerIntake.linked')}</span>
          <CustomerLine customer={linked} noSign />
          <CustomerSignBadge sign={linked.sign} withReason />
          <button type="button" className="link-button" data-testid="customer-unlink" onClick={onUnlink}>
            {t('customerIntake.unlink')}
          </button>
        </div>
      )}
    </div>
  );
}
