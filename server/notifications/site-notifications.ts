import type { Kysely } from 'kysely';
import type { PushEntry } from '../../shared/sync/protocol';
import type { ServerDatabase, SiteNotificationsTable } from '../db/schema';

/** The site's fields of a notification: what a push may set (head office's own columns are left alone). */
type SiteFields = Omit<SiteNotificationsTable, 'head_office_ack_at' | 'head_office_ack_by' | 'emailed_at' | 'email_attempts' | 'email_error'>;

/**
 * A pushed 'notification' record (electron/core/notifications/notification-records.ts
 * `syncPayloadOf`) as head office's row, or null when its payload lacks what
 * a row needs: head office stores whatever a site sends in its records, but
 * lists only what it can read.
 */
export function notificationRow(siteId: string, entry: PushEntry, receivedAt: string): SiteFields | null {
  const p = entry.payload as Record<string, unknown>;
  const str = (key: string): string | null => (typeof p[key] === 'string' ? (p[key] as string) : null);
  const list = (key: string): string[] => (Array.isArray(p[key]) ? (p[key] as unknown[]).filter((v): v is string => typeof v === 'string') : []);
  const flag = (key: string): number => (p[key] === true ? 1 : 0);
  const complaintId = str('complaintId');
  const obligation = str('obligation');
  const startsAt = str('startsAt');
  const createdAt = str('createdAt');
  if (!complaintId || !obligation || !startsAt || !createdAt) return null;
  const recipients = list('recipients');
  return {
    site_id: siteId,
    id: entry.entityId,
    complaint_id: complaintId,
    serial: str('serial'),
    obligation,
    event: str('event'),
    level: typeof p.level === 'number' && Number.isInteger(p.level) ? p.level : 0,
    escalation_of: str('escalationOf'),
    notify: JSON.stringify(Array.isArray(p.notify) ? p.notify : []),
    recipients: JSON.stringify(recipients),
    copies: JSON.stringify(list('copies')),
    to_head_office: recipients.includes('head_office') ? 1 : 0,
    acknowledge_required: flag('acknowledgeRequired'),
    confirm_by_phone: flag('confirmByPhone'),
    source: str('source') ?? '',
    starts_at: startsAt,
    due_at: str('dueAt'),
    created_at: createdAt,
    acknowledged_at: str('acknowledgedAt'),
    acknowledged_by_name: str('acknowledgedByName'),
    phone_confirmed_at: str('phoneConfirmedAt'),
    written_due_at: str('writtenDueAt'),
    written_at: str('writtenAt'),
    escalated_at: str('escalatedAt'),
    entity_version: entry.entityVersion,
    received_at: receivedAt,
  };
}

/**
 * Keeps each pushed notification's latest version, in the batch's
 * transaction (services/apply-batch.ts): an older version arriving later
 * changes nothing, as for site_records. `entries` holds one entry per record.
 */
export async function upsertSiteNotifications(trx: Kysely<ServerDatabase>, siteId: string, entries: readonly PushEntry[], receivedAt: string): Promise<void> {
  for (const entry of entries) {
    if (entry.entity !== 'notification') continue;
    const row = notificationRow(siteId, entry, receivedAt);
    if (!row) continue;
    const { site_id: _site, id: _id, ...update } = row;
    await trx
      .insertInto('site_notifications')
      .values({ ...row, email_attempts: 0 })
      .onConflict((oc) => oc.columns(['site_id', 'id']).doUpdateSet(update).where('site_notifications.entity_version', '<=', row.entity_version))
      .execute();
  }
}
