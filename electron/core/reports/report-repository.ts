import type { CompiledQuery } from 'kysely';
import { REPORT_ROW_COLUMNS, type ReportRow } from '../../../shared/reports/report-row';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

/**
 * Every SQL statement of the reports feature at the site: the reporting
 * relation's rows (written by the projection), what the projection reads of a
 * complaint, and the site-only lists (corrective actions, checklist actions,
 * extensions, completions for the cadence). Report queries themselves are
 * compiled from definitions by shared/reports/report-sql-repository.ts and
 * run here.
 */

const UPSERT = `INSERT INTO report_complaints (${REPORT_ROW_COLUMNS.join(', ')})
  VALUES (${REPORT_ROW_COLUMNS.map((c) => `@${c}`).join(', ')})
  ON CONFLICT (complaint_id) DO UPDATE SET ${REPORT_ROW_COLUMNS.filter((c) => c !== 'complaint_id').map((c) => `${c} = excluded.${c}`).join(', ')}`;

export function upsertReportRow(tx: WriteDb, row: ReportRow): void {
  statement(tx, UPSERT).run(row);
}

export function readReportRow(db: ReadDb, complaintId: string): ReportRow | undefined {
  return statement(db, 'SELECT * FROM report_complaints WHERE complaint_id = ?').get(complaintId) as ReportRow | undefined;
}

/** What the projection reads of a complaint: the columns reports count, with the handler's name. */
export interface ComplaintSource {
  id: string;
  version: number;
  serial: string;
  kind: string;
  channel: string;
  status: string;
  class_code: string | null;
  problem_code: string | null;
  validity: string;
  invalid_reason: string | null;
  unit: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  received_at: string;
  closed_at: string | null;
  due_at: string | null;
  first_response_at: string | null;
  resolved_at: string | null;
  customer_informed_at: string | null;
  escalation_count: number;
  repeat_of: string | null;
  late_plan_at: string | null;
}

export function complaintSource(db: ReadDb, id: string): ComplaintSource | undefined {
  return statement(
    db,
    `SELECT c.id, c.version, c.serial, c.kind, c.channel, c.status, c.class_code, c.problem_code, c.validity, c.invalid_reason, c.unit,
       c.assignee_id, a.display_name AS assignee_name, c.received_at, c.closed_at, c.due_at, c.first_response_at, c.resolved_at,
       c.customer_informed_at, c.escalation_count, c.repeat_of, c.late_plan_at
     FROM complaints c LEFT JOIN users a ON a.id = c.assignee_id WHERE c.id = ?`,
  ).get(id) as ComplaintSource | undefined;
}

export function callBacksOf(db: ReadDb, complaintId: string): { at: string; satisfied: boolean }[] {
  const rows = statement(db, 'SELECT at, satisfied FROM complaint_call_backs WHERE complaint_id = ? ORDER BY at').all(complaintId) as { at: string; satisfied: number }[];
  return rows.map((r) => ({ at: r.at, satisfied: r.satisfied === 1 }));
}

export function siteIdOf(db: ReadDb): string | null {
  return (statement(db, 'SELECT site_id FROM site WHERE singleton = 1').get() as { site_id: string } | undefined)?.site_id ?? null;
}

/** Complaints with no report row yet (stored before migration 0021), a batch at a time. */
export function complaintsWithoutRow(db: ReadDb, limit: number): string[] {
  return (
    statement(db, 'SELECT c.id FROM complaints c WHERE NOT EXISTS (SELECT 1 FROM report_complaints r WHERE r.complaint_id = c.id) ORDER BY c.rowid LIMIT ?').all(limit) as { id: string }[]
  ).map((r) => r.id);
}

/** Complaints whose row head office must receive again (a column added after it was pushed: migration 0024), a batch at a time. */
export function complaintsToResend(db: ReadDb, limit: number): string[] {
  return (statement(db, 'SELECT complaint_id FROM report_resends ORDER BY complaint_id LIMIT ?').all(limit) as { complaint_id: string }[]).map((r) => r.complaint_id);
}

/** The complaint's row is queued for head office: nothing left to send again. */
export function forgetResend(tx: WriteDb, complaintId: string): void {
  statement(tx, 'DELETE FROM report_resends WHERE complaint_id = ?').run(complaintId);
}

/** Runs a query compiled from a report definition (Kysely, SQLite dialect). */
export function runCompiled(db: ReadDb, query: CompiledQuery): Record<string, unknown>[] {
  return db.prepare(query.sql).all(...(query.parameters as unknown[])) as Record<string, unknown>[];
}

/** Units the site knows: its people's and its cases'. */
export function knownUnits(db: ReadDb): string[] {
  const rows = statement(
    db,
    'SELECT unit FROM users WHERE unit IS NOT NULL UNION SELECT DISTINCT unit FROM report_complaints WHERE unit IS NOT NULL ORDER BY unit',
  ).all() as { unit: string }[];
  return rows.map((r) => r.unit);
}

export interface OpenItemRow {
  id: string;
  ref: string;
  title: string;
  owner_name: string | null;
  unit: string | null;
  due_at: string;
  complaint_id: string | null;
}

/** Corrective actions of complaints not verified effective, past their due time. */
export function overdueCorrectiveActions(db: ReadDb, asOf: string, unit: string | undefined): OpenItemRow[] {
  return statement(
    db,
    `SELECT a.id, c.serial AS ref, a.action AS title, u.display_name AS owner_name, u.unit, a.due_at, a.complaint_id
     FROM corrective_actions a JOIN complaints c ON c.id = a.complaint_id JOIN users u ON u.id = a.owner_id
     WHERE a.status <> 'effective' AND a.due_at < @asOf AND (@unit IS NULL OR u.unit = @unit)
     ORDER BY a.due_at`,
  ).all({ asOf, unit: unit ?? null }) as OpenItemRow[];
}

/** Corrective actions raised from checklists, not closed, past their due time. */
export function overdueChecklistActions(db: ReadDb, asOf: string, unit: string | undefined): OpenItemRow[] {
  return statement(
    db,
    `SELECT a.id, r.template_id AS ref, a.action AS title, u.display_name AS owner_name, u.unit, a.due_at, NULL AS complaint_id
     FROM checklist_actions a JOIN checklist_records r ON r.id = a.record_id JOIN users u ON u.id = a.owner_id
     WHERE a.status <> 'closed' AND a.due_at < @asOf AND (@unit IS NULL OR u.unit = @unit)
     ORDER BY a.due_at`,
  ).all({ asOf, unit: unit ?? null }) as OpenItemRow[];
}

/** Extension requests still waiting for a decision while the deadline they would move has passed. */
export function overdueExtensionRequests(db: ReadDb, asOf: string, unit: string | undefined): OpenItemRow[] {
  return statement(
    db,
    `SELECT x.id, c.serial AS ref, x.reason AS title, NULL AS owner_name, c.unit, c.due_at, x.complaint_id
     FROM complaint_extensions x JOIN complaints c ON c.id = x.complaint_id
     WHERE x.status = 'pending' AND c.due_at IS NOT NULL AND c.due_at < @asOf AND (@unit IS NULL OR c.unit = @unit)
     ORDER BY c.due_at`,
  ).all({ asOf, unit: unit ?? null }) as OpenItemRow[];
}

/** Completion instants of a template's records from `fromInstant` on (the cadence). */
export function checklistCompletions(db: ReadDb, templateId: string, fromInstant: string): string[] {
  return (statement(db, 'SELECT completed_at FROM checklist_records WHERE template_id = ? AND completed_at >= ?').all(templateId, fromInstant) as { completed_at: string }[]).map(
    (r) => r.completed_at,
  );
}

/** The site days on which the opinion book was checked (每日查阅), from `fromDay` on. */
export function opinionBookCheckDays(db: ReadDb, fromDay: string): string[] {
  return (statement(db, 'SELECT DISTINCT site_day FROM opinion_book_checks WHERE site_day >= ?').all(fromDay) as { site_day: string }[]).map((r) => r.site_day);
}

/** When the site was set up (occurrences due before it are not counted). */
export function siteCreatedAt(db: ReadDb): string | null {
  return (statement(db, 'SELECT created_at FROM site WHERE singleton = 1').get() as { created_at: string } | undefined)?.created_at ?? null;
}

/** Whether the site keeps a 客户意见簿 at all (any entry transcribed). */
export function keepsOpinionBook(db: ReadDb): boolean {
  return statement(db, 'SELECT 1 FROM opinion_book_entries LIMIT 1').get() !== undefined;
}
