import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import { newId } from '../../shared/ids';
import type { ConsoleUser } from '../../shared/sync/console-api';
import type { ConsoleNotification, NotificationSort, notificationsQuerySchema } from '../../shared/sync/console-notifications';
import { remarkBodySchema } from '../../shared/sync/merge-rules';
import type { ServerDatabase, SiteNotificationsTable } from '../db/schema';
import { SyncHttpError } from '../http/errors';
import { publishReference } from '../services/reference';

type Row = SiteNotificationsTable & { code: string };

const base = (db: Kysely<ServerDatabase>) => db.selectFrom('site_notifications as n').innerJoin('sites', 'sites.id', 'n.site_id');
type Base = ReturnType<typeof base>;

/** Not acknowledged by anyone: not at the site, not in the console. */
function open(query: Base): Base {
  return query.where('n.acknowledge_required', '=', 1).where('n.acknowledged_at', 'is', null).where('n.head_office_ack_at', 'is', null);
}

const SORT_COLUMNS: Record<NotificationSort, 'n.created_at' | 'n.due_at' | 'sites.code'> = { createdAt: 'n.created_at', dueAt: 'n.due_at', site: 'sites.code' };

/**
 * The console's list: head office's inbox (addressed to head office) or every
 * site's notifications; open ones, overdue ones, or all; raised in a period; newest first or sorted by an allowed column. `open`
 * counts the inbox's notifications still to acknowledge (the console's badge).
 */
export async function listNotifications(db: Kysely<ServerDatabase>, input: z.output<typeof notificationsQuerySchema>, now: Date) {
  const at = now.toISOString();
  let query = base(db);
  if (input.scope === 'headOffice') query = query.where('n.to_head_office', '=', 1);
  if (input.siteId) query = query.where('n.site_id', '=', input.siteId);
  if (input.state !== 'all') query = open(query);
  if (input.state === 'overdue') query = query.where('n.due_at', '<', at);
  if (input.from) query = query.where('n.created_at', '>=', input.from);
  if (input.to) query = query.where('n.created_at', '<', input.to);
  const { total } = await query.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow();
  const { inbox } = await open(base(db).where('n.to_head_office', '=', 1))
    .select((eb) => eb.fn.countAll().as('inbox'))
    .executeTakeFirstOrThrow();
  const column = SORT_COLUMNS[input.sort];
  const rows = (await query
    .selectAll('n')
    .select('sites.code')
    // Rows without the value last either way, the same on SQLite (NULL first) and PostgreSQL (NULL last); the id breaks ties so pages never overlap.
    .orderBy(sql`CASE WHEN ${sql.ref(column)} IS NULL THEN 1 ELSE 0 END`)
    .orderBy(column, input.dir)
    .orderBy('n.site_id', input.dir)
    .orderBy('n.id', input.dir)
    .limit(input.limit)
    .offset(input.offset)
    .execute()) as Row[];
  return { rows: rows.map((r) => consoleRow(r, at)), total: Number(total), open: Number(inbox) };
}

export function consoleRow(r: Row, at: string): ConsoleNotification {
  const siteAck = r.acknowledged_at;
  const acknowledgedAt = siteAck ?? r.head_office_ack_at;
  return {
    siteId: r.site_id,
    siteCode: r.code,
    id: r.id,
    complaintId: r.complaint_id,
    serial: r.serial,
    obligation: r.obligation,
    event: r.event,
    level: Number(r.level),
    notify: JSON.parse(r.notify) as ConsoleNotification['notify'],
    recipients: JSON.parse(r.recipients) as string[],
    copies: JSON.parse(r.copies) as string[],
    toHeadOffice: Number(r.to_head_office) === 1,
    confirmByPhone: Number(r.confirm_by_phone) === 1,
    source: r.source,
    startsAt: r.starts_at,
    dueAt: r.due_at,
    createdAt: r.created_at,
    acknowledgedAt,
    acknowledgedByName: siteAck ? r.acknowledged_by_name : r.head_office_ack_by,
    acknowledgedAtHeadOffice: !siteAck && r.head_office_ack_at !== null,
    phoneConfirmedAt: r.phone_confirmed_at,
    writtenDueAt: r.written_due_at,
    writtenAt: r.written_at,
    escalatedAt: r.escalated_at,
    overdue: Number(r.acknowledge_required) === 1 && acknowledgedAt === null && r.due_at !== null && r.due_at < at,
    emailedAt: r.emailed_at,
    canAcknowledge: Number(r.to_head_office) === 1 && acknowledgedAt === null,
  };
}

async function findRow(db: Kysely<ServerDatabase>, siteId: string, id: string): Promise<Row | undefined> {
  return (await base(db).selectAll('n').select('sites.code').where('n.site_id', '=', siteId).where('n.id', '=', id).executeTakeFirst()) as Row | undefined;
}

/**
 * A staff member acknowledges a notification addressed to head office: kept
 * here at once (the console shows it) and published to that site alone as a
 * remark on the notification, which the site merges as head office's
 * acknowledgement (it stops escalating there). Refused: a notification head
 * office does not hold (404), one not addressed to it (403), one already
 * acknowledged, at the site or here (409).
 */
export async function acknowledgeNotification(db: Kysely<ServerDatabase>, target: { siteId: string; id: string }, staff: ConsoleUser, now: Date) {
  const row = await findRow(db, target.siteId, target.id);
  if (!row) throw new SyncHttpError(404, 'not_found', '总部没有这条通知 / head office holds no such notification');
  if (Number(row.to_head_office) !== 1) throw new SyncHttpError(403, 'forbidden', '这条通知不是发给总部的，由网点的收件人确认 / not addressed to head office: its recipients at the site acknowledge it');
  if (row.acknowledged_at || row.head_office_ack_at) throw new SyncHttpError(409, 'conflict', '这条通知已确认 / this notification was already acknowledged');
  const at = now.toISOString();
  const body = remarkBodySchema.parse({
    entity: 'notification',
    entityId: row.id,
    basedOnVersion: Number(row.entity_version),
    fields: { headOfficeAcknowledgement: { at, by: staff.displayName } },
    author: staff.displayName,
  });
  const { cursor } = await publishReference(db, { kind: 'remark', id: newId(), version: 1, body, siteId: row.site_id }, now, { name: staff.displayName, userId: staff.id });
  await db
    .updateTable('site_notifications')
    .set({ head_office_ack_at: at, head_office_ack_by: staff.displayName })
    .where('site_id', '=', row.site_id)
    .where('id', '=', row.id)
    .where('head_office_ack_at', 'is', null)
    .execute();
  return { notification: consoleRow((await findRow(db, target.siteId, target.id))!, at), cursor };
}
