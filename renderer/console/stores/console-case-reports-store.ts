import { create } from 'zustand';
import { CASE_REPORT_PAGE_SIZES, CONSOLE_CASE_REPORT_PATHS, consoleCaseReportListSchema, type ConsoleCaseReportList } from '../../../shared/sync/console-case-reports-api';
import type { NARRATIVE_PERIOD_KINDS } from '../../../shared/sync/console-narrative-api';
import { consoleCall, queryString } from '../api/console-client';

export interface CaseReportQuery {
  kind: (typeof NARRATIVE_PERIOD_KINDS)[number];
  key: string;
  siteId?: string | undefined;
  offset: number;
}

/**
 * The case report (专项报告) list last asked for: kept outside the panel so
 * that coming back from one report finds the same period, site and page.
 */
interface CaseReportListState {
  query: CaseReportQuery | null;
  list: ConsoleCaseReportList | null;
  error: string | null;
  run(query: CaseReportQuery): Promise<void>;
}

export const CASE_REPORT_PAGE = CASE_REPORT_PAGE_SIZES.default;

export const useConsoleCaseReportsStore = create<CaseReportListState>((set) => ({
  query: null,
  list: null,
  error: null,
  run: async (query) => {
    set({ query });
    try {
      const path = `${CONSOLE_CASE_REPORT_PATHS.list}${queryString({ kind: query.kind, key: query.key, siteId: query.siteId, limit: CASE_REPORT_PAGE, offset: query.offset })}`;
      set({ list: await consoleCall('GET', path, consoleCaseReportListSchema), error: null });
    } catch (err) {
      set({ list: null, error: err instanceof Error ? err.message : String(err) });
    }
  },
}));
