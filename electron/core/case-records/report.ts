import { newId } from '../../../shared/ids';
import type { InvestigationReport } from '../../../shared/api/case-records';
import { ApiError } from '../../../shared/api/errors';
import { pendingStep, REVIEW_CHAIN, type ReportStatus, type ReviewStep } from '../../../shared/domain/case-records';
import type { ReadDb, WriteDb } from '../db/handles';
import { actorOf, caseEvent, complaintRow, conflict, fieldError, RECUSAL, requireNotInvalid, requireWriter } from './access';
import { recordChange } from '../change-log/change-log';
import type { User } from '../../../shared/api/users';
import {
  findReportRowOfComplaint,
  insertReportRow,
  insertReportStep,
  markReportSubmitted,
  reportStepRows,
  setReportStatus,
  storedReportRow,
  storedReportRowOfComplaint,
  syncedReportSteps,
  updateReportFields,
  type ReportFieldColumns,
} from './investigation-report-repository';

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

/** The report as the API shows it, plus who wrote it (never sent: the core decides who may review). */
export type StoredReport = InvestigationReport & { authorIds: string[] };

export function reportOf(db: ReadDb, complaintId: string): StoredReport | null {
  const row = findReportRowOfComplaint(db, complaintId);
  if (!row) return null;
  const steps = reportStepRows(db, row.id);
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
  const after = storedReportRowOfComplaint(tx, complaintId)!;
  const steps = syncedReportSteps(tx, after.id);
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

function fieldColumns(fields: ReportFields): ReportFieldColumns {
  return {
    cause: fields.cause,
    course: fields.course,
    responsible_person: fields.responsiblePerson,
    conclusion: fields.conclusion,
    countermeasures: fields.countermeasures,
    original_attached: fields.originalAttached ? 1 : 0,
  };
}

/** Saves the draft (creating it on first save); with `submit`, hands it to the manager. */
export function saveReport(tx: WriteDb, input: ReportFields & { complaintId: string; version: number; submit: boolean }, user: User, at: Date): void {
  const row = complaintRow(tx, input.complaintId);
  requireNotInvalid(row);
  requireWriter(actorOf(row, user));
  const existing = findReportRowOfComplaint(tx, row.id);
  if ((existing?.version ?? 0) !== input.version) throw conflict();
  if (existing && existing.status !== 'draft') throw new ApiError('CONFLICT', '调查报告已提交审核，审核中不能修改 / the report is under review');
  const now = at.toISOString();
  const fields = fieldColumns(input);
  let id = existing?.id;
  if (!id) {
    id = newId();
    insertReportRow(tx, { id, complaint_id: row.id, ...fields, created_by: user.id, created_at: now, updated_at: now });
  } else {
    updateReportFields(tx, id, fields, now);
  }
  if (input.submit) {
    const round = (existing?.round ?? 0) + 1;
    markReportSubmitted(tx, id, user.id, now, round);
    insertReportStep(tx, id, { round, step: 'submit', decision: 'submit', opinion: null, by_user: user.id, at: now });
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
  const before = storedReportRow(tx, report.id);
  const to: ReportStatus = input.decision === 'approve' ? rule.approvedTo : 'draft';
  setReportStatus(tx, report.id, to, input.decision === 'return' ? (input.opinion ?? null) : null, now);
  insertReportStep(tx, report.id, { round: report.round, step: input.step, decision: input.decision, opinion: input.opinion ?? null, by_user: user.id, at: now });
  audit(tx, row.id, user, at, `caseRecords.reviewReport.${input.step}`, before);
  caseEvent(tx, row, user, at, `report.${input.step}`, { decision: input.decision, opinion: input.opinion });
}
