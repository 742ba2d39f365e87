import { create, type StoreApi } from 'zustand';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import type { Site } from '../../shared/api/site';
import type { User } from '../../shared/api/users';
import type { PackVersion } from '../../shared/api/rules';
import type { RulePack } from '../../shared/rules/pack-schema';
import { api } from '../api/client';

interface SettingsState {
  site: Site | null;
  siteError: unknown;
  users: User[];
  usersError: unknown;
  /** The newest version of the site's pack (what grades new complaints); undefined: not loaded yet; null: the site holds no such pack. */
  rulePack: RulePack | null | undefined;
  rulePackError: unknown;
  /** The pack versions that matter to this site, with their source; null until loaded. */
  packVersions: PackVersion[] | null;
  /** Other versions than the site's newest, read when a complaint's grade names one, by `id@version`. */
  packsByVersion: Record<string, RulePack | null>;
  calendar: ApiOutput<'rules.calendar'> | null;
  loadCalendar: () => Promise<void>;
  /** Throws the ApiCallError, so the form can show field errors. */
  setWorkingHours: (hours: ApiInput<'site.setWorkingHours'>) => Promise<void>;
  loadSite: () => Promise<void>;
  loadUsers: () => Promise<void>;
  loadRulePack: () => Promise<void>;
  loadPackVersions: () => Promise<void>;
  /** Reads one version of a pack once (a published version never changes); null when the site does not hold it. */
  loadPackVersion: (id: string, version: string) => Promise<void>;
  /** Throws the ApiCallError, so the form can show field errors. */
  createUser: (input: ApiInput<'users.create'>) => Promise<User>;
  /** Throws the ApiCallError; the list shows the account as the core returned it. */
  setUserActive: (userId: string, active: boolean) => Promise<User>;
  /** Throws the ApiCallError, so the form can show field errors (a wrong own PIN under its field). */
  resetUserSecret: (input: ApiInput<'users.resetSecret'>) => Promise<User>;
  reset: () => void;
}

/** How a pack version is keyed in `packsByVersion`. */
export const packKey = (id: string, version: string): string => `${id}@${version}`;

const initial = { site: null, siteError: null, users: [], usersError: null, rulePack: undefined, rulePackError: null, packVersions: null, packsByVersion: {}, calendar: null };

/** Pack versions being read now (loadPackVersion). */
const packsLoading = new Set<string>();

type Set = StoreApi<SettingsState>['setState'];

/** The site, its working hours and the calendar they give. */
function siteActions(set: Set): Pick<SettingsState, 'loadSite' | 'loadCalendar' | 'setWorkingHours'> {
  return {
    loadSite: async () => {
      try {
        set({ site: await api.call('site.get', {}), siteError: null });
      } catch (error) {
        set({ siteError: error });
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
  };
}

/** The site's rule pack, its versions, and other versions a complaint names. */
function packActions(set: Set): Pick<SettingsState, 'loadRulePack' | 'loadPackVersions' | 'loadPackVersion'> {
  return {
    loadRulePack: async () => {
      try {
        set({ rulePack: await api.call('rules.sitePack', {}), rulePackError: null });
      } catch (error) {
        set({ rulePackError: error });
      }
    },

    loadPackVersions: async () => {
      try {
        set({ packVersions: await api.call('rules.packVersions', {}), rulePackError: null });
      } catch (error) {
        set({ rulePackError: error });
      }
    },

    loadPackVersion: async (id, version) => {
      // Several panels of one detail ask for the same version at once (the grade, the record fields, the print): one read.
      const key = packKey(id, version);
      if (packsLoading.has(key)) return;
      packsLoading.add(key);
      // Only wording depends on it (durations, class names): the grade itself came with the complaint, so a failed read shows the grade without them.
      const pack = await api.call('rules.pack', { id, version }).catch(() => null);
      packsLoading.delete(key);
      set((s) => ({ packsByVersion: { ...s.packsByVersion, [key]: pack } }));
    },
  };
}

/** The site's accounts: the list, adding one, (de)activating, resetting a secret. */
function userActions(set: Set): Pick<SettingsState, 'loadUsers' | 'createUser' | 'setUserActive' | 'resetUserSecret'> {
  return {
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

    setUserActive: async (userId, active) => {
      const user = await api.call('users.setActive', { userId, active });
      set((s) => ({ users: s.users.map((u) => (u.id === user.id ? user : u)) }));
      return user;
    },

    resetUserSecret: async (input) => {
      const user = await api.call('users.resetSecret', input);
      set((s) => ({ users: s.users.map((u) => (u.id === user.id ? user : u)) }));
      return user;
    },
  };
}

export const useSettingsStore = create<SettingsState>()((set) => ({
  ...initial,
  ...siteActions(set),
  ...packActions(set),
  ...userActions(set),
  reset: () => set(initial),
}));
