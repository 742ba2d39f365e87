import type { DemoSite } from '../../shared/profiles';
import { create } from 'zustand';
import type { ApiInput } from '../../shared/api/contract';
import type { SessionStatus } from '../../shared/api/session';
import type { User } from '../../shared/api/users';
import { bindSession, api } from '../api/client';
import { flushDrafts } from '../lib/draft-flush';

/** Why the sign-in screen is showing again, if not by choice. */
export type SignOutNotice = 'idleSignedOut' | 'sessionExpired';

interface SessionState {
  /** What session.status last said; null until the first answer. */
  status: SessionStatus | null;
  /** Kept in memory only: a reload or restart asks for the PIN again. */
  token: string | null;
  user: User | null;
  loadError: unknown;
  notice: SignOutNotice | null;
  refresh: () => Promise<void>;
  /** Throws the ApiCallError, so the sign-in screen can explain it. */
  signIn: (login: string, secret: string) => Promise<void>;
  signOut: (notice?: SignOutNotice) => Promise<void>;
  loadDemo: (site?: DemoSite) => Promise<void>;
  initialise: (input: ApiInput<'setup.initialise'>) => Promise<void>;
  /** The core refused our token: forget it without another call. */
  expire: () => void;
  reset: () => void;
}

const initial = { status: null, token: null, user: null, loadError: null, notice: null } as const;

export const useSessionStore = create<SessionState>()((set, get) => ({
  ...initial,

  refresh: async () => {
    try {
      const status = await api.call('session.status', {});
      // A token the core no longer knows (idle timeout, restart) is dropped.
      const token = status.user ? get().token : null;
      set({ status, user: status.user, token, loadError: null });
    } catch (error) {
      set({ loadError: error });
    }
  },

  signIn: async (login, secret) => {
    const { session, user } = await api.call('session.signIn', { login, secret });
    set({ token: session, user, notice: null });
  },

  signOut: async (notice) => {
    // What was typed in the last moments is saved while the session may still save it.
    await flushDrafts();
    try {
      await api.call('session.signOut', {});
    } catch {
      // Signing out locally is what matters; the core also drops idle sessions.
    }
    set({ token: null, user: null, notice: notice ?? null });
    await get().refresh();
  },

  loadDemo: async (site) => {
    await api.call('setup.loadDemo', site ? { site } : {});
    await get().refresh();
  },

  initialise: async (input) => {
    const { session, user } = await api.call('setup.initialise', input);
    set({ token: session, user, notice: null });
    await get().refresh();
  },

  expire: () => {
    if (get().token) set({ token: null, user: null, notice: 'sessionExpired' });
  },

  reset: () => set(initial),
}));

bindSession({
  token: () => useSessionStore.getState().token,
  onUnauthenticated: () => useSessionStore.getState().expire(),
});
