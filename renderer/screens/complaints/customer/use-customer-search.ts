import { useEffect, useState } from 'react';
import type { CustomerSummary } from '../../../../shared/api/customers';
import { api } from '../../../api/client';

export const CUSTOMER_SEARCH_DELAY_MS = 250;
const NONE: CustomerSummary[] = [];

/**
 * Customer files matching what is typed, asked once typing pauses; nothing
 * while `enabled` is false (a file is already linked, or a new one is being
 * made). A failed search offers no matches: the person can still create one.
 */
export function useCustomerSearch(text: string, enabled: boolean): CustomerSummary[] {
  const query = enabled ? text.trim() : '';
  const [answer, setAnswer] = useState<{ query: string; items: CustomerSummary[] }>({ query: '', items: [] });

  useEffect(() => {
    if (!query) return;
    let live = true;
    const timer = setTimeout(() => {
      api
        .call('customers.search', { query })
        .then((items) => live && setAnswer({ query, items }))
        .catch(() => live && setAnswer({ query, items: [] }));
    }, CUSTOMER_SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  // Matches for an older text stay until the new ones come, so the list does not flicker while typing.
  return query ? answer.items : NONE;
}
