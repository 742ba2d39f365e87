import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/schema';
import { recordsWithPayload } from '../services/console-records';

/** All the SQL of head office's risk-class lists: the class changes, credit records, risk meetings and customer files the sites synced. */

export async function syncedClassChanges(db: Kysely<ServerDatabase>, siteId: string | undefined) {
  return recordsWithPayload(db, 'risk_class_change', siteId).select(['r.site_id', 's.code', 's.name', 'r.entity_id', 'e.payload']).orderBy('r.site_id').orderBy('r.entity_id').execute();
}

export async function syncedCustomers(db: Kysely<ServerDatabase>, siteId: string | undefined) {
  return recordsWithPayload(db, 'customer', siteId).select(['r.site_id', 'r.entity_id', 'e.payload']).execute();
}

export async function syncedCreditGradings(db: Kysely<ServerDatabase>, siteId: string | undefined) {
  return recordsWithPayload(db, 'credit_grading', siteId).select(['r.site_id', 's.code', 's.name', 'r.entity_id', 'e.payload']).orderBy('r.site_id').orderBy('r.entity_id').execute();
}

/** The evaluation forms, supervisors' reports and approved limit adjustments (第三十九条–第四十一条) the sites synced, at their latest version. */
export async function syncedCreditMonthly(db: Kysely<ServerDatabase>, entity: 'credit_evaluation' | 'credit_supervisor_report' | 'credit_limit_adjustment', siteId: string | undefined) {
  return recordsWithPayload(db, entity, siteId).select(['r.site_id', 's.code', 's.name', 'r.entity_id', 'e.payload']).orderBy('s.code').orderBy('r.entity_id').execute();
}

/** The risk meetings (seed000 第二篇 三、) the sites synced: each recorded once (append-only at the site). */
export async function syncedRiskMeetings(db: Kysely<ServerDatabase>, siteId: string | undefined) {
  return recordsWithPayload(db, 'risk_meeting', siteId).select(['r.site_id', 's.code', 's.name', 'r.entity_id', 'e.payload']).orderBy('s.code').orderBy('r.entity_id').execute();
}
