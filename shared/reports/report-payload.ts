import { localDay, monthKey, quarterKey, weekKey, yearKey } from './period';
import { REPORT_ROW_COLUMNS, reportRowSchema, type ReportRow } from './report-row';

/**
 * The report row inside a complaint's sync payload (`report`), sent compact
 * (issue 21 §1, write once): a column is left out when its value is what
 * `DERIVED` gives from the complaint payload beside it (the complaint's own
 * id, version, serial, status, times …, a period key of its received or
 * closed day, or the column's usual empty value), and head office puts the
 * row back together with `fullReportRow`. Nothing is lost by construction:
 * `compactReportRow` drops a column only when `DERIVED` gives that very value
 * back. A row an older site sends whole goes through the same function
 * unchanged (every column present, nothing derived).
 *
 * `site_id` is never sent: head office stores the pushing device's site,
 * whatever the row says (server/reports/report-projection.ts).
 */
type Payload = Readonly<Record<string, unknown>>;
type Derive = (p: Payload) => unknown;

const field =
  (name: string): Derive =>
  (p) =>
    p[name] ?? null;
const constant =
  (value: unknown): Derive =>
  () =>
    value;
const dayOf = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? localDay(value) : null);
const periodOf =
  (name: string, key: (day: string) => string): Derive =>
  (p) => {
    const day = dayOf(p[name]);
    return day === null ? null : key(day);
  };

/** Each column but `site_id`, as the complaint payload gives it (the values build-row.ts writes in the common case). */
const DERIVED: Record<Exclude<keyof ReportRow, 'site_id'>, Derive> = {
  complaint_id: field('id'),
  version: field('version'),
  serial: field('serial'),
  kind: field('kind'),
  channel: field('channel'),
  status: field('status'),
  class_code: (p) => (p.kind === 'complaint' ? (p.classCode ?? null) : null),
  category: field('problemCode'),
  cause: constant(null),
  validity: constant('valid'),
  unit: field('unit'),
  handler_id: field('assigneeId'),
  handler_name: field('assigneeName'),
  received_at: field('receivedAt'),
  received_day: (p) => dayOf(p.receivedAt),
  received_week: periodOf('receivedAt', weekKey),
  received_month: periodOf('receivedAt', monthKey),
  received_quarter: periodOf('receivedAt', quarterKey),
  received_year: periodOf('receivedAt', yearKey),
  closed_at: field('closedAt'),
  closed_week: periodOf('closedAt', weekKey),
  closed_month: periodOf('closedAt', monthKey),
  closed_quarter: periodOf('closedAt', quarterKey),
  closed_year: periodOf('closedAt', yearKey),
  due_at: field('dueAt'),
  response_due_at: constant(null),
  response_done_at: constant(null),
  handling_due_at: constant(null),
  handling_done_at: field('resolvedAt'),
  reply_due_at: constant(null),
  reply_done_at: constant(null),
  resolved_at: field('resolvedAt'),
  call_back_at: constant(null),
  call_back_lag_ms: constant(null),
  call_backs: constant(0),
  satisfied_call_backs: constant(0),
  escalations: field('escalationCount'),
  is_repeat: (p) => (p.repeatOf ? 1 : 0),
  handling_milli_work_days: constant(null),
  late_plan_at: constant(null),
};
const DERIVED_COLUMNS = Object.keys(DERIVED) as (keyof typeof DERIVED)[];

/** The row as the site sends it: only the columns the complaint payload does not already say. */
export function compactReportRow(row: ReportRow, payload: Payload): Partial<ReportRow> {
  const compact: Partial<ReportRow> = {};
  for (const column of DERIVED_COLUMNS) {
    if (DERIVED[column](payload) !== row[column]) (compact as Record<string, unknown>)[column] = row[column];
  }
  return compact;
}

/**
 * The full row head office stores, from the `report` a complaint payload
 * carries, compact or whole (an older site's); null when there is none or it
 * fails the shared schema (the record itself is still stored: its next
 * version brings the row).
 */
export function fullReportRow(report: unknown, payload: Payload, siteId: string): ReportRow | null {
  if (!report || typeof report !== 'object' || Array.isArray(report)) return null;
  const sent = report as Record<string, unknown>;
  const row: Record<string, unknown> = { site_id: siteId };
  for (const column of REPORT_ROW_COLUMNS) {
    if (column === 'site_id') continue;
    row[column] = column in sent ? sent[column] : DERIVED[column](payload);
  }
  const parsed = reportRowSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}
