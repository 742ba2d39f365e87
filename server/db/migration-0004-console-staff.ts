import { sql, type Kysely } from 'kysely';

/**
 * 0004-console-staff: staff accounts managed in the console, and remarks
 * written there.
 * - `console_users.disabled_at`: a disabled account cannot sign in (its
 *   sessions are deleted when it is disabled); null while active;
 * - `console_users.is_admin` (0/1; integer, as SQLite has no boolean): may
 *   manage accounts. Accounts made before this migration were made by the
 *   server operator (admin token or --create-user) and could already do
 *   everything, so they become administrators;
 * - `head_office_remarks.author_user_id`: the console account that wrote the
 *   remark (null when it came through the admin token; `author` keeps the
 *   name as it was shown), and `reference_cursor`: the reference item it was
 *   published as. Nothing wrote the table before, so there is nothing to fill.
 */
export async function consoleStaffMigration(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('console_users').addColumn('disabled_at', 'text').execute();
  await db.schema
    .alterTable('console_users')
    .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`UPDATE console_users SET is_admin = 1`.execute(db);
  await db.schema
    .alterTable('head_office_remarks')
    .addColumn('author_user_id', 'text', (c) => c.references('console_users.id'))
    .execute();
  await db.schema.alterTable('head_office_remarks').addColumn('reference_cursor', 'integer').execute();
}
