import { useEffect, useState } from 'react';
import type { ComplaintRemark } from '../../../shared/api/complaints';
import { api } from '../../api/client';

/**
 * Head office's remarks on one complaint, asked again whenever the record's
 * version changes (a decision taken, or a conflict resolved, changes it).
 */
export function useComplaintRemarks(id: string, version: number): { items: ComplaintRemark[]; error: unknown } {
  const [answer, setAnswer] = useState<{ items: ComplaintRemark[]; error: unknown }>({ items: [], error: null });
  useEffect(() => {
    let live = true;
    api
      .call('complaints.headOfficeRemarks', { id })
      .then(({ items }) => live && setAnswer({ items, error: null }))
      .catch((error: unknown) => live && setAnswer({ items: [], error }));
    return () => {
      live = false;
    };
  }, [id, version]);
  return answer;
}
