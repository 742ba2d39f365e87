import { useEffect } from 'react';
import type { Colleague } from '../../shared/api/users';
import { useColleaguesStore } from '../stores/colleagues-store';

const NONE: Colleague[] = [];

/** The site's active people, loaded on first use and kept for the session; empty until they arrive. */
export function useColleagues(): Colleague[] {
  const colleagues = useColleaguesStore((s) => s.colleagues);
  const load = useColleaguesStore((s) => s.load);
  useEffect(() => {
    if (colleagues === undefined) void load();
  }, [colleagues, load]);
  return colleagues ?? NONE;
}
