import { z } from 'zod';

/**
 * The reporting relation: one row per complaint (投诉, 建议 and 咨询 alike),
 * with the same columns at the site (table `report_complaints`, core
 * migration 0021) and at head office (the same table with every site's rows,
 * server migration 0006). Every report definition is computed from it alone,
 * by SQL built with Kysely (report-sql-repository.ts), so the two engines
 * give the same numbers.
 *
 * The site writes a complaint's row whenever the complaint is graded (every
 * change re-grades it: electron/core/reports/projection.ts), with the values
 * that need the rule pack or the working calendar already worked out (the due
 * time of each step, handling time in working days); the row travels inside
 * the complaint's sync payload (`report`) and head office stores it in the
 * transaction that applies the batch. Head office never recomputes a row.
 *
 * Instants are ISO-8601 UTC text (`2026-03-05T02:00:00.000Z`): they compare
 * as text on both engines. Period keys are the local (Asia/Shanghai) keys of
 * period.ts, stored so that grouping by month or week is a plain column.
 *
 * Adding a column: a name here, its value in build-row.ts, one core and one
 * server migration adding it (nullable), and a measure or dimension using it.
 * A column added after sites are in the field must also accept rows without
 * it (`.default(null)`): a site not yet upgraded keeps pushing its rows, and
 * head office stores them (server reports/report-projection.ts) rather than
 * drop them until that site upgrades.
 */
const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
const nullableInstant = instant.nullable();
const key = z.string().min(1).max(10);
const count = z.number().int().min(0);

export const reportRowSchema = z
  .object({
    site_id: z.string().min(1),
    complaint_id: z.string().min(1),
    /** The complaint's version the row was built from: head office keeps the row of the highest version. */
    version: z.number().int().min(1),
    serial: z.string(),
    kind: z.string(),
    channel: z.string(),
    status: z.string(),
    class_code: z.string().nullable(),
    /** 问题类别: the complaint's problem code (seed004 §I "the same problem"), as typed at intake. */
    category: z.string().nullable(),
    /** 原因: for an invalid complaint the pack's invalid reason; otherwise the cause the record names, if any. */
    cause: z.string().nullable(),
    validity: z.string(),
    unit: z.string().nullable(),
    handler_id: z.string().nullable(),
    handler_name: z.string().nullable(),
    received_at: instant,
    received_day: z.string().length(10),
    received_week: key,
    received_month: key,
    received_quarter: key,
    received_year: key,
    closed_at: nullableInstant,
    closed_week: key.nullable(),
    closed_month: key.nullable(),
    closed_quarter: key.nullable(),
    closed_year: key.nullable(),
    /** The earliest deadline not met yet (open records only): the overdue lists. */
    due_at: nullableInstant,
    /** Each step's due time under the record's rule pack (null: the pack sets none, or its clock has not started) and when it was done. */
    response_due_at: nullableInstant,
    response_done_at: nullableInstant,
    handling_due_at: nullableInstant,
    handling_done_at: nullableInstant,
    reply_due_at: nullableInstant,
    reply_done_at: nullableInstant,
    /** The resolution the customer was called back about (cleared when a dissatisfied call-back reopens the case). */
    resolved_at: nullableInstant,
    /** The first call-back at or after `resolved_at`. */
    call_back_at: nullableInstant,
    /** Milliseconds from `resolved_at` to `call_back_at`: "called back within h hours" is a whole-number comparison on both engines. */
    call_back_lag_ms: z.number().int().min(0).nullable(),
    call_backs: count,
    satisfied_call_backs: count,
    escalations: count,
    is_repeat: z.number().int().min(0).max(1),
    /** Working time from receipt to resolution, in thousandths of a working day (the site's calendar and hours). */
    handling_milli_work_days: z.number().int().min(0).nullable(),
    /**
     * 补录计划: when a solution was first recorded after the handling limit had passed (issue 17 §1.1: the
     * case keeps counting as overdue in reports). Added by core migration 0024 / server 0008: a row from a
     * site older than that has no such field and is read as null (no late plan known), not refused.
     */
    late_plan_at: nullableInstant.default(null),
  })
  .strict();
export type ReportRow = z.infer<typeof reportRowSchema>;

export const REPORT_ROW_COLUMNS = Object.keys(reportRowSchema.shape) as (keyof ReportRow)[];

/** The Kysely view of the relation (same on both engines). */
export interface ReportDatabase {
  report_complaints: ReportRow;
}
