import type { z } from 'zod';
import { create } from 'zustand';
import {
  CONSOLE_PATHS,
  checklistsResponseSchema,
  complaintsResponseSchema,
  type ChecklistRow,
  type ChecklistsQuery,
  type ComplaintRow,
  type ComplaintsQuery,
} from '../../../shared/sync/console-api';
import { consoleCall, queryString } from '../api/console-client';

export const PAGE_SIZE = 50;

interface Page<Row, Query> {
  query: Query;
  rows: Row[] | null;
  total: number;
  error: string | null;
  load(query: Query): Promise<void>;
}

/** One page of what sites sent, for the current filters (kept when the user opens a record and comes back). */
function pageStore<Row, Query extends { offset?: number }>(path: string, schema: z.ZodType<{ rows: Row[]; total: number }>) {
  return create<Page<Row, Query>>((set) => ({
    query: { offset: 0 } as Query,
    rows: null,
    total: 0,
    error: null,
    load: async (query) => {
      set({ query });
      try {
        const page = await consoleCall('GET', `${path}${queryString({ ...query, limit: PAGE_SIZE })}`, schema);
        set({ rows: page.rows, total: page.total, error: null });
      } catch (error) {
        set({ error: (error as Error).message });
      }
    },
  }));
}

export const useComplaintsPage = pageStore<ComplaintRow, ComplaintsQuery>(CONSOLE_PATHS.complaints, complaintsResponseSchema);
export const useChecklistsPage = pageStore<ChecklistRow, ChecklistsQuery>(CONSOLE_PATHS.checklists, checklistsResponseSchema);
