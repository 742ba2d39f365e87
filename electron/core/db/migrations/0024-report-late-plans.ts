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
 * projection. Head office receives the value with each complaint's next
 * change (its row stays null until then).
 */
export const migration0024: Migration = {
  id: 24,
  name: 'report-late-plans',
  sql: `
ALTER TABLE report_complaints ADD COLUMN late_plan_at TEXT;
UPDATE report_complaints
  SET late_plan_at = (SELECT c.late_plan_at FROM complaints c WHERE c.id = report_complaints.complaint_id)
  WHERE complaint_id IN (SELECT id FROM complaints WHERE late_plan_at IS NOT NULL);
`,
};
