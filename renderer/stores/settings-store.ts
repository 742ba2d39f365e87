import { create } from 'zustand';
import type { ApiInput } from '../../shared/api/contract';
import type { Site } from '../../shared/api/site';
import type { User } from '../../shared/api/users';
import { api } from '../api/client';

interface SettingsState {
  site: Site | null;
  siteError: unknown;
  users: User[];
  usersError: unknown;
  loadSite: () => Promise<void>;
  loadUsers: () => Promise<void>;
  /** Throws the ApiCallError, so the form can show field errors. */
  createUser: (input: ApiInput<'users.create'>) => Promise<User>;
  reset: () => void;
}

const initial = { site: null, siteError: null, users: [], usersError: null };

export const useSettingsStore = create<SettingsState>()((set) => ({
  ...initial,

  loadSite: async () => {
    try {
      set({ site: await api.call('site.get', {}), siteError: null });
    } catch (error) {
      set({ siteError: error });
    }
  },

  loadUsers: async () => {
    try {
      set({ users: await api.call('users.list', {}), usersError: null });
    } catch (error) {
      set({ usersError: error });
    }
  },

  createUser: async (input) => {
    const user = await api.call('users.create', input);
    set((s) => ({ users: [...s.users, user] }));
    return user;
  },

  reset: () => set(initial),
}));
