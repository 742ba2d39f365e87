import { useCallback, useEffect, useState } from 'react';

/**
 * What `fetch` answers, loaded on mount and whenever `fetch` changes (pass a
 * useCallback'd function), with the failure to show and `load` to reload
 * after a write. The last answer stays shown while a reload fails.
 */
export function useLoaded<T>(fetch: () => Promise<T>): { value: T | null; failure: unknown; load: () => Promise<void> } {
  const [value, setValue] = useState<T | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      setValue(await fetch());
      setFailure(null);
    } catch (error) {
      setFailure(error);
    }
  }, [fetch]);
  useEffect(() => void load(), [load]);
  return { value, failure, load };
}
