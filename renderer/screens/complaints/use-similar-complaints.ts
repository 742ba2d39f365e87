import { useEffect, useState } from 'react';
import type { ComplaintListItem } from '../../../shared/api/complaints';
import { api } from '../../api/client';

export const SIMILAR_DELAY_MS = 400;
/** The core matches by phone from 5 characters on (shorter is not a number yet), else by exact name. */
const MIN_PHONE_LENGTH = 5;

type Lookup = { customerPhone: string } | { customerName: string } | null;

function lookupOf(phone: string, name: string): Lookup {
  const p = phone.trim();
  if (p.length >= MIN_PHONE_LENGTH) return { customerPhone: p };
  const n = name.trim();
  return n ? { customerName: n } : null;
}

/**
 * Open records of the customer being typed in (篇6 第三十条: the same customer
 * on the same matter again), asked ~400 ms after the phone or name stops
 * changing. `settled` is false while the answer for the current input is
 * still on its way, so a link the person chose is not dropped meanwhile.
 */
export function useSimilarComplaints(phone: string, name: string): { items: ComplaintListItem[]; settled: boolean } {
  const key = JSON.stringify(lookupOf(phone, name));
  const [answer, setAnswer] = useState<{ key: string; items: ComplaintListItem[] }>({ key: 'null', items: [] });

  useEffect(() => {
    const lookup = JSON.parse(key) as Lookup;
    if (!lookup) {
      setAnswer({ key, items: [] });
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api
        .call('complaints.similar', lookup)
        .then((items) => live && setAnswer({ key, items }))
        // Linking is a help, not a step: without an answer the form simply offers none.
        .catch(() => live && setAnswer({ key, items: [] }));
    }, SIMILAR_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);

  return answer.key === key ? { items: answer.items, settled: true } : { items: answer.items, settled: false };
}
