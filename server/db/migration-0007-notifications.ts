import type { Kysely } from 'kysely';

/**
 * 0007-notifications: the sites' notifications (issue 16 item 8), one row per
 * notification of a site, kept from the pushed 'notification' records when a
 * batch is applied (server/notifications/site-notifications.ts), so the
 * console lists them with plain indexed columns and reports count "notified
 * within the limit" on SQLite and PostgreSQL alike.
 * - The site's own fields (recipients, due, acknowledged, phone, written…)
 *   follow the highest version the site sent;
 * - head office's own acknowledgement in the console (`head_office_ack_*`)
 *   and the e-mail delivery (`emailed_at`, `email_attempts`, `email_error`)
 *   are head office's alone: a push never overwrites them.
 * Nothing was pushed as a notification before, so there is nothing to fill.
 */
export async function notificationsMigration(db: Kysely<unknown>): Promise<void> {
  const text = 'text' as const;
  await db.schema
    .createTable('site_notifications')
    .addColumn('site_id', text, (c) => c.notNull().references('sites.id'))
    .addColumn('id', text, (c) => c.notNull())
    .addColumn('complaint_id', text, (c) => c.notNull())
    .addColumn('serial', text)
    .addColumn('obligation', text, (c) => c.notNull())
    .addColumn('event', text)
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('escalation_of', text)
    .addColumn('notify', text, (c) => c.notNull())
    .addColumn('recipients', text, (c) => c.notNull())
    .addColumn('copies', text, (c) => c.notNull())
    .addColumn('to_head_office', 'integer', (c) => c.notNull())
    .addColumn('acknowledge_required', 'integer', (c) => c.notNull())
    .addColumn('confirm_by_phone', 'integer', (c) => c.notNull())
    .addColumn('source', text, (c) => c.notNull())
    .addColumn('starts_at', text, (c) => c.notNull())
    .addColumn('due_at', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('acknowledged_at', text)
    .addColumn('acknowledged_by_name', text)
    .addColumn('phone_confirmed_at', text)
    .addColumn('written_due_at', text)
    .addColumn('written_at', text)
    .addColumn('escalated_at', text)
    .addColumn('entity_version', 'integer', (c) => c.notNull())
    .addColumn('received_at', text, (c) => c.notNull())
    .addColumn('head_office_ack_at', text)
    .addColumn('head_office_ack_by', text)
    .addColumn('emailed_at', text)
    .addColumn('email_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('email_error', text)
    .addPrimaryKeyConstraint('site_notifications_pk', ['site_id', 'id'])
    .execute();
  // The console's inbox (addressed to head office) and list (all), newest first; reports by when they arose.
  await db.schema.createIndex('site_notifications_to_head_office').on('site_notifications').columns(['to_head_office', 'created_at']).execute();
  await db.schema.createIndex('site_notifications_by_time').on('site_notifications').columns(['created_at', 'site_id']).execute();
  await db.schema.createIndex('site_notifications_by_start').on('site_notifications').columns(['starts_at']).execute();
}
