import { useState } from 'react';
import type { ReportCase } from '../../../shared/reports/result';
import { CONSOLE_REPORT_PATHS, consoleCasePageSchema, consoleReportResultSchema, type ConsoleReportResult } from '../../../shared/sync/console-reports-api';
import type { CasePageFetcher } from '../../reports/ExportBar';
import type { CellRef } from '../../reports/ReportView';
import { consoleCall, queryString } from '../api/console-client';

/** One report asked at head office: a definition over a period, every site or one. */
export interface ConsoleReportQuery {
  definitionId: string;
  kind: string;
  key: string;
  siteId?: string;
}

/**
 * A report run at head office and the cases behind the cell opened last. The cases are read for the
 * query as the form holds it now (`current`), as the exports are.
 */
export function useConsoleReport(current: ConsoleReportQuery) {
  const [result, setResult] = useState<ConsoleReportResult | null>(null);
  const [cell, setCell] = useState<CellRef | null>(null);
  const [cases, setCases] = useState<ReportCase[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const run = async (q: ConsoleReportQuery) => {
    try {
      setResult(await consoleCall('GET', `${CONSOLE_REPORT_PATHS.run}${queryString({ ...q })}`, consoleReportResultSchema));
      setCell(null);
      setCases(null);
      setError(null);
    } catch (e) {
      fail(e);
    }
  };
  const page = (c: Partial<CellRef>, after: ReportCase | null, limit: number) => consoleCall('GET', `${CONSOLE_REPORT_PATHS.cases}${casePageQuery(current, c, after, limit)}`, consoleCasePageSchema);
  const openCell = async (c: CellRef) => {
    setCell(c);
    try {
      setCases((await page(c, null, 200)).cases);
    } catch (e) {
      fail(e);
    }
  };
  const fetchCases: CasePageFetcher = async (after) => {
    const p = await page({}, after, 500);
    return { cases: p.cases, total: p.total, hasMore: p.next !== null };
  };
  return { result, cell, cases, error, run, openCell, fetchCases };
}

/** The cases of one cell (or of the whole report when no cell), a page after the last case read. */
function casePageQuery(query: ConsoleReportQuery, c: Partial<CellRef>, after: ReportCase | null, limit: number): string {
  return queryString({
    ...query,
    limit,
    dimension: c.dimension,
    value: c.value ?? undefined,
    none: c.dimension && c.value === null ? '1' : undefined,
    cellBucket: c.bucket,
    afterReceivedAt: after?.receivedAt,
    afterSiteId: after?.siteId,
    afterComplaintId: after?.complaintId,
  });
}
