import { create } from 'zustand';
import type { ZodType } from 'zod';
import {
  CONSOLE_CREDIT_PATHS,
  CONSOLE_RISK_PATHS,
  consoleCreditListSchema,
  consoleRiskListSchema,
  type ConsoleCreditList,
  type ConsoleRiskList,
  type CreditGradingListQuery,
  type RiskClassListQuery,
} from '../../../shared/sync/console-risk-api';
import { CONSOLE_CREDIT_MONTHLY_PATHS, consoleCreditMonthSchema, type ConsoleCreditMonth } from '../../../shared/sync/console-credit-monthly-api';
import { consoleCall, queryString } from '../api/console-client';
import { PAGE_SIZE } from './records-store';

/** One page of a read-only console list for the current filters, kept while the console is open. */
interface PagedListState<Query, List> {
  query: Query;
  list: List | null;
  error: string | null;
  load(query: Query): Promise<void>;
}

function pagedListStore<Query, List>(path: string, schema: ZodType<List>) {
  return create<PagedListState<Query, List>>((set) => ({
    query: { offset: 0 } as Query,
    list: null,
    error: null,
    load: async (query) => {
      set({ query });
      try {
        set({ list: await consoleCall('GET', `${path}${queryString({ ...query, limit: PAGE_SIZE })}`, schema), error: null });
      } catch (error) {
        set({ error: (error as Error).message });
      }
    },
  }));
}

/** The sites' risk-classed customers. */
export const useConsoleRiskStore = pagedListStore<RiskClassListQuery, ConsoleRiskList>(CONSOLE_RISK_PATHS.list, consoleRiskListSchema);

/** The sites' credit gradings in force. */
export const useConsoleCreditStore = pagedListStore<CreditGradingListQuery, ConsoleCreditList>(CONSOLE_CREDIT_PATHS.list, consoleCreditListSchema);

interface CreditMonthState {
  query: { month: string; siteId?: string };
  view: ConsoleCreditMonth | null;
  error: string | null;
  load(query: { month: string; siteId?: string }): Promise<void>;
}

/** A month of the sites' credit execution evaluations and supervisors' reports (第三十九条、第四十条). */
export const useConsoleCreditMonthStore = create<CreditMonthState>((set) => ({
  query: { month: '' },
  view: null,
  error: null,
  load: async (query) => {
    set({ query });
    try {
      set({ view: await consoleCall('GET', `${CONSOLE_CREDIT_MONTHLY_PATHS.month}${queryString(query)}`, consoleCreditMonthSchema), error: null });
    } catch (error) {
      set({ error: (error as Error).message });
    }
  },
}));
