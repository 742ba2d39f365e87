import { create, type StoreApi } from 'zustand';
import type { HeadOfficeRemark, SyncConflict, SyncEnrolInput, SyncStatus } from '../../shared/api/sync';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import { api } from '../api/client';

interface RunOutcome {
  pushed: number;
  pulled: number;
}

interface SyncState {
  status: SyncStatus | null;
  error: unknown;
  /** A 立即同步 click is waiting for its run. */
  clicked: boolean;
  /** The failure of the last click when it is not a sync failure (the status holds those). */
  runError: unknown;
  lastRun: RunOutcome | null;
  conflicts: SyncConflict[];
  remarks: HeadOfficeRemark[];
  refresh: () => Promise<void>;
  runNow: () => Promise<void>;
  enrol: (input: SyncEnrolInput) => Promise<{ siteCode: string }>;
  /** From head office's enrolment file and the code told by telephone (no network). */
  enrolByFile: (input: ApiInput<'sync.enrolByFile'>) => Promise<ApiOutput<'sync.enrolByFile'>>;
  setInterval: (minutes: number) => Promise<void>;
  /** Conflicts and the latest head-office remarks. */
  loadConflicts: () => Promise<void>;
  resolveConflict: (id: string, keep: 'site' | 'headOffice') => Promise<void>;
  reset: () => void;
}

type Set = StoreApi<SyncState>['setState'];
type Get = StoreApi<SyncState>['getState'];

/** The status bar's numbers and a 立即同步 run. */
function runActions(set: Set, get: Get): Pick<SyncState, 'refresh' | 'runNow'> {
  return {
    refresh: async () => {
      try {
        set({ status: await api.call('sync.status', {}), error: null });
      } catch (error) {
        // Keep the last known numbers; the status bar is informative, not critical.
        set({ error });
      }
    },
    runNow: async () => {
      set({ clicked: true, runError: null, lastRun: null });
      void get().refresh();
      try {
        const result = await api.call('sync.runNow', {});
        set({ lastRun: { pushed: result.pushed, pulled: result.pulled } });
      } catch (error) {
        set({ runError: error });
      } finally {
        // sync.* are not "writes" to the client, so nothing else refreshes the numbers after a run.
        await get().refresh();
        set({ clicked: false });
        void get().loadConflicts();
      }
    },
  };
}

/** Enrolment (by network or by file) and the interval, each followed by fresh numbers. */
function setupActions(get: Get): Pick<SyncState, 'enrol' | 'enrolByFile' | 'setInterval'> {
  return {
    enrol: async (input) => {
      const result = await api.call('sync.enrol', input);
      await get().refresh();
      return { siteCode: result.siteCode };
    },
    enrolByFile: async (input) => {
      const result = await api.call('sync.enrolByFile', input);
      await get().refresh();
      return result;
    },
    setInterval: async (minutes) => {
      await api.call('sync.setInterval', { minutes });
      await get().refresh();
    },
  };
}

/** Head office's remarks and the conflicts waiting for a person. */
function conflictActions(set: Set, get: Get): Pick<SyncState, 'loadConflicts' | 'resolveConflict'> {
  return {
    loadConflicts: async () => {
      try {
        const [conflicts, remarks] = await Promise.all([api.call('sync.conflicts', {}), api.call('sync.remarks', {})]);
        set({ conflicts: conflicts.items, remarks: remarks.items });
      } catch (error) {
        set({ error });
      }
    },
    resolveConflict: async (id, keep) => {
      await api.call('sync.resolveConflict', { id, keep });
      await Promise.all([get().loadConflicts(), get().refresh()]);
    },
  };
}

export const useSyncStore = create<SyncState>()((set, get) => ({
  status: null,
  error: null,
  clicked: false,
  runError: null,
  lastRun: null,
  conflicts: [],
  remarks: [],
  ...runActions(set, get),
  ...setupActions(get),
  ...conflictActions(set, get),
  reset: () => set({ status: null, error: null, clicked: false, runError: null, lastRun: null, conflicts: [], remarks: [] }),
}));

/** A run is under way (clicked here, or the background one the status reports). */
export function syncActive(state: Pick<SyncState, 'status' | 'clicked'>): boolean {
  return state.clicked || Boolean(state.status?.progress);
}
