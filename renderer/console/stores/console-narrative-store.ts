import { create } from 'zustand';
import { CONSOLE_NARRATIVE_PATHS, consoleNarrativeListSchema, type ConsoleNarrativeList, type NarrativeListQuery } from '../../../shared/sync/console-narrative-api';
import { consoleCall, queryString } from '../api/console-client';

/**
 * The narrative report list last asked for: kept outside the panel so that
 * coming back from one report finds the same period, filters and rows.
 */
interface NarrativeListState {
  query: NarrativeListQuery | null;
  list: ConsoleNarrativeList | null;
  error: string | null;
  run(query: NarrativeListQuery): Promise<void>;
}

export const useConsoleNarrativeStore = create<NarrativeListState>((set) => ({
  query: null,
  list: null,
  error: null,
  run: async (query) => {
    set({ query });
    try {
      const list = await consoleCall('GET', `${CONSOLE_NARRATIVE_PATHS.list}${queryString({ kind: query.kind, key: query.key, siteId: query.siteId, kindId: query.kindId })}`, consoleNarrativeListSchema);
      set({ list, error: null });
    } catch (err) {
      set({ list: null, error: err instanceof Error ? err.message : String(err) });
    }
  },
}));
