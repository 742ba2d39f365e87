import { compactReportRow } from '../../../shared/reports/report-payload';
import type { ReportRow } from '../../../shared/reports/report-row';
import type { WriteDb } from '../db/handles';
import { projectComplaint } from './projection';

/**
 * A complaint's sync payload with its report row (`report`), refreshed in the
 * same transaction and sent compact: only the columns the payload does not
 * already say (shared/reports/report-payload.ts); head office rebuilds the
 * whole row with `fullReportRow` and stores it (server
 * reports/report-projection.ts), so both ends count the same row. A caller
 * that has just built the row in this transaction (a new complaint, graded a
 * moment before) passes it rather than have it read and written again.
 */
export function withReportRow<P extends { id: string }>(tx: WriteDb, payload: P, row: ReportRow | null = projectComplaint(tx, payload.id)): P & { report: Partial<ReportRow> | null } {
  return { ...payload, report: row && compactReportRow(row, payload as unknown as Record<string, unknown>) };
}
