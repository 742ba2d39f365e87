import type { Migration } from './migration';

/**
 * Late plans in the reporting relation (issue 17 §1.1: a case planned after its
 * handling limit stays overdue "and counts as overdue in reports"):
 * `report_complaints.late_plan_at` holds the complaint's `late_plan_at`
 * (migration 0018), for the measures 逾期件数 and 逾期补录计划
 * (shared/reports/measures.ts). Head office adds the same column (server
 * migration 0008).
 *
 * Rows built before this migration are filled here from their complaints, so
 * late plans recorded since 0018 count at once; later rows get it from the
 * projection. Head office holds those rows as they were pushed, without the
 * late plan: `report_resends` lists the complaints whose row must reach it
 * again, and the start-up backfill (electron/core/reports/backfill.ts) queues
 * each once with its current row, then forgets it. Without that, a closed
 * case that never changes again would stay on time in head office's reports.
 */
export const migration0024: Migration = {
  id: 24,
  name: 'report-late-plans',
  sql: `
ALTER TABLE report_complaints ADD COLUMN late_plan_at TEXT;
UPDATE report_complaints
  SET late_plan_at = (SELECT c.late_plan_at FROM complaints c WHERE c.id = report_complaints.complaint_id)
  WHERE complaint_id IN (SELECT id FROM complaints WHERE late_plan_at IS NOT NULL);
CREATE TABLE report_resends (complaint_id TEXT PRIMARY KEY) STRICT;
INSERT INTO report_resends (complaint_id) SELECT complaint_id FROM report_complaints WHERE late_plan_at IS NOT NULL;
`,
};
