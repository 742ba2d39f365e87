import { monthKey, quarterKey, weekKey, yearKey } from '../../shared/reports/period';
import type { ReportRow } from '../../shared/reports/report-row';

/**
 * The fixed data set of the report tests, generated from the row number i =
 * 0…23 by the rules below (no randomness), so its totals can be worked out by
 * hand (report-engines.test.ts does). Eight records a month, January to March
 * 2026, received on day 5 + (i mod 8) at 10:00 Beijing time. With p = i mod 8:
 * - p 0–5 complaints, p 6 a suggestion, p 7 an inquiry;
 * - channel: phone when i is even, in person when odd;
 * - p 0 class major, p 1–5 ordinary; category noise (p 0–2), billing (p 3–4);
 * - unit 一班 / handler 张伟 (p 0–2), 二班 / 刘强 (p 3–4), none otherwise;
 * - p 0: responded in 30 min, resolved and told +2 d, called back 24 h later, satisfied, closed (+3 d);
 * - p 1: responded in 30 min, resolved and told +4 d (reply late), one dissatisfied call-back before (escalated once),
 *        called back 72 h after (late), satisfied, closed (+7 d);
 * - p 2: responded in 30 min, resolved and told +2 d, never called back (status resolved);
 * - p 3: responded after 2 h (late), in progress, escalated twice;
 * - p 4: registered, never responded, validity pending; a repeat complaint in February and March;
 * - p 5: invalid (customer's own cause), closed +1 d, responded in 30 min;
 * - p 6 (suggestion): closed +1 d; p 7 (inquiry): closed +30 d.
 * - late plans (a solution recorded after the handling limit): p 3 at +8 d; p 2 in February at +1 d (the
 *   limit it missed was later extended, so its steps are on time and only the late plan makes it overdue).
 * Deadlines: response +1 h, resolution +7 d, reply +3 d (complaints p 0–4; none for p 5–7).
 * Working days of handling: p 0 2.000, p 1 3.500, p 2 1.500.
 */
const H = 3_600_000;
const D = 24 * H;
const iso = (ms: number) => new Date(ms).toISOString();

export function datasetRow(i: number, siteId = 'site-1'): ReportRow {
  const p = i % 8;
  const month = Math.floor(i / 8) + 1;
  const received = Date.UTC(2026, month - 1, 5 + p, 2);
  const day = new Date(received + 8 * H).toISOString().slice(0, 10);
  const kind = p === 6 ? 'suggestion' : p === 7 ? 'inquiry' : 'complaint';
  const complaint = kind === 'complaint';
  const at = (offset: number | null) => (offset === null ? null : iso(received + offset));
  const closedOffset = { 0: 3 * D, 1: 7 * D, 5: 1 * D, 6: 1 * D, 7: 30 * D }[p] ?? null;
  const resolvedOffset = { 0: 2 * D, 1: 4 * D, 2: 2 * D }[p] ?? null;
  const closed = at(closedOffset);
  const closedDay = closed ? new Date(Date.parse(closed) + 8 * H).toISOString().slice(0, 10) : null;
  const status = ['closed', 'closed', 'resolved', 'in_progress', 'registered', 'invalid', 'closed', 'closed'][p]!;
  const unit = p <= 2 ? '一班' : p <= 4 ? '二班' : null;
  const timed = complaint && p <= 4;
  const responded = complaint && p !== 4 ? at(p === 3 ? 2 * H : 0.5 * H) : null;
  return {
    site_id: siteId,
    complaint_id: `${siteId}-c${String(i).padStart(2, '0')}`,
    version: 1 + p,
    serial: `S-${String(i).padStart(4, '0')}`,
    kind,
    channel: i % 2 === 0 ? 'phone' : 'in_person',
    status,
    class_code: complaint ? (p === 0 ? 'major' : 'ordinary') : null,
    category: p <= 2 ? 'noise' : p <= 4 ? 'billing' : null,
    cause: p === 5 ? 'customer_own_cause' : null,
    validity: p === 5 ? 'invalid' : p <= 3 ? 'valid' : 'pending',
    unit,
    handler_id: unit === '一班' ? 'u-zhangwei' : unit === '二班' ? 'u-liuqiang' : null,
    handler_name: unit === '一班' ? '张伟' : unit === '二班' ? '刘强' : null,
    received_at: iso(received),
    received_day: day,
    received_week: weekKey(day),
    received_month: monthKey(day),
    received_quarter: quarterKey(day),
    received_year: yearKey(day),
    closed_at: closed,
    closed_week: closedDay && weekKey(closedDay),
    closed_month: closedDay && monthKey(closedDay),
    closed_quarter: closedDay && quarterKey(closedDay),
    closed_year: closedDay && yearKey(closedDay),
    due_at: p === 2 ? at(2 * D + 48 * H) : p === 3 ? at(7 * D) : p === 4 ? at(H) : null,
    response_due_at: timed ? at(H) : null,
    response_done_at: responded,
    handling_due_at: timed ? at(7 * D) : null,
    handling_done_at: at(resolvedOffset),
    reply_due_at: timed ? at(3 * D) : null,
    reply_done_at: at(resolvedOffset),
    resolved_at: at(resolvedOffset),
    call_back_at: p === 0 ? at(3 * D) : p === 1 ? at(7 * D) : null,
    call_back_lag_ms: p === 0 ? 24 * H : p === 1 ? 72 * H : null,
    call_backs: p === 0 ? 1 : p === 1 ? 2 : 0,
    satisfied_call_backs: p <= 1 ? 1 : 0,
    escalations: p === 1 ? 1 : p === 3 ? 2 : 0,
    is_repeat: p === 4 && i >= 8 ? 1 : 0,
    handling_milli_work_days: p === 0 ? 2000 : p === 1 ? 3500 : p === 2 ? 1500 : null,
    late_plan_at: p === 3 ? at(8 * D) : p === 2 && month === 2 ? at(D) : null,
  };
}

export function dataset(siteId = 'site-1'): ReportRow[] {
  return Array.from({ length: 24 }, (_, i) => datasetRow(i, siteId));
}

/** The moment the tests run the reports: after every deadline of the quarter. */
export const DATASET_AS_OF = '2026-04-20T00:00:00.000Z';
