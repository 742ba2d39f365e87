import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { FACTS } from './facts';
import { choiceNoteSchema } from '../sources/choice-note';
import { durationSchema } from './duration-schema';

const text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const sourceSchema = z.string().min(3);

/**
 * Workflow events a notification may wait for. Without an event, a
 * notification is owed as soon as its class and fact hold (at registration,
 * or when the class changes later). `overdue` is kept for packs that name it;
 * the workflow does not raise it yet (docs/notifications.md).
 */
export const NOTIFY_EVENTS = ['escalated', 'overdue', 'extensionRequested', 'dissatisfied', 'dispatched', 'referred', 'resolved', 'closed'] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

/**
 * Who a notification goes to: a role of the app (shared/domain/roles.ts; a
 * source's own post names are mapped onto them in each pack, with a `choice`
 * note where the mapping is ours), the case's assignee (the one person the
 * complaint was dispatched to), or head office (its console inbox, and e-mail
 * where head office set it up).
 */
export const NOTIFY_RECIPIENTS = [...ROLES, 'assignee', 'head_office'] as const;
export type NotifyRecipient = (typeof NOTIFY_RECIPIENTS)[number];

/**
 * A source without a number says 立即/第一时间/迅速 (immediately), 及时 (promptly)
 * or nothing at all: the minutes each means are the site's setting
 * (notification settings), never a number written into a pack.
 */
export const NOTIFY_TERMS = ['immediately', 'promptly', 'unstated'] as const;
export type NotifyTerm = (typeof NOTIFY_TERMS)[number];
export const notifyLimitSchema = z.union([durationSchema, z.object({ term: z.enum(NOTIFY_TERMS) }).strict()]);
export type NotifyLimit = z.infer<typeof notifyLimitSchema>;

/**
 * One obligation to tell someone (通报, 上报, 抄送, 报备). `notify` keeps the
 * source's own words; `to`/`copyTo` say who receives it in the app. A pack
 * published before routing existed has neither: it parses (every routing
 * field has a default) and its notifications stay display text, as before.
 */
export const notificationObligationSchema = z.object({
  /** Stable within the pack; absent in packs published before routing (then the item's position is used). */
  id: z.string().regex(/^[a-z0-9_.-]+$/).optional(),
  /** Every condition given must hold; an event is told when it happens, the rest when they begin to hold. */
  when: z.object({
    classCode: z.string().optional(),
    fact: z.enum(FACTS).optional(),
    event: z.enum(NOTIFY_EVENTS).optional(),
    /** With event `escalated`: only an escalation for this reason (an escalation trigger's code). */
    reasonCode: z.string().optional(),
    /** A flag of the pack a person ticked (篇5 5.1: 时效性要求较高的投诉同时发送分管领导). */
    flag: z.string().optional(),
  }),
  notify: z.array(text).min(1),
  /** Must acknowledge within the limit; unacknowledged, the notification escalates. */
  to: z.array(z.enum(NOTIFY_RECIPIENTS)).default([]),
  /** 抄送: told, may acknowledge, never escalated. */
  copyTo: z.array(z.enum(NOTIFY_RECIPIENTS)).default([]),
  /** From the moment the obligation arises (receipt, when it holds at registration; else the event or the change). */
  limit: notifyLimitSchema.default({ term: 'unstated' }),
  /** The source asks for a telephone call confirming receipt (篇5 5.1 电话核实收到情况). */
  confirmByPhone: z.boolean().default(false),
  /** A written report due this long after the obligation arose (seed002 客户管理制度8 具体内容6–7: 24 h, 48 h). */
  writtenFollowUp: durationSchema.optional(),
  /** Who an unacknowledged one escalates to, where the source says; absent, the site's escalation chain. */
  escalateTo: z.array(z.enum(NOTIFY_RECIPIENTS)).min(1).optional(),
  source: sourceSchema,
  choice: choiceNoteSchema.optional(),
});
export type NotificationObligation = z.infer<typeof notificationObligationSchema>;

/** The key a notification uses for its obligation: the id, else its position in the pack. */
export function obligationKey(obligation: Pick<NotificationObligation, 'id'>, index: number): string {
  return obligation.id ?? `#${index}`;
}
