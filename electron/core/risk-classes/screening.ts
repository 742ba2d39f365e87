import type { ApiParsedInput } from '../../../shared/api/contract';
import type { RiskScreening } from '../../../shared/api/risk-classes';
import type { User } from '../../../shared/api/users';
import { newId } from '../../../shared/ids';
import { siteDayOf } from '../../../shared/domain/opinion-book';
import type { RiskClass } from '../../../shared/risk-classes/pack';
import { screeningStatus, SCREENING_SOURCES, type ScreeningStatus } from '../../../shared/risk-classes/screening';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { changesOf, insertScreening, screeningsOf, siteTimeZoneOf, type ScreeningRow } from './repository';
import { currentClass, refuse, requireCustomer, requireStepRight } from './guards';

/**
 * 《客户风险排查表》 on the store (seed000 第二篇 三(一)1、三(二)1(4)): a class 1 or 2 customer's monthly
 * form is filed once per month with the four chains and 风险状况和处置情况; which months are filed,
 * due and missed is computed from the class day and the forms (shared/risk-classes/screening.ts).
 */

function toScreening(row: ScreeningRow & { filed_by_name: string }): RiskScreening {
  return {
    id: row.id,
    customerId: row.customer_id,
    month: row.month,
    riskClass: row.risk_class as RiskClass,
    capitalChain: row.capital_chain,
    operatingChain: row.operating_chain,
    investmentChain: row.investment_chain,
    guaranteeChain: row.guarantee_chain,
    situation: row.situation,
    filedByName: row.filed_by_name,
    filedAt: row.filed_at,
  };
}

export function customerScreenings(db: ReadDb, customerId: string): RiskScreening[] {
  return screeningsOf(db, customerId).map(toScreening);
}

/** The class in force and the site day it was decided, or null for an unclassified customer. */
function classSince(db: ReadDb, customerId: string, timeZone: string): { riskClass: RiskClass; sinceDay: string } | null {
  const newest = changesOf(db, customerId)[0];
  return newest ? { riskClass: newest.to_class as RiskClass, sinceDay: siteDayOf(new Date(newest.decided_at), timeZone) } : null;
}

/** The monthly form's state for one customer (null where its class has none). */
export function customerScreeningStatus(db: ReadDb, customerId: string, now: Date, filedMonths?: readonly string[]): ScreeningStatus | null {
  const timeZone = siteTimeZoneOf(db);
  const since = classSince(db, customerId, timeZone);
  if (!since) return null;
  const months = filedMonths ?? screeningsOf(db, customerId).map((s) => s.month);
  return screeningStatus(since.riskClass, since.sinceDay, months, siteDayOf(now, timeZone));
}

export function fileScreening(tx: WriteDb, input: ApiParsedInput<'riskClasses.fileScreening'>, user: User, at: Date): RiskScreening {
  requireStepRight(user, 'propose');
  requireCustomer(tx, input.customerId);
  const riskClass = currentClass(tx, input.customerId);
  if (!SCREENING_SOURCES[riskClass]) throw refuse('CONFLICT', 'screeningNotRequired');
  const timeZone = siteTimeZoneOf(tx);
  const thisMonth = siteDayOf(at, timeZone).slice(0, 7);
  if (input.month > thisMonth) throw refuse('VALIDATION', 'screeningFutureMonth', { month: input.month }, 'month');
  const since = classSince(tx, input.customerId, timeZone)!;
  if (input.month < since.sinceDay.slice(0, 7)) throw refuse('VALIDATION', 'screeningBeforeClass', { month: input.month }, 'month');
  if (screeningsOf(tx, input.customerId).some((s) => s.month === input.month)) throw refuse('CONFLICT', 'screeningAlreadyFiled', { month: input.month });
  const row: ScreeningRow = {
    id: newId(),
    customer_id: input.customerId,
    month: input.month,
    risk_class: riskClass,
    capital_chain: input.capitalChain,
    operating_chain: input.operatingChain,
    investment_chain: input.investmentChain,
    guarantee_chain: input.guaranteeChain,
    situation: input.situation,
    filed_by: user.id,
    filed_at: at.toISOString(),
  };
  insertScreening(tx, row);
  recordChange(tx, { userId: user.id, at, action: 'riskClasses.fileScreening', entity: 'risk_screening', entityId: row.id, entityVersion: 1, before: null, after: row, syncPayload: row });
  return customerScreenings(tx, input.customerId).find((s) => s.id === row.id)!;
}
