import { monthlyOccurrence, monthsDueIn, type CadenceOccurrence } from '../../../shared/reports/cadence';
import type { ReadDb } from '../db/handles';
import { checkedCustomersIn, reportRowOf } from './credit-monthly-repository';
import { limitHoldersOn } from './credit-limits-repository';
import { gradedBetween } from './credit-repository';

type Period = { firstDay: string; lastDay: string };
type MonthCount = (from: string, to: string, holders: string[]) => { required: number; done: number };

/**
 * One occurrence per calendar month that has begun by `today` and is due (on
 * its last day) within the period, for the months where some customer held a
 * credit limit on the first day; `count` says what is required and done.
 */
function monthlyOccurrences(db: ReadDb, period: Period, today: string, count: MonthCount): CadenceOccurrence[] {
  return monthsDueIn(period, today).flatMap((month) => {
    const holders = limitHoldersOn(db, month.from);
    if (holders.length === 0) return [];
    const { required, done } = count(month.from, month.to, holders);
    return [monthlyOccurrence(month, required, done, today)];
  });
}

/**
 * The monthly check of credit customers (seed002 客户管理制度3 第三十八条;
 * shared/credit/credit-pack.ts MONTHLY_CREDIT_CHECK) as planned against done:
 * requiring every customer holding a limit on the month's first day, done by
 * those customers graded within it.
 */
export function monthlyCreditChecks(db: ReadDb, period: Period, today: string): CadenceOccurrence[] {
  return monthlyOccurrences(db, period, today, (from, to, holders) => {
    const graded = new Set(gradedBetween(db, from, to).map((r) => r.customer_id));
    return { required: holders.length, done: holders.filter((id) => graded.has(id)).length };
  });
}

/** 《客户授信额度执行评价表》 (第四十条, EXECUTION_EVALUATION): each holder's evaluation of the month, done once the sales manager has checked it. */
export function monthlyExecutionEvaluations(db: ReadDb, period: Period, today: string): CadenceOccurrence[] {
  return monthlyOccurrences(db, period, today, (from, _to, holders) => {
    const checked = new Set(checkedCustomersIn(db, from.slice(0, 7)));
    return { required: holders.length, done: holders.filter((id) => checked.has(id)).length };
  });
}

/** The supervisor's written report (第三十九条, SUPERVISOR_REPORT): one a month, done once filed (a late one too; it is marked late on the record). */
export function monthlySupervisorReports(db: ReadDb, period: Period, today: string): CadenceOccurrence[] {
  return monthlyOccurrences(db, period, today, (from) => ({ required: 1, done: reportRowOf(db, from.slice(0, 7)) ? 1 : 0 }));
}
