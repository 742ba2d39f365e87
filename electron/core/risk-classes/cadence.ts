import type { CadenceDue } from '../../../shared/api/risk-classes';
import { siteDayOf } from '../../../shared/domain/opinion-book';
import { cadenceStatus, type CadenceStatus, type DoneFollowUp } from '../../../shared/risk-classes/cadence';
import type { RiskClass } from '../../../shared/risk-classes/pack';
import type { ReadDb } from '../db/handles';
import { screeningStatus } from '../../../shared/risk-classes/screening';
import { classedCustomers, followUpsOfClassed, screenedMonths, siteTimeZoneOf } from './repository';

/**
 * The follow-up cadences of seed000 第二篇 三、 on the store: each classified
 * customer's next due day from its class day and the follow-ups recorded on
 * its file, on site days (the site's time zone), never a tick box.
 */

function doneByCustomer(db: ReadDb, timeZone: string): Map<string, DoneFollowUp[]> {
  const byCustomer = new Map<string, DoneFollowUp[]>();
  for (const row of followUpsOfClassed(db)) {
    const list = byCustomer.get(row.customer_id) ?? [];
    list.push({ day: siteDayOf(new Date(row.at), timeZone), method: row.method });
    byCustomer.set(row.customer_id, list);
  }
  return byCustomer;
}

function monthsByCustomer(db: ReadDb): Map<string, string[]> {
  const byCustomer = new Map<string, string[]>();
  for (const row of screenedMonths(db)) byCustomer.set(row.customer_id, [...(byCustomer.get(row.customer_id) ?? []), row.month]);
  return byCustomer;
}

/** Classified customers whose class has a frequency, by the day the next follow-up falls due: the most overdue first. */
export function cadenceDueList(db: ReadDb, now: Date): CadenceDue[] {
  const timeZone = siteTimeZoneOf(db);
  const today = siteDayOf(now, timeZone);
  const done = doneByCustomer(db, timeZone);
  const screened = monthsByCustomer(db);
  const rows: CadenceDue[] = [];
  for (const customer of classedCustomers(db)) {
    const since = siteDayOf(new Date(customer.since), timeZone);
    const riskClass = customer.riskClass as RiskClass;
    const status = cadenceStatus(riskClass, since, done.get(customer.id) ?? [], today);
    const screening = screeningStatus(riskClass, since, screened.get(customer.id) ?? [], today);
    if (status) rows.push({ customerId: customer.id, customerName: customer.name, status, screening });
  }
  return rows.sort((a, b) => a.status.dueOn.localeCompare(b.status.dueOn) || a.customerName.localeCompare(b.customerName, 'zh-CN'));
}

/** One customer's cadence (null without a class the source gives a frequency for). */
export function customerCadence(db: ReadDb, customerId: string, now: Date): CadenceStatus | null {
  return cadenceDueList(db, now).find((row) => row.customerId === customerId)?.status ?? null;
}
