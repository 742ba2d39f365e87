import { newId } from '../../../shared/ids';
import type { InvestigationReport, ReportStepRecord } from '../../../shared/api/case-records';
import { ApiError } from '../../../shared/api/errors';
import { pendingStep, REVIEW_CHAIN, type ReportStatus, type ReviewStep } from '../../../shared/domain/case-records';
import { statement, type ReadDb, type WriteDb } from '../db/handles';
import { actorOf, caseEvent, complaintRow, conflict, fieldError, RECUSAL, requireNotInvalid, requireWriter } from './access';
import { recordChange } from '../services/change-log';
import type { User } from '../../../shared/api/users';

/**
 * 投诉调查报告 (seed003 篇4): 受理部门 fills it (第十七条: 发生原因、具体经过、具体责任者、
 * 结论、对策和防范措施) and hands it with the original complaint to its manager
 * (第十一条); 行政人事部 reviews it and attaches its opinion, the GM approves it
 * (第十二条). Any reviewer may return it: it goes back to draft with the reason,
 * to be corrected and submitted again (a new round). Nobody reviews a report
 * they wrote or submitted, and the person complained about touches nothing.
 * The report may be finished after the case has closed (where the rules do not
 * require it before the answer, it is still the investigation's record).
 */

interface ReportRow {
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

/** The report as the API shows it, plus who wrote it (never sent: the core decides who may review). */
export type StoredReport = InvestigationReport & { authorIds: string[] };

function rowOf(db: ReadDb, complaintId: string): ReportRow | undefined {
  return statement(
    db,
    `SELECT r.*, c.display_name AS created_by_name, s.display_name AS submitted_by_name
     FROM investigation_reports r JOIN users c ON c.id = r.created_by LEFT JOIN users s ON s.id = r.submitted_by
     WHERE r.complaint_id = ?`,
  ).get(complaintId) as ReportRow | undefined;
}

export function reportOf(db: ReadDb, complaintId: string): StoredReport | null {
  const row = rowOf(db, complaintId);
  if (!row) return null;
  const steps = statement(
    db,
    `SELECT s.step, s.decision, s.opinion, s.by_user, u.display_name AS by_name, s.at, s.round
     FROM investigation_report_steps s JOIN users u ON u.id = s.by_user WHERE s.report_id = ? ORDER BY s.seq`,
  ).all(row.id) as { step: ReportStepRecord['step']; decision: ReportStepRecord['decision']; opinion: string | null; by_user: string; by_name: string; at: string; round: number }[];
  const authors = new Set([row.created_by, ...steps.filter((s) => s.step === 'submit').map((s) => s.by_user)]);
  return {
    id: row.id,
    status: row.status,
    cause: row.cause,
    course: row.course,
    responsiblePerson: row.responsible_person,
    conclusion: row.conclusion,
    countermeasures: row.countermeasures,
    originalAttached: row.original_attached === 1,
    createdByName: row.created_by_name,
    submittedByName: row.submitted_by_name,
    submittedAt: row.submitted_at,
    returnReason: row.return_reason,
    round: row.round,
    steps: steps.map((s) => ({ step: s.step, decision: s.decision, opinion: s.opinion, byName: s.by_name, at: s.at, round: s.round })),
    version: row.version,
    updatedAt: row.updated_at,
    authorIds: [...authors],
  };
}

function audit(tx: WriteDb, complaintId: string, user: User, at: Date, action: string, before: unknown): void {
  const after = statement(tx, 'SELECT * FROM investigation_reports WHERE complaint_id = ?').get(complaintId) as Record<string, unknown> & { id: string; version: number };
  const steps = statement(tx, 'SELECT round, step, decision, opinion, by_user, at FROM investigation_report_steps WHERE report_id = ? ORDER BY seq').all(after.id);
  recordChange(tx, { userId: user.id, at, action, entity: 'investigation_report', entityId: after.id, entityVersion: after.version, before, after, syncPayload: { ...after, steps } });
}

export interface ReportFields {
  cause: string;
  course: string;
  responsiblePerson: string;
  conclusion: string;
  countermeasures: string;
  originalAttached: boolean;
}

/** Saves the draft (creating it on first save); with `submit`, hands it to the manager. */
export function saveReport(tx: WriteDb, input: ReportFields & { complaintId: string; version: number; submit: boolean }, user: User, at: Date): void {
  const row = complaintRow(tx, input.complaintId);
  requireNotInvalid(row);
  requireWriter(actorOf(row, user));
  const existing = rowOf(tx, row.id);
  if ((existing?.version ?? 0) !== input.version) throw conflict();
  if (existing && existing.status !== 'draft') throw new ApiError('CONFLICT', '调查报告已提交审核，审核中不能修改 / the report is under review');
  const now = at.toISOString();
  const fields = [input.cause, input.course, input.responsiblePerson, input.conclusion, input.countermeasures, input.originalAttached ? 1 : 0] as const;
  let id = existing?.id;
  if (!id) {
    id = newId();
    statement(
      tx,
      `INSERT INTO investigation_reports (id, complaint_id, status, cause, course, responsible_person, conclusion, countermeasures, original_attached, created_by, created_at, updated_at, version)
       VALUES (?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    ).run(id, row.id, ...fields, user.id, now, now);
  } else {
    statement(
      tx,
      `UPDATE investigation_reports SET cause = ?, course = ?, responsible_person = ?, conclusion = ?, countermeasures = ?, original_attached = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
    ).run(...fields, now, id);
  }
  if (input.submit) {
    const round = (existing?.round ?? 0) + 1;
    statement(tx, "UPDATE investigation_reports SET status = 'manager_review', submitted_by = ?, submitted_at = ?, return_reason = NULL, round = ? WHERE id = ?").run(user.id, now, round, id);
    statement(tx, "INSERT INTO investigation_report_steps (report_id, round, step, decision, opinion, by_user, at) VALUES (?, ?, 'submit', 'submit', NULL, ?, ?)").run(id, round, user.id, now);
  }
  audit(tx, row.id, user, at, input.submit ? 'caseRecords.submitReport' : 'caseRecords.saveReport', existing ?? null);
  caseEvent(tx, row, user, at, input.submit ? 'report.submit' : 'report.save', { originalAttached: input.originalAttached });
}

/** One review of the chain: approve passes it on (the GM's approval ends it), return sends it back to draft with the reason. */
export function reviewReport(
  tx: WriteDb,
  input: { complaintId: string; version: number; step: ReviewStep; decision: 'approve' | 'return'; opinion?: string | undefined },
  user: User,
  at: Date,
): void {
  const row = complaintRow(tx, input.complaintId);
  requireNotInvalid(row);
  const report = reportOf(tx, row.id);
  if (!report) throw new ApiError('NOT_FOUND', '本案还没有调查报告 / no investigation report yet');
  if (report.version !== input.version) throw conflict();
  const rule = REVIEW_CHAIN[input.step];
  const waiting = pendingStep(report.status);
  if (waiting !== input.step) {
    throw new ApiError('CONFLICT', `调查报告当前不在「${rule.label.zh}」环节 / the report is not waiting for ${input.step}`);
  }
  const actor = actorOf(row, user);
  if (actor.isSubject) throw new ApiError('FORBIDDEN', RECUSAL);
  if (!actor.permissions.has(rule.permission)) throw new ApiError('FORBIDDEN', `当前用户无权进行「${rule.label.zh}」（${rule.source}）/ not allowed: ${input.step}`);
  if (report.authorIds.includes(user.id)) throw new ApiError('FORBIDDEN', '不能审核或批阅自己填写的调查报告 / you cannot review your own report');
  if (input.decision === 'return' && !input.opinion) throw fieldError('opinion', '退回须写明理由 / give the reason for returning it');
  if (rule.opinionRequired && !input.opinion) throw fieldError('opinion', `${rule.label.zh}须附具体意见（${rule.source}）/ an opinion is required`);

  const now = at.toISOString();
  const before = statement(tx, 'SELECT * FROM investigation_reports WHERE id = ?').get(report.id);
  const to: ReportStatus = input.decision === 'approve' ? rule.approvedTo : 'draft';
  statement(tx, 'UPDATE investigation_reports SET status = ?, return_reason = ?, updated_at = ?, version = version + 1 WHERE id = ?').run(
    to,
    input.decision === 'return' ? (input.opinion ?? null) : null,
    now,
    report.id,
  );
  statement(tx, 'INSERT INTO investigation_report_steps (report_id, round, step, decision, opinion, by_user, at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    report.id,
    report.round,
    input.step,
    input.decision,
    input.opinion ?? null,
    user.id,
    now,
  );
  audit(tx, row.id, user, at, `caseRecords.reviewReport.${input.step}`, before);
  caseEvent(tx, row, user, at, `report.${input.step}`, { decision: input.decision, opinion: input.opinion });
}
