import { useEffect } from 'react';
import { onWrite } from '../api/client';
import { useSyncStore } from '../stores/sync-store';

export const SYNC_POLL_MS = 10_000;

/** Keeps the queue length fresh while signed in: now, every 10 s, and right after each write. */
export function useSyncPolling(): void {
  useEffect(() => {
    const refresh = () => void useSyncStore.getState().refresh();
    refresh();
    const timer = window.setInterval(refresh, SYNC_POLL_MS);
    const unsubscribe = onWrite(refresh);
    return () => {
      window.clearInterval(timer);
      unsubscribe();
    };
  }, []);
}
