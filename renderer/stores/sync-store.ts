import { create } from 'zustand';
import type { SyncStatus } from '../../shared/api/sync';
import { api } from '../api/client';

interface SyncState {
  status: SyncStatus | null;
  error: unknown;
  refresh: () => Promise<void>;
  reset: () => void;
}

export const useSyncStore = create<SyncState>()((set) => ({
  status: null,
  error: null,

  refresh: async () => {
    try {
      set({ status: await api.call('sync.status', {}), error: null });
    } catch (error) {
      // Keep the last known numbers; the status bar is informative, not critical.
      set({ error });
    }
  },

  reset: () => set({ status: null, error: null }),
}));
