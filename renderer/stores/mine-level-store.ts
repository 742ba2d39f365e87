import { create } from 'zustand';
import type { ApiInput } from '../../shared/api/contract';
import type { MineLevel } from '../../shared/api/mine-level';
import { api } from '../api/client';

interface MineLevelState {
  level: MineLevel | null;
  error: unknown;
  load: () => Promise<void>;
  /** Throws the ApiCallError, so the form can show field errors. */
  record: (input: ApiInput<'mineLevel.record'>) => Promise<void>;
  voidEvent: (input: ApiInput<'mineLevel.void'>) => Promise<void>;
  reset: () => void;
}

const initial = { level: null, error: null };

/** A thin cache of the coal mine's level record (seed004 §A; issue 17). */
export const useMineLevelStore = create<MineLevelState>()((set) => ({
  ...initial,
  load: async () => {
    try {
      set({ level: await api.call('mineLevel.get', {}), error: null });
    } catch (error) {
      set({ error });
    }
  },
  record: async (input) => set({ level: await api.call('mineLevel.record', input), error: null }),
  voidEvent: async (input) => set({ level: await api.call('mineLevel.void', input), error: null }),
  reset: () => set(initial),
}));
