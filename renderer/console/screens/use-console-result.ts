import { useState } from 'react';

/** What a head-office query answered, or why it failed: a failure clears the last answer, an answer clears the last failure. */
export function useConsoleResult<T>() {
  const [result, setResult] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async (fetch: () => Promise<T>): Promise<void> => {
    try {
      setResult(await fetch());
      setError(null);
    } catch (err) {
      setResult(null);
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return { result, error, load };
}
