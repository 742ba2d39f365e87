import { create } from 'zustand';
import { CONSOLE_PATHS, sessionResponseSchema, type ConsoleUser } from '../../../shared/sync/console-api';
import { z } from 'zod';
import { consoleCall, ConsoleApiError } from '../api/console-client';

interface SessionState {
  /** undefined: not checked yet; null: signed out. */
  user: ConsoleUser | null | undefined;
  /** Why the sign-in screen is shown again (an expired session), in the current language. */
  notice: string | null;
  check(): Promise<void>;
  signIn(login: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  expired(): void;
}

export const useConsoleSession = create<SessionState>((set) => ({
  user: undefined,
  notice: null,
  check: async () => {
    try {
      const { user } = await consoleCall('GET', CONSOLE_PATHS.session, sessionResponseSchema);
      set({ user });
    } catch (error) {
      if (error instanceof ConsoleApiError && error.status === 401) set({ user: null });
      else throw error;
    }
  },
  signIn: async (login, password) => {
    const { user } = await consoleCall('POST', CONSOLE_PATHS.session, sessionResponseSchema, { login, password });
    set({ user, notice: null });
  },
  signOut: async () => {
    await consoleCall('DELETE', CONSOLE_PATHS.session, z.object({ ok: z.boolean() })).catch(() => undefined);
    set({ user: null });
  },
  expired: () => set((s) => (s.user ? { user: null, notice: 'expired' } : s)),
}));
