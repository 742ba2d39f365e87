import { z } from 'zod';
import { CONSOLE_BASE } from './console-api';

/**
 * The console's notifications (issue 16 item 8): every site's notifications
 * as pushed, and head office's own inbox — those addressed to head office,
 * which a staff member acknowledges here. The acknowledgement goes back to the
 * site as a remark on the notification (shared/sync/merge-rules.ts).
 */
export const CONSOLE_NOTIFICATION_PATHS = {
  list: `${CONSOLE_BASE}/notifications`,
  acknowledge: (siteId: string, id: string) => `${CONSOLE_BASE}/notifications/${encodeURIComponent(siteId)}/${encodeURIComponent(id)}/acknowledge`,
} as const;

const id = z.string().min(1).max(128);
const periodEnd = z.iso.datetime({ offset: true }).transform((v) => new Date(v).toISOString());
/** The columns the list may be sorted by (an allow-list). */
export const NOTIFICATION_SORTS = ['createdAt', 'dueAt', 'site'] as const;
export type NotificationSort = (typeof NOTIFICATION_SORTS)[number];

export const notificationsQuerySchema = z
  .object({
    /** 'headOffice': addressed to head office (the inbox); 'all': every site's. */
    scope: z.enum(['headOffice', 'all']).default('headOffice'),
    /** 'open': not acknowledged; 'overdue': past due and not acknowledged. */
    state: z.enum(['open', 'overdue', 'all']).default('open'),
    siteId: id.optional(),
    /** When the site raised it: from inclusive, to exclusive (instants the console computes from the days picked). */
    from: periodEnd.optional(),
    to: periodEnd.optional(),
    sort: z.enum(NOTIFICATION_SORTS).default('createdAt'),
    dir: z.enum(['asc', 'desc']).default('desc'),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type NotificationsQuery = Partial<Omit<z.output<typeof notificationsQuerySchema>, 'limit'>>;

const label = z.object({ zh: z.string(), en: z.string() });

export const consoleNotificationSchema = z
  .object({
    siteId: id,
    siteCode: z.string(),
    id,
    complaintId: z.string(),
    serial: z.string().nullable(),
    obligation: z.string(),
    event: z.string().nullable(),
    level: z.number().int(),
    notify: z.array(label),
    recipients: z.array(z.string()),
    copies: z.array(z.string()),
    toHeadOffice: z.boolean(),
    confirmByPhone: z.boolean(),
    source: z.string(),
    startsAt: z.string(),
    dueAt: z.string().nullable(),
    createdAt: z.string(),
    /** The site's acknowledgement, or head office's own (whichever came first). */
    acknowledgedAt: z.string().nullable(),
    acknowledgedByName: z.string().nullable(),
    acknowledgedAtHeadOffice: z.boolean(),
    phoneConfirmedAt: z.string().nullable(),
    writtenDueAt: z.string().nullable(),
    writtenAt: z.string().nullable(),
    escalatedAt: z.string().nullable(),
    overdue: z.boolean(),
    emailedAt: z.string().nullable(),
    /** Head office may acknowledge it here: addressed to it and not acknowledged yet. */
    canAcknowledge: z.boolean(),
  })
  .strict();
export type ConsoleNotification = z.infer<typeof consoleNotificationSchema>;

export const notificationsResponseSchema = z
  .object({ rows: z.array(consoleNotificationSchema), total: z.number().int(), open: z.number().int(), offset: z.number().int(), limit: z.number().int() })
  .strict();

export const acknowledgeResponseSchema = z.object({ notification: consoleNotificationSchema, cursor: z.number().int() }).strict();
