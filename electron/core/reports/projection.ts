import type { WorkingCalendar } from '../../../shared/calendar/working-calendar';
import { buildReportRow, type ReportRowInput } from '../../../shared/reports/build-row';
import type { ReportRow } from '../../../shared/reports/report-row';
import type { WriteDb } from '../db/handles';
import { callBacksOf, complaintSource, readReportRow, siteIdOf, upsertReportRow } from './report-repository';

/** What grading just worked out for a complaint: its deadlines under its pack, and the calendar they were counted on. */
export interface GradedTiming {
  deadlines: readonly { milestone: string; step: string; due: string | null }[];
  calendar: WorkingCalendar;
}

/**
 * Writes a complaint's report row in the caller's transaction.
 * - With `graded` (called by grading, which every change of a complaint runs):
 *   every column, the steps' due times and the handling time in working days
 *   included.
 * - Without (called when the complaint's sync payload is built, after records
 *   written since grading — an escalation the re-grading timer fired, a
 *   call-back): the record's own columns again, keeping the due times and
 *   working days grading stored.
 * Returns the row as stored (it travels in the complaint's sync payload).
 */
export function projectComplaint(tx: WriteDb, complaintId: string, graded?: GradedTiming): ReportRow | null {
  const source = complaintSource(tx, complaintId);
  const siteId = siteIdOf(tx);
  if (!source || !siteId) return null;
  const stored = graded ? undefined : readReportRow(tx, complaintId);
  const deadlines = graded?.deadlines ?? storedDeadlines(stored);
  const input: ReportRowInput = {
    siteId,
    complaintId: source.id,
    version: source.version,
    serial: source.serial,
    kind: source.kind,
    channel: source.channel,
    status: source.status,
    classCode: source.kind === 'complaint' ? source.class_code : null,
    problemCode: source.problem_code,
    validity: source.validity,
    invalidReason: source.invalid_reason,
    cause: null,
    unit: source.unit,
    handlerId: source.assignee_id,
    handlerName: source.assignee_name,
    receivedAt: source.received_at,
    closedAt: source.closed_at,
    dueAt: source.due_at,
    deadlines,
    firstResponseAt: source.first_response_at,
    resolvedAt: source.resolved_at,
    customerInformedAt: source.customer_informed_at,
    callBacks: callBacksOf(tx, complaintId),
    escalations: source.escalation_count,
    repeatOf: source.repeat_of,
    latePlanAt: source.late_plan_at,
  };
  const row = buildReportRow(input, graded?.calendar ?? null);
  // Between gradings the resolution does not move (resolving re-grades), so the stored working days still hold.
  if (!graded && stored && row.handling_done_at === stored.handling_done_at) row.handling_milli_work_days = stored.handling_milli_work_days;
  upsertReportRow(tx, row);
  return row;
}

function storedDeadlines(stored: ReportRow | undefined): GradedTiming['deadlines'] {
  if (!stored) return [];
  return [
    { milestone: 'response', step: 'response', due: stored.response_due_at },
    { milestone: 'resolution', step: 'resolution', due: stored.handling_due_at },
    { milestone: 'reply', step: 'reply', due: stored.reply_due_at },
  ];
}
