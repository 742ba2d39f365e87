import { useEffect, useState } from 'react';
import type { ApiInput } from '../../../shared/api/contract';
import type { RepeatCandidate } from '../../../shared/api/complaints';
import { api } from '../../api/client';

export const SIMILAR_DELAY_MS = 400;
/** The core matches by phone from 5 digits on (shorter is not a number yet), else by exact name. */
const MIN_PHONE_DIGITS = 5;

export type RepeatLookup = ApiInput<'complaints.similar'>;

/** What the intake knows so far that the repeat match reads; null while no customer is identified. */
export function lookupOf(input: {
  customerId: string;
  customerPhone: string;
  customerName: string;
  problemCode: string;
  causeCode: string;
  subjectUserId: string;
  receivedAt: string | null;
}): RepeatLookup | null {
  const lookup: RepeatLookup = {};
  if (input.customerId) lookup.customerId = input.customerId;
  if (input.customerPhone.replace(/\D/g, '').length >= MIN_PHONE_DIGITS) lookup.customerPhone = input.customerPhone.trim();
  else if (input.customerName.trim()) lookup.customerName = input.customerName.trim();
  if (!lookup.customerId && !lookup.customerPhone && !lookup.customerName) return null;
  if (input.problemCode.trim()) lookup.problemCode = input.problemCode.trim();
  if (input.causeCode) lookup.causeCode = input.causeCode;
  if (input.subjectUserId) lookup.subjectUserId = input.subjectUserId;
  if (input.receivedAt) lookup.receivedAt = input.receivedAt;
  return lookup;
}

/**
 * The same customer's complaints within the pack's repeat window, each with the kinds of repeat it matches
 * (篇6 第三十条 same matter, 第三十二条 against its handler), asked ~400 ms after the input stops changing.
 * `settled` is false while the answer for the current input is still on its way, so a link the person
 * chose is not dropped meanwhile.
 */
export function useSimilarComplaints(lookup: RepeatLookup | null): { items: RepeatCandidate[]; settled: boolean } {
  const key = JSON.stringify(lookup);
  const [answer, setAnswer] = useState<{ key: string; items: RepeatCandidate[] }>({ key: 'null', items: [] });

  useEffect(() => {
    const current = JSON.parse(key) as RepeatLookup | null;
    if (!current) {
      setAnswer({ key, items: [] });
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api
        .call('complaints.similar', current)
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
