import { create } from 'zustand';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import { api } from '../api/client';

type Definitions = ApiOutput<'reports.definitions'>;
type RunInput = ApiInput<'reports.run'>;

interface ReportsState {
  meta: Definitions | null;
  request: RunInput | null;
  result: ApiOutput<'reports.run'> | null;
  overdue: ApiOutput<'reports.overdue'> | null;
  cadence: ApiOutput<'reports.cadence'> | null;
  loading: boolean;
  error: unknown;
  loadMeta: () => Promise<void>;
  run: (input: RunInput) => Promise<void>;
  reset: () => void;
}

const initial = { meta: null, request: null, result: null, overdue: null, cadence: null, loading: false, error: null };

/** A thin cache of the 报表 page: the definitions this user may run, and the last report with its overdue and cadence lists. */
export const useReportsStore = create<ReportsState>()((set) => ({
  ...initial,
  loadMeta: async () => {
    try {
      set({ meta: await api.call('reports.definitions', {}), error: null });
    } catch (error) {
      set({ error });
    }
  },
  run: async (input) => {
    set({ loading: true, error: null });
    try {
      const unit = input.unit ? { unit: input.unit } : {};
      const [result, overdue, cadence] = await Promise.all([api.call('reports.run', input), api.call('reports.overdue', unit), api.call('reports.cadence', { period: input.period })]);
      set({ request: input, result, overdue, cadence, loading: false });
    } catch (error) {
      set({ loading: false, error, result: null, overdue: null, cadence: null });
    }
  },
  reset: () => set(initial),
}));
