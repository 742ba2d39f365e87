import type { WorkingCalendar } from '../calendar/working-calendar';
import { addDays, localDay, monthKey, quarterKey, weekKey, yearKey } from './period';
import type { ReportRow } from './report-row';

/** What the site knows of one complaint when it builds its report row (electron/core/reports/projection.ts gathers it). */
export interface ReportRowInput {
  siteId: string;
  complaintId: string;
  version: number;
  serial: string;
  kind: string;
  channel: string;
  status: string;
  classCode: string | null;
  problemCode: string | null;
  validity: string;
  invalidReason: string | null;
  /** A cause the record itself names (none is recorded yet besides the invalid reason). */
  cause: string | null;
  unit: string | null;
  handlerId: string | null;
  handlerName: string | null;
  receivedAt: string;
  closedAt: string | null;
  dueAt: string | null;
  /** The record's deadlines as its pack grades them now: milestone, step and due time. */
  deadlines: readonly { milestone: string; step: string; due: string | null }[];
  firstResponseAt: string | null;
  resolvedAt: string | null;
  customerInformedAt: string | null;
  callBacks: readonly { at: string; satisfied: boolean }[];
  escalations: number;
  repeatOf: string | null;
  /** When a solution was first recorded after the handling limit had passed (the late plan), if ever. */
  latePlanAt: string | null;
}

/** Which of the pack's milestones stand for the three steps the reports time (first match wins). */
export const TIMED_STEPS = {
  response: ['response'],
  handling: ['resolution'],
  reply: ['reply', 'customerInformed'],
} as const;

function dueOf(deadlines: ReportRowInput['deadlines'], milestones: readonly string[]): string | null {
  for (const milestone of milestones) {
    const own = deadlines.find((d) => d.milestone === milestone && d.step === milestone) ?? deadlines.find((d) => d.milestone === milestone);
    if (own) return own.due;
  }
  return null;
}

/** The row, a pure function of what the site holds (so a test can build the expected row by hand). */
export function buildReportRow(input: ReportRowInput, calendar: WorkingCalendar | null): ReportRow {
  const received = localDay(input.receivedAt);
  const closed = input.closedAt ? localDay(input.closedAt) : null;
  const resolvedAt = input.resolvedAt;
  const callBackAt = resolvedAt ? (input.callBacks.map((c) => c.at).filter((at) => at >= resolvedAt).sort()[0] ?? null) : null;
  return {
    site_id: input.siteId,
    complaint_id: input.complaintId,
    version: input.version,
    serial: input.serial,
    kind: input.kind,
    channel: input.channel,
    status: input.status,
    class_code: input.classCode,
    category: input.problemCode,
    cause: input.validity === 'invalid' ? input.invalidReason : input.cause,
    validity: input.validity,
    unit: input.unit,
    handler_id: input.handlerId,
    handler_name: input.handlerName,
    received_at: input.receivedAt,
    received_day: received,
    received_week: weekKey(received),
    received_month: monthKey(received),
    received_quarter: quarterKey(received),
    received_year: yearKey(received),
    closed_at: input.closedAt,
    closed_week: closed && weekKey(closed),
    closed_month: closed && monthKey(closed),
    closed_quarter: closed && quarterKey(closed),
    closed_year: closed && yearKey(closed),
    due_at: input.dueAt,
    response_due_at: dueOf(input.deadlines, TIMED_STEPS.response),
    response_done_at: input.firstResponseAt,
    handling_due_at: dueOf(input.deadlines, TIMED_STEPS.handling),
    handling_done_at: resolvedAt,
    reply_due_at: dueOf(input.deadlines, TIMED_STEPS.reply),
    reply_done_at: input.customerInformedAt,
    resolved_at: resolvedAt,
    call_back_at: callBackAt,
    call_back_lag_ms: resolvedAt && callBackAt ? Date.parse(callBackAt) - Date.parse(resolvedAt) : null,
    call_backs: input.callBacks.length,
    satisfied_call_backs: input.callBacks.filter((c) => c.satisfied).length,
    escalations: input.escalations,
    is_repeat: input.repeatOf ? 1 : 0,
    handling_milli_work_days: resolvedAt && calendar ? Math.round((workingMinutesBetween(new Date(input.receivedAt), new Date(resolvedAt), calendar) * 1000) / workingDayMinutes(calendar)) : null,
    late_plan_at: input.latePlanAt,
  };
}

export function workingDayMinutes(calendar: WorkingCalendar): number {
  return calendar.hours.close - calendar.hours.open;
}

/**
 * Working time between two instants in minutes: only opening hours on working
 * days count (holidays and 调休 as the calendar has them), as the deadlines
 * count "working hours". Zero when `to` is not after `from`.
 */
export function workingMinutesBetween(from: Date, to: Date, calendar: WorkingCalendar): number {
  if (to.getTime() <= from.getTime()) return 0;
  const start = calendar.local(from);
  const end = calendar.local(to);
  const { open, close } = calendar.hours;
  let total = 0;
  for (let day = start.date; day <= end.date; day = addDays(day, 1)) {
    if (!calendar.isWorkingDay(day)) continue;
    const lower = Math.max(open, day === start.date ? start.minute : 0);
    const upper = Math.min(close, day === end.date ? end.minute : 24 * 60);
    if (upper > lower) total += upper - lower;
  }
  return total;
}
