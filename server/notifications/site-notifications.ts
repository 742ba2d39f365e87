import type { PushEntry } from '../../shared/sync/protocol';
import { rowsWrite } from '../db/bulk-insert';
import type { SiteNotificationsTable } from '../db/schema';

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

/** A notification row's columns, in the order notificationRows gives them; email_attempts starts at 0 and is head office's from then on. */
const NOTIFICATION_COLUMNS = [
  'site_id', 'id', 'complaint_id', 'serial', 'obligation', 'event', 'level', 'escalation_of', 'notify', 'recipients', 'copies', 'to_head_office',
  'acknowledge_required', 'confirm_by_phone', 'source', 'starts_at', 'due_at', 'created_at', 'acknowledged_at', 'acknowledged_by_name',
  'phone_confirmed_at', 'written_due_at', 'written_at', 'escalated_at', 'entity_version', 'received_at', 'email_attempts',
] as const satisfies readonly (keyof SiteNotificationsTable)[];
const INTEGER_COLUMNS = { level: 'integer', to_head_office: 'integer', acknowledge_required: 'integer', confirm_by_phone: 'integer', entity_version: 'integer', email_attempts: 'integer' } as const;
/** A push sets the site's fields of its latest version and leaves head office's own (acknowledgement, e-mail) alone: an older version arriving later changes nothing. */
const SITE_FIELDS = NOTIFICATION_COLUMNS.filter((c) => c !== 'site_id' && c !== 'id' && c !== 'email_attempts');
const UPSERT = `ON CONFLICT (site_id, id) DO UPDATE SET ${SITE_FIELDS.map((c) => `${c} = excluded.${c}`).join(', ')} WHERE site_notifications.entity_version <= excluded.entity_version`;

/** How a batch's notifications go to `site_notifications` (server/db/bulk-insert.ts), with the rest of the batch (services/push-batch-repository.ts). */
export const SITE_NOTIFICATIONS_WRITE = rowsWrite('site_notifications', NOTIFICATION_COLUMNS, INTEGER_COLUMNS, UPSERT);

/**
 * The rows of a batch's notifications, in SITE_NOTIFICATIONS_WRITE's columns:
 * each pushed notification's latest version (`entries` holds one entry per
 * record, as a multi-row ON CONFLICT requires), those whose payload lacks
 * what a row needs left out.
 */
export function notificationRows(siteId: string, entries: readonly PushEntry[], receivedAt: string): unknown[][] {
  const rows: unknown[][] = [];
  for (const entry of entries) {
    if (entry.entity !== 'notification') continue;
    const row = notificationRow(siteId, entry, receivedAt);
    if (!row) continue;
    const full: Record<string, unknown> = { ...row, email_attempts: 0 };
    rows.push(NOTIFICATION_COLUMNS.map((c) => full[c]));
  }
  return rows;
}
