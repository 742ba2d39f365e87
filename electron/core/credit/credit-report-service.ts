import type { ApiParsedInput } from '../../../shared/api/contract';
import type { CreditMonth, SupervisorReport } from '../../../shared/api/credit-monthly';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { addDaysToDay } from '../../../shared/credit/credit-dates';
import { firstDayOf, lastDayOf } from '../../../shared/credit/credit-monthly';
import { newId } from '../../../shared/ids';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { limitHoldersOn } from './credit-limits-repository';
import { requirePermission, siteToday, toEvaluation } from './credit-evaluation-service';
import { customerNamesOf, evaluationRowsOf, insertReport, reportRowOf, type ReportRow } from './credit-monthly-repository';

/**
 * The business supervisor's monthly written report (seed002 客户管理制度3
 * 第三十九条, shared/credit/credit-monthly.ts SUPERVISOR_REPORT) and the month's
 * view of both monthly records. A report covers the customers holding a limit
 * on the month's first day, is due on its last day, and is append-only.
 */

function toReport(db: ReadDb, row: ReportRow): SupervisorReport {
  const ids = JSON.parse(row.customer_ids) as string[];
  const names = new Map(customerNamesOf(db, ids).map((c) => [c.id, c.name]));
  return {
    id: row.id,
    month: row.month,
    text: row.body,
    customers: ids.map((customerId) => ({ customerId, customerName: names.get(customerId) ?? '' })),
    filed: { byName: row.filed_by_name, at: row.filed_at },
    filedOn: row.filed_on,
    late: row.filed_on > lastDayOf(row.month),
  };
}

export function fileReport(tx: WriteDb, input: ApiParsedInput<'credit.fileReport'>, user: User, at: Date): SupervisorReport {
  requirePermission(user, 'credit.propose', 'creditMonthly.errors.reportRole');
  const today = siteToday(tx, at);
  if (firstDayOf(input.month) > today) throw ApiError.because('VALIDATION', 'creditMonthly.errors.reportMonthAhead', undefined, 'month');
  if (reportRowOf(tx, input.month)) throw ApiError.because('CONFLICT', 'creditMonthly.errors.reportFiled');
  const holders = limitHoldersOn(tx, firstDayOf(input.month));
  if (holders.length === 0) throw ApiError.because('CONFLICT', 'creditMonthly.errors.noLimitHolders');
  const id = newId();
  const sorted = customerNamesOf(tx, holders).map((c) => c.id);
  insertReport(tx, { id, month: input.month, body: input.text, customer_ids: JSON.stringify(sorted), filed_by: user.id, filed_at: at.toISOString(), filed_on: today });
  const report = toReport(tx, reportRowOf(tx, input.month)!);
  const payload = { ...report, customers: report.customers.map((c) => ({ customerId: c.customerId })) };
  recordChange(tx, { userId: user.id, at, action: 'credit.fileReport', entity: 'credit_supervisor_report', entityId: id, entityVersion: 1, before: null, after: payload, syncPayload: payload });
  return report;
}

/**
 * The month's rows: the customers holding a limit on its first day (owed an
 * evaluation), then those granted one later in the month (up to today) and any
 * other evaluated in it; the report and whether it is owed.
 */
export function creditMonth(db: ReadDb, month: string, at: Date): CreditMonth {
  const today = siteToday(db, at);
  const holders = new Set(limitHoldersOn(db, firstDayOf(month)));
  const lastSeen = today < lastDayOf(month) ? today : lastDayOf(month);
  const grantedSince = lastSeen < firstDayOf(month) ? [] : limitHoldersOn(db, addDaysToDay(lastSeen, 1));
  const evaluations = new Map(evaluationRowsOf(db, month).map((row) => [row.customer_id, toEvaluation(row)]));
  const rows = customerNamesOf(db, [...new Set([...holders, ...grantedSince, ...evaluations.keys()])]).map((c) => ({
    customerId: c.id,
    customerName: c.name,
    required: holders.has(c.id),
    evaluation: evaluations.get(c.id) ?? null,
  }));
  rows.sort((a, b) => Number(b.required) - Number(a.required));
  const report = reportRowOf(db, month);
  return { month, dueOn: lastDayOf(month), today, rows, report: report ? toReport(db, report) : null, reportRequired: holders.size > 0 };
}
