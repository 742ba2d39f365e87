import type { z } from 'zod';
import { create } from 'zustand';
import {
  CONSOLE_PATHS,
  checklistsResponseSchema,
  complaintClassesResponseSchema,
  complaintsResponseSchema,
  type ComplaintClass,
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

interface ComplaintClasses {
  /** For the site they were asked for ('' for every site). */
  siteId: string | null;
  classes: ComplaintClass[];
  load(siteId: string | undefined): Promise<void>;
}

/** The classes the complaint list's class filter offers, for the site picked or for every site. */
export const useComplaintClasses = create<ComplaintClasses>((set, get) => ({
  siteId: null,
  classes: [],
  load: async (siteId) => {
    if (get().siteId === (siteId ?? '')) return;
    set({ siteId: siteId ?? '' });
    try {
      const { classes } = await consoleCall('GET', `${CONSOLE_PATHS.complaintClasses}${queryString({ siteId })}`, complaintClassesResponseSchema);
      if (get().siteId === (siteId ?? '')) set({ classes });
    } catch {
      // The filter then offers no classes; the list itself says what went wrong when it fails too.
      set({ classes: [] });
    }
  },
}));
