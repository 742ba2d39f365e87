import { useEffect } from 'react';
import { onWrite } from '../api/client';
import { syncActive, useSyncStore } from '../stores/sync-store';

export const SYNC_POLL_MS = 10_000;
/** While a run is under way its progress bar moves at this pace. */
export const SYNC_ACTIVE_POLL_MS = 500;

/**
 * Keeps the queue length fresh while signed in: now, every 10 s, and right
 * after each write; every 500 ms while a run is under way (a click here or
 * the background scheduler's run), back to 10 s when it is idle.
 */
export function useSyncPolling(): void {
  const active = useSyncStore(syncActive);
  useEffect(() => {
    const refresh = () => void useSyncStore.getState().refresh();
    refresh();
    const timer = window.setInterval(refresh, active ? SYNC_ACTIVE_POLL_MS : SYNC_POLL_MS);
    const unsubscribe = onWrite(refresh);
    return () => {
      window.clearInterval(timer);
      unsubscribe();
    };
  }, [active]);
}
