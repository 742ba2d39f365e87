import { DEFAULT_TIME_ZONE } from '../lib/zoned-time';
import { useSessionStore } from '../stores/session-store';

/** The site's time zone, for showing and entering times. */
export function useTimeZone(): string {
  return useSessionStore((s) => s.status?.site?.timeZone ?? DEFAULT_TIME_ZONE);
}
