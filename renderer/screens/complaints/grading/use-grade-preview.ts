import { useEffect, useState } from 'react';
import type { ApiInput } from '../../../../shared/api/contract';
import type { Grade } from '../../../../shared/api/grading';
import { api } from '../../../api/client';

export const PREVIEW_DELAY_MS = 300;

/**
 * Asks the core to grade the unsaved facts, ~300 ms after they stop changing.
 * Answers to older facts that arrive late are dropped.
 */
export function useGradePreview(facts: ApiInput<'complaints.gradePreview'>) {
  const key = JSON.stringify(facts);
  const [state, setState] = useState<{ grade: Grade | null; loading: boolean; error: unknown }>({ grade: null, loading: true, error: null });

  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      api
        .call('complaints.gradePreview', JSON.parse(key) as ApiInput<'complaints.gradePreview'>)
        .then((grade) => current && setState({ grade, loading: false, error: null }))
        .catch((error: unknown) => current && setState((s) => ({ ...s, loading: false, error })));
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);

  return state;
}
