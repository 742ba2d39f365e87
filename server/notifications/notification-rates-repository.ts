import { sql, type Kysely } from 'kysely';
import type { NotificationTimeliness } from '../../shared/api/notifications';
import type { ServerDatabase } from '../db/schema';

/**
 * "Notified within the limit" per site at head office (issue 16 item 8):
 * the site's own counts (electron/core/notifications, `timelinessCounts`)
 * over `site_notifications`, one row per site, on SQLite and PostgreSQL alike.
 * A notification addressed to head office counts as acknowledged when head
 * office acknowledged it in the console, even before its site has merged
 * that acknowledgement. Instants are ISO text in UTC on both engines, so
 * comparing them as text compares the times.
 */
const ACK = 'coalesce(acknowledged_at, head_office_ack_at)';
const COUNTED = {
  acknowledgeRequired: 'acknowledge_required = 1',
  withDue: 'acknowledge_required = 1 AND due_at IS NOT NULL',
  acknowledgedWithinLimit: `acknowledge_required = 1 AND due_at IS NOT NULL AND ${ACK} <= due_at`,
  acknowledgedLate: `acknowledge_required = 1 AND due_at IS NOT NULL AND ${ACK} > due_at`,
  unacknowledged: `acknowledge_required = 1 AND ${ACK} IS NULL`,
  escalated: 'escalated_at IS NOT NULL',
  phoneRequired: 'confirm_by_phone = 1',
  phoneConfirmed: 'confirm_by_phone = 1 AND phone_confirmed_at IS NOT NULL',
  writtenRequired: 'written_due_at IS NOT NULL',
  writtenOnTime: 'written_due_at IS NOT NULL AND written_at IS NOT NULL AND written_at <= written_due_at',
} as const satisfies Record<Exclude<keyof NotificationTimeliness, 'raised'>, string>;

export interface SiteTimeliness {
  siteId: string;
  stats: NotificationTimeliness;
}

/** Per site with at least one of the pack's own notifications (level 0, escalations not counted) that arose in [from, to). */
export async function timelinessBySite(db: Kysely<ServerDatabase>, range: { from: string; to: string }): Promise<SiteTimeliness[]> {
  const sums = Object.entries(COUNTED).map(([name, condition]) => sql`sum(case when ${sql.raw(condition)} then 1 else 0 end) as ${sql.ref(name)}`);
  const { rows } = await sql<Record<string, string | number>>`
    select site_id, count(*) as raised, ${sql.join(sums)}
    from site_notifications
    where level = 0 and starts_at >= ${range.from} and starts_at < ${range.to}
    group by site_id
    order by site_id`.execute(db);
  return rows.map((row) => {
    const stats = { raised: Number(row.raised) } as NotificationTimeliness;
    for (const name of Object.keys(COUNTED) as (keyof typeof COUNTED)[]) stats[name] = Number(row[name] ?? 0);
    return { siteId: String(row.site_id), stats };
  });
}
