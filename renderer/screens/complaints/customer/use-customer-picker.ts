import { useEffect, useState, type KeyboardEvent } from 'react';
import type { CustomerSummary } from '../../../../shared/api/customers';
import { api } from '../../../api/client';
import { useCustomerSearch } from './use-customer-search';

interface PickerOptions {
  name: string;
  customerId: string;
  newCustomer: boolean;
  onPick: (customer: CustomerSummary) => void;
  onNew: () => void;
}

/** A file linked in a restored draft: read it, to show what it is and its flag. */
function useLinkedCustomer(customerId: string) {
  const [linked, setLinked] = useState<CustomerSummary | null>(null);
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
  return [linked, setLinked] as const;
}

/** The customer combobox's state: the matches, which one is active, whether the list is open, and its keys. */
export function useCustomerPicker({ name, customerId, newCustomer, onPick, onNew }: PickerOptions) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [linked, setLinked] = useLinkedCustomer(customerId);
  const matches = useCustomerSearch(name, !customerId && !newCustomer);
  const offerNew = !customerId && !newCustomer && name.trim() !== '';
  const count = matches.length + (offerNew ? 1 : 0);
  const expanded = open && count > 0;

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

  return { matches, offerNew, expanded, active, linked, setOpen, choose, onKeyDown };
}
