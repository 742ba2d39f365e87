import type { ReportStepRecord } from '../../../shared/api/case-records';
import type { ReportStatus } from '../../../shared/domain/case-records';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** Every SQL statement of the investigation reports (投诉调查报告) and their review steps (migration 0006). */

/** A report as the case records show it: with the names of who created and who submitted it. */
export interface ReportRow {
  id: string;
  complaint_id: string;
  status: ReportStatus;
  cause: string;
  course: string;
  responsible_person: string;
  conclusion: string;
  countermeasures: string;
  original_attached: number;
  created_by: string;
  created_by_name: string;
  created_at: string;
  submitted_by: string | null;
  submitted_by_name: string | null;
  submitted_at: string | null;
  return_reason: string | null;
  round: number;
  updated_at: string;
  version: number;
}

/** A step of the review chain as the case records show it: with the name of who took it. */
export interface ReportStepRow {
  step: ReportStepRecord['step'];
  decision: ReportStepRecord['decision'];
  opinion: string | null;
  by_user: string;
  by_name: string;
  at: string;
  round: number;
}

/** A step as the sync payload carries it. */
export interface NewReportStepRow {
  round: number;
  step: ReportStepRecord['step'];
  decision: ReportStepRecord['decision'];
  opinion: string | null;
  by_user: string;
  at: string;
}

/** The stored row as the audit log and the sync payload carry it (every column). */
export type StoredReportRow = Record<string, unknown> & { id: string; version: number };

/** The text of the report (第十七条) and whether the original complaint is attached (第十一条), as stored. */
export interface ReportFieldColumns {
  cause: string;
  course: string;
  responsible_person: string;
  conclusion: string;
  countermeasures: string;
  original_attached: number;
}

export function findReportRowOfComplaint(db: ReadDb, complaintId: string): ReportRow | undefined {
  return statement(
    db,
    `SELECT r.*, c.display_name AS created_by_name, s.display_name AS submitted_by_name
     FROM investigation_reports r JOIN users c ON c.id = r.created_by LEFT JOIN users s ON s.id = r.submitted_by
     WHERE r.complaint_id = ?`,
  ).get(complaintId) as ReportRow | undefined;
}

/** The report's steps, in the order they were taken. */
export function reportStepRows(db: ReadDb, reportId: string): ReportStepRow[] {
  return statement(
    db,
    `SELECT s.step, s.decision, s.opinion, s.by_user, u.display_name AS by_name, s.at, s.round
     FROM investigation_report_steps s JOIN users u ON u.id = s.by_user WHERE s.report_id = ? ORDER BY s.seq`,
  ).all(reportId) as ReportStepRow[];
}

/** Where the case's report stands, if it has one (the workflow's check before the customer is answered). */
export function reportStatusOfComplaint(db: ReadDb, complaintId: string): { status: ReportStatus } | undefined {
  return statement(db, 'SELECT status FROM investigation_reports WHERE complaint_id = ?').get(complaintId) as { status: ReportStatus } | undefined;
}

export function storedReportRowOfComplaint(db: ReadDb, complaintId: string): StoredReportRow | undefined {
  return statement(db, 'SELECT * FROM investigation_reports WHERE complaint_id = ?').get(complaintId) as StoredReportRow | undefined;
}

export function storedReportRow(db: ReadDb, id: string): StoredReportRow | undefined {
  return statement(db, 'SELECT * FROM investigation_reports WHERE id = ?').get(id) as StoredReportRow | undefined;
}

export function syncedReportSteps(db: ReadDb, reportId: string): NewReportStepRow[] {
  return statement(db, 'SELECT round, step, decision, opinion, by_user, at FROM investigation_report_steps WHERE report_id = ? ORDER BY seq').all(reportId) as NewReportStepRow[];
}

/** A new report, as a draft at version 1. */
export function insertReportRow(tx: WriteDb, row: ReportFieldColumns & { id: string; complaint_id: string; created_by: string; created_at: string; updated_at: string }): void {
  statement(
    tx,
    `INSERT INTO investigation_reports (id, complaint_id, status, cause, course, responsible_person, conclusion, countermeasures, original_attached, created_by, created_at, updated_at, version)
     VALUES (@id, @complaint_id, 'draft', @cause, @course, @responsible_person, @conclusion, @countermeasures, @original_attached, @created_by, @created_at, @updated_at, 1)`,
  ).run(row);
}

export function updateReportFields(tx: WriteDb, id: string, fields: ReportFieldColumns, updatedAt: string): void {
  statement(
    tx,
    `UPDATE investigation_reports SET cause = @cause, course = @course, responsible_person = @responsible_person, conclusion = @conclusion,
       countermeasures = @countermeasures, original_attached = @original_attached, updated_at = @updated_at, version = version + 1 WHERE id = @id`,
  ).run({ ...fields, updated_at: updatedAt, id });
}

/** Handed to the manager: a new round of the review chain starts (the version is not raised again: the save just did). */
export function markReportSubmitted(tx: WriteDb, id: string, submittedBy: string, submittedAt: string, round: number): void {
  statement(tx, "UPDATE investigation_reports SET status = 'manager_review', submitted_by = ?, submitted_at = ?, return_reason = NULL, round = ? WHERE id = ?").run(
    submittedBy,
    submittedAt,
    round,
    id,
  );
}

/** A review's outcome: the next status, and the reason when it was returned. */
export function setReportStatus(tx: WriteDb, id: string, status: ReportStatus, returnReason: string | null, updatedAt: string): void {
  statement(tx, 'UPDATE investigation_reports SET status = ?, return_reason = ?, updated_at = ?, version = version + 1 WHERE id = ?').run(status, returnReason, updatedAt, id);
}

export function insertReportStep(tx: WriteDb, reportId: string, step: NewReportStepRow): void {
  statement(tx, 'INSERT INTO investigation_report_steps (report_id, round, step, decision, opinion, by_user, at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    reportId,
    step.round,
    step.step,
    step.decision,
    step.opinion,
    step.by_user,
    step.at,
  );
}
