import type { Kysely } from 'kysely';
import { REPORT_ROW_COLUMNS, reportRowSchema } from '../../shared/reports/report-row';
import type { PushEntry } from '../../shared/sync/protocol';
import { multiRowInserts } from '../db/bulk-insert';
import type { ServerDatabase } from '../db/schema';

/** A row keeps the highest complaint version, like site_records: an older one arriving later changes nothing. */
const UPSERT = `ON CONFLICT (site_id, complaint_id) DO UPDATE SET ${REPORT_ROW_COLUMNS.filter((c) => c !== 'site_id' && c !== 'complaint_id')
  .map((c) => `${c} = excluded.${c}`)
  .join(', ')} WHERE report_complaints.version <= excluded.version`;

/**
 * Stores the report rows that complaint payloads carry (`report`, built by the
 * site: electron/core/reports/projection.ts) in the caller's transaction — the
 * one that applies the batch. The site id is the pushing device's, whatever
 * the row says. A payload without a row (a client older than the reports
 * feature) or with one that fails the shared schema adds no row: the record
 * itself is stored as always, and its next version brings the row. A row
 * lacking a column added since (late_plan_at, 0008) is stored with it null:
 * the shared schema defaults it, because sites upgrade one by one and a site
 * still on the older client must not fall out of head office's reports.
 * `entries` holds one entry per record (its latest), as PostgreSQL's
 * multi-row ON CONFLICT requires.
 */
export async function projectReportRows(trx: Kysely<ServerDatabase>, siteId: string, entries: readonly PushEntry[]): Promise<number> {
  const rows: unknown[][] = [];
  for (const entry of entries) {
    if (entry.entity !== 'complaint' || !entry.payload || typeof entry.payload !== 'object') continue;
    const parsed = reportRowSchema.safeParse((entry.payload as { report?: unknown }).report);
    if (!parsed.success || parsed.data.complaint_id !== entry.entityId) continue;
    const row = { ...parsed.data, site_id: siteId };
    rows.push(REPORT_ROW_COLUMNS.map((c) => row[c]));
  }
  for (const query of multiRowInserts(trx, 'report_complaints', REPORT_ROW_COLUMNS, rows, UPSERT)) await trx.executeQuery(query);
  return rows.length;
}
