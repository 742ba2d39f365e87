import { sql, type Kysely } from 'kysely';
import type { Dialect } from './migrations';

/**
 * 0006-reports (issue #16): the reporting relation and head office's
 * reference quantities.
 * - `report_complaints`: every site's complaint report rows, the same columns
 *   as the site's table (shared/reports/report-row.ts, core migration 0021),
 *   keyed by site and complaint. A site sends its row inside each complaint
 *   payload; services/apply-batch.ts stores it in the transaction that applies
 *   the batch, keeping the row of the highest complaint version. Reports read
 *   this table alone.
 * - `report_reference`: premium (元) and policy counts per site and period,
 *   entered by head office (seed003 篇5 6.5: complaints per 100 million 元 of
 *   premium and per 100 million policies).
 * Rows of complaints pushed before this migration come with the site's next
 * change of each complaint, or at once from a site that upgraded (its
 * start-up queues every complaint again with its row).
 */
export async function reportsMigration(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const text = 'text' as const;
  const int = 'integer' as const;
  await db.schema
    .createTable('report_complaints')
    .addColumn('site_id', text, (c) => c.notNull().references('sites.id'))
    .addColumn('complaint_id', text, (c) => c.notNull())
    .addColumn('version', int, (c) => c.notNull())
    .addColumn('serial', text, (c) => c.notNull())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('channel', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('class_code', text)
    .addColumn('category', text)
    .addColumn('cause', text)
    .addColumn('validity', text, (c) => c.notNull())
    .addColumn('unit', text)
    .addColumn('handler_id', text)
    .addColumn('handler_name', text)
    .addColumn('received_at', text, (c) => c.notNull())
    .addColumn('received_day', text, (c) => c.notNull())
    .addColumn('received_week', text, (c) => c.notNull())
    .addColumn('received_month', text, (c) => c.notNull())
    .addColumn('received_quarter', text, (c) => c.notNull())
    .addColumn('received_year', text, (c) => c.notNull())
    .addColumn('closed_at', text)
    .addColumn('closed_week', text)
    .addColumn('closed_month', text)
    .addColumn('closed_quarter', text)
    .addColumn('closed_year', text)
    .addColumn('due_at', text)
    .addColumn('response_due_at', text)
    .addColumn('response_done_at', text)
    .addColumn('handling_due_at', text)
    .addColumn('handling_done_at', text)
    .addColumn('reply_due_at', text)
    .addColumn('reply_done_at', text)
    .addColumn('resolved_at', text)
    .addColumn('call_back_at', text)
    .addColumn('call_back_lag_ms', dialect === 'postgres' ? 'bigint' : int)
    .addColumn('call_backs', int, (c) => c.notNull())
    .addColumn('satisfied_call_backs', int, (c) => c.notNull())
    .addColumn('escalations', int, (c) => c.notNull())
    .addColumn('is_repeat', int, (c) => c.notNull())
    .addColumn('handling_milli_work_days', int)
    .addPrimaryKeyConstraint('report_complaints_pk', ['site_id', 'complaint_id'])
    .execute();
  await db.schema.createIndex('report_complaints_by_day').on('report_complaints').columns(['received_day']).execute();
  await db.schema.createIndex('report_complaints_by_site_day').on('report_complaints').columns(['site_id', 'received_day']).execute();
  await db.schema
    .createIndex('report_complaints_overdue')
    .on('report_complaints')
    .columns(['due_at'])
    .where(sql.ref('due_at'), 'is not', null)
    .execute();

  await db.schema
    .createTable('report_reference')
    .addColumn('site_id', text, (c) => c.notNull().references('sites.id'))
    .addColumn('period_kind', text, (c) => c.notNull())
    .addColumn('period_key', text, (c) => c.notNull())
    // 元, whole: 亿元 figures need no fractions; bigint on PostgreSQL, integer (64-bit) on SQLite.
    .addColumn('premium', dialect === 'postgres' ? 'bigint' : int)
    .addColumn('policies', dialect === 'postgres' ? 'bigint' : int)
    .addColumn('entered_by', text, (c) => c.notNull())
    .addColumn('entered_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('report_reference_pk', ['site_id', 'period_kind', 'period_key'])
    .execute();
}
