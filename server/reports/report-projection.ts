import { fullReportRow } from '../../shared/reports/report-payload';
import { REPORT_ROW_COLUMNS } from '../../shared/reports/report-row';
import type { PushEntry } from '../../shared/sync/protocol';
import { rowsWrite } from '../db/bulk-insert';

/** A row keeps the highest complaint version, like site_records: an older one arriving later changes nothing. */
const UPSERT = `ON CONFLICT (site_id, complaint_id) DO UPDATE SET ${REPORT_ROW_COLUMNS.filter((c) => c !== 'site_id' && c !== 'complaint_id')
  .map((c) => `${c} = excluded.${c}`)
  .join(', ')} WHERE report_complaints.version <= excluded.version`;

/** Column types other than text, as PostgreSQL's arrays need them (server migration 0006). */
const NUMBER_COLUMNS = {
  version: 'integer',
  call_back_lag_ms: 'bigint',
  call_backs: 'integer',
  satisfied_call_backs: 'integer',
  escalations: 'integer',
  is_repeat: 'integer',
  handling_milli_work_days: 'integer',
} as const;

/** How a batch's report rows go to `report_complaints` (server/db/bulk-insert.ts), with the rest of the batch (services/push-batch-repository.ts). */
export const REPORT_ROWS_WRITE = rowsWrite('report_complaints', REPORT_ROW_COLUMNS, NUMBER_COLUMNS, UPSERT);

/**
 * The report rows that complaint payloads carry (`report`, built by the
 * site: electron/core/reports/projection.ts, sent compact and rebuilt here by
 * shared/reports/report-payload.ts; an older site's whole row goes through
 * the same function), in REPORT_ROWS_WRITE's columns,
 * stored in the transaction that applies the batch. The site id is the
 * pushing device's, whatever the row says. A payload without a row (a client
 * older than the reports feature) or with one that fails the shared schema
 * adds no row: the record itself is stored as always, and its next version
 * brings the row. A row lacking a column added since (late_plan_at, 0008) is
 * stored with it null: the shared schema defaults it, because sites upgrade
 * one by one and a site still on the older client must not fall out of head
 * office's reports. `entries` holds one entry per record (its latest), as a
 * multi-row ON CONFLICT requires.
 */
export function reportRows(siteId: string, entries: readonly PushEntry[]): unknown[][] {
  const rows: unknown[][] = [];
  for (const entry of entries) {
    if (entry.entity !== 'complaint' || !entry.payload || typeof entry.payload !== 'object') continue;
    const payload = entry.payload as Record<string, unknown>;
    const row = fullReportRow(payload.report, payload, siteId);
    if (!row || row.complaint_id !== entry.entityId) continue;
    rows.push(REPORT_ROW_COLUMNS.map((c) => row[c]));
  }
  return rows;
}
