import { create } from 'zustand';
import { CONSOLE_PRIVACY_PATHS, registerResponseSchema, type RegisterEntry } from '../../../shared/sync/console-privacy-api';
import { consoleCall, queryString } from '../api/console-client';

export interface RegisterFilters {
  siteId?: string | undefined;
  action?: 'reveal' | 'export' | 'delete' | undefined;
  person?: string | undefined;
  days: number;
}

interface RegisterState {
  filters: RegisterFilters;
  entries: RegisterEntry[] | null;
  error: string | null;
  load(filters: RegisterFilters): Promise<void>;
}

/** 个人信息访问登记: head office's register and the sites' as pushed, with the filters kept between visits. */
export const usePersonalRegister = create<RegisterState>((set) => ({
  filters: { days: 30 },
  entries: null,
  error: null,
  load: async (filters) => {
    set({ filters });
    try {
      const { entries } = await consoleCall('GET', `${CONSOLE_PRIVACY_PATHS.register}${queryString({ ...filters })}`, registerResponseSchema);
      set({ entries, error: null });
    } catch (failure) {
      set({ error: (failure as Error).message });
    }
  },
}));
