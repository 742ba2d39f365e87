import { create } from 'zustand';
import { CONSOLE_PATHS, staffAccountResponseSchema, staffListResponseSchema, type StaffAccount } from '../../../shared/sync/console-api';
import { consoleCall } from '../api/console-client';

interface StaffState {
  accounts: StaffAccount[] | null;
  error: string | null;
  load(): Promise<void>;
  create(input: { login: string; displayName: string; password: string; admin: boolean }): Promise<void>;
  resetPassword(id: string, password: string): Promise<void>;
  setAccess(id: string, change: { active?: boolean; admin?: boolean }): Promise<void>;
}

/** Staff accounts for 人员/账号; every change reloads the list, so it shows what the server holds. */
export const useStaffStore = create<StaffState>((set, get) => ({
  accounts: null,
  error: null,
  load: async () => {
    try {
      const { accounts } = await consoleCall('GET', CONSOLE_PATHS.staff, staffListResponseSchema);
      set({ accounts, error: null });
    } catch (error) {
      set({ error: (error as Error).message });
    }
  },
  create: async (input) => {
    await consoleCall('POST', CONSOLE_PATHS.staff, staffAccountResponseSchema, input);
    await get().load();
  },
  resetPassword: async (id, password) => {
    await consoleCall('POST', CONSOLE_PATHS.staffPassword(id), staffAccountResponseSchema, { password });
  },
  setAccess: async (id, change) => {
    await consoleCall('POST', CONSOLE_PATHS.staffAccess(id), staffAccountResponseSchema, change);
    await get().load();
  },
}));
