import type { WriteDb } from '../db/handles';
import { projectComplaint } from './projection';

/**
 * A complaint's sync payload with its report row (`report`), refreshed in the
 * same transaction: head office stores that row as it is (server
 * services/report-projection.ts), so both ends count the same row.
 */
export function withReportRow<P extends { id: string }>(tx: WriteDb, payload: P): P & { report: ReturnType<typeof projectComplaint> } {
  return { ...payload, report: projectComplaint(tx, payload.id) };
}
