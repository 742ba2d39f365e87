import { sql, type Kysely } from 'kysely';
import type { Dialect } from './migrations';

/**
 * 0009-personal-access (issue 19 §4, seed002 客户管理制度1 第二十五条 查阅登记, 第三十七条 人员、时间、地点和事项):
 * - `console_users.may_read_personal` (0/1): the staff member may see one record's personal fields in full,
 *   with a reason; granted by a console administrator, off for every account until then (第三十四条: the
 *   minimum data scope the job needs);
 * - `head_office_personal_access`: head office's register of full views and report exports, the same
 *   entry as the site's `personal_data_access` (which reaches head office as pushed records). Append-only:
 *   the database itself refuses UPDATE and DELETE (a trigger on each engine), so no route or script
 *   can rewrite who looked at what.
 */
export async function personalAccessMigration(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const text = 'text' as const;
  await db.schema
    .alterTable('console_users')
    .addColumn('may_read_personal', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('head_office_personal_access')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('at', text, (c) => c.notNull())
    .addColumn('user_id', text, (c) => c.notNull().references('console_users.id'))
    .addColumn('user_name', text, (c) => c.notNull())
    .addColumn('action', text, (c) => c.notNull())
    .addColumn('subject', text, (c) => c.notNull())
    .addColumn('site_id', text, (c) => c.references('sites.id'))
    .addColumn('record_id', text)
    .addColumn('row_count', 'integer')
    .addColumn('reason', text)
    .addColumn('place', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('head_office_personal_access_by_at').on('head_office_personal_access').columns(['at']).execute();
  if (dialect === 'postgres') {
    await sql`CREATE FUNCTION head_office_personal_access_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'head_office_personal_access is append-only'; END $$`.execute(db);
    await sql`CREATE TRIGGER head_office_personal_access_no_change BEFORE UPDATE OR DELETE ON head_office_personal_access
      FOR EACH ROW EXECUTE FUNCTION head_office_personal_access_append_only()`.execute(db);
    // TRUNCATE skips row triggers: refused by its own statement trigger.
    await sql`CREATE TRIGGER head_office_personal_access_no_truncate BEFORE TRUNCATE ON head_office_personal_access
      FOR EACH STATEMENT EXECUTE FUNCTION head_office_personal_access_append_only()`.execute(db);
  } else {
    await sql`CREATE TRIGGER head_office_personal_access_no_update BEFORE UPDATE ON head_office_personal_access
      BEGIN SELECT RAISE(ABORT, 'head_office_personal_access is append-only'); END`.execute(db);
    await sql`CREATE TRIGGER head_office_personal_access_no_delete BEFORE DELETE ON head_office_personal_access
      BEGIN SELECT RAISE(ABORT, 'head_office_personal_access is append-only'); END`.execute(db);
  }
}
