import { useEffect } from 'react';
import type { Colleague } from '../../shared/api/users';
import { useColleaguesStore } from '../stores/colleagues-store';

const NONE: Colleague[] = [];

/**
 * The site's active people for a picker: the last list at once, asked again
 * each time a picker appears, so someone added meanwhile (on this PC, another
 * one, or by sync) is offered without signing in again. Empty until the first
 * answer.
 */
export function useColleagues(): Colleague[] {
  const colleagues = useColleaguesStore((s) => s.colleagues);
  const load = useColleaguesStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return colleagues ?? NONE;
}
