import { create } from 'zustand';
import { CONSOLE_PATHS, staffAccountResponseSchema, type StaffAccount } from '../../../shared/sync/console-api';
import { CONSOLE_LIST_PATHS, staffPageResponseSchema, type StaffListQuery } from '../../../shared/sync/console-lists-api';
import { consoleCall, queryString } from '../api/console-client';

export const STAFF_PAGE_SIZE = 50;

interface StaffState {
  /** One page of accounts for the filters and sorting in `query` (kept between visits), and how many match. */
  accounts: StaffAccount[] | null;
  query: StaffListQuery;
  total: number;
  error: string | null;
  /** Without a query, the current one again. */
  load(query?: StaffListQuery): Promise<void>;
  create(input: { login: string; displayName: string; password: string; admin: boolean }): Promise<void>;
  resetPassword(id: string, password: string): Promise<void>;
  setAccess(id: string, change: { active?: boolean; admin?: boolean; personalReadFull?: boolean }): Promise<void>;
}

/** Staff accounts for 人员/账号; every change reloads the list, so it shows what the server holds. */
export const useStaffStore = create<StaffState>((set, get) => ({
  accounts: null,
  query: { offset: 0 },
  total: 0,
  error: null,
  load: async (query = get().query) => {
    set({ query });
    try {
      const page = await consoleCall('GET', `${CONSOLE_LIST_PATHS.staff}${queryString({ ...query, limit: STAFF_PAGE_SIZE })}`, staffPageResponseSchema);
      set({ accounts: page.rows, total: page.total, error: null });
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
