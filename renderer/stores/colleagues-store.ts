import { create } from 'zustand';
import type { Colleague } from '../../shared/api/users';
import { api } from '../api/client';

interface ColleaguesState {
  /** undefined: not asked yet (or the last try failed). */
  colleagues: Colleague[] | undefined;
  loading: boolean;
  load: () => Promise<void>;
  reset: () => void;
}

/** The site's active people for the pickers (assignee, resolver, person complained about); each picker asks again when it appears. */
export const useColleaguesStore = create<ColleaguesState>()((set, get) => ({
  colleagues: undefined,
  loading: false,

  load: async () => {
    if (get().loading) return;
    set({ loading: true });
    try {
      set({ colleagues: await api.call('users.colleagues', {}), loading: false });
    } catch {
      // A picker without names still lets the form show its other fields; the next form to open asks again.
      set({ loading: false });
    }
  },

  reset: () => set({ colleagues: undefined, loading: false }),
}));
