import type { Kysely } from 'kysely';

/**
 * 0008-report-late-plans (issue 17 §1.1): `report_complaints.late_plan_at`,
 * when a solution was first recorded after the handling limit had passed, so
 * head office counts such cases as overdue (shared/reports/measures.ts
 * 逾期件数, 逾期补录计划) as the site does (core migration 0024). Text, as
 * every instant of the relation, on both engines. Nullable: rows already held
 * stay null until the site sends them again (an upgraded site queues every
 * complaint with a late plan once: core migration 0024), and a site not yet
 * upgraded sends rows without the field, stored as null.
 */
export async function reportLatePlansMigration(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('report_complaints').addColumn('late_plan_at', 'text').execute();
}
