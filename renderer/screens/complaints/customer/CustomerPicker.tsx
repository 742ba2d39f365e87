import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/api/customers';
import { FormField } from '../../../components/FormField';
import { CustomerLine } from '../../customers/CustomerLine';
import { CustomerSignBadge } from '../../customers/CustomerSignBadge';
import { useCustomerPicker } from './use-customer-picker';
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
  const { matches, offerNew, expanded, active, linked, setOpen, choose, onKeyDown } = useCustomerPicker({ name, customerId, newCustomer, onPick, onNew });

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
      {expanded && <CustomerOptions matches={matches} active={active} newName={offerNew ? name.trim() : undefined} onChoose={choose} />}
      {customerId && linked?.id === customerId && <LinkedCustomer customer={linked} onUnlink={onUnlink} />}
    </div>
  );
}

interface CustomerOptionsProps {
  matches: CustomerSummary[];
  active: number;
  /** The typed name, when "新建客户" is offered after the matches. */
  newName: string | undefined;
  onChoose: (index: number) => void;
}

/** The combobox's list: the matching files, then "新建客户" with the typed name. */
function CustomerOptions({ matches, active, newName, onChoose }: CustomerOptionsProps) {
  const { t } = useTranslation();
  return (
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
            onChoose(index);
          }}
        >
          <CustomerLine customer={match} />
        </li>
      ))}
      {newName !== undefined && (
        <li
          id={optionId(matches.length)}
          role="option"
          aria-selected={active === matches.length}
          className={active === matches.length ? 'customer-option new active' : 'customer-option new'}
          data-testid="customer-option-new"
          onMouseDown={(e) => {
            e.preventDefault();
            onChoose(matches.length);
          }}
        >
          {t('customerIntake.newCustomer', { name: newName })}
        </li>
      )}
    </ul>
  );
}

/** The file the complaint is linked to, with its flag and "unlink". */
function LinkedCustomer({ customer, onUnlink }: { customer: CustomerSummary; onUnlink: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="customer-linked banner banner-hint" data-testid="customer-linked">
      <span className="muted">{t('customerIntake.linked')}</span>
      <CustomerLine customer={customer} noSign />
      <CustomerSignBadge sign={customer.sign} withReason />
      <button type="button" className="link-button" data-testid="customer-unlink" onClick={onUnlink}>
        {t('customerIntake.unlink')}
      </button>
    </div>
  );
}
