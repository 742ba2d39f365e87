import { create } from 'zustand';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import type { Site } from '../../shared/api/site';
import type { User } from '../../shared/api/users';
import type { RulePack } from '../../shared/rules/pack-schema';
import { api } from '../api/client';

interface SettingsState {
  site: Site | null;
  siteError: unknown;
  users: User[];
  usersError: unknown;
  /** undefined: not loaded yet; null: the site's pack is not shipped. */
  rulePack: RulePack | null | undefined;
  rulePackError: unknown;
  calendar: ApiOutput<'rules.calendar'> | null;
  loadCalendar: () => Promise<void>;
  /** Throws the ApiCallError, so the form can show field errors. */
  setWorkingHours: (hours: ApiInput<'site.setWorkingHours'>) => Promise<void>;
  loadSite: () => Promise<void>;
  loadUsers: () => Promise<void>;
  loadRulePack: () => Promise<void>;
  /** Throws the ApiCallError, so the form can show field errors. */
  createUser: (input: ApiInput<'users.create'>) => Promise<User>;
  reset: () => void;
}

const initial = { site: null, siteError: null, users: [], usersError: null, rulePack: undefined, rulePackError: null, calendar: null };

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

  loadRulePack: async () => {
    try {
      set({ rulePack: await api.call('rules.sitePack', {}), rulePackError: null });
    } catch (error) {
      set({ rulePackError: error });
    }
  },

  loadCalendar: async () => {
    try {
      set({ calendar: await api.call('rules.calendar', {}) });
    } catch {
      set({ calendar: null }); // the coverage line is a hint; the page works without it
    }
  },

  setWorkingHours: async (hours) => {
    const site = await api.call('site.setWorkingHours', hours);
    set({ site });
    set({ calendar: await api.call('rules.calendar', {}) });
  },

  createUser: async (input) => {
    const user = await api.call('users.create', input);
    set((s) => ({ users: [...s.users, user] }));
    return user;
  },

  reset: () => set(initial),
}));
