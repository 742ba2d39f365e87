import { create } from 'zustand';
import type { ProfileEntry } from '../../shared/api/profiles';
import { api } from '../api/client';

interface ProfileState {
  /** The site's organisation profile; null while none is chosen. */
  profile: ProfileEntry | null;
  loaded: boolean;
  error: unknown;
  load: () => Promise<void>;
  /** After the station lead changed it (Settings), or head office's site record did (sync). */
  set: (profile: ProfileEntry | null) => void;
  reset: () => void;
}

const initial = { profile: null, loaded: false, error: null };

/** A thin cache of the site's organisation profile (issue 17): its media categories and what applies here. */
export const useProfileStore = create<ProfileState>()((set) => ({
  ...initial,
  load: async () => {
    try {
      const { profile } = await api.call('profiles.current', {});
      set({ profile, loaded: true, error: null });
    } catch (error) {
      set({ error, loaded: true });
    }
  },
  set: (profile) => set({ profile, loaded: true, error: null }),
  reset: () => set(initial),
}));
