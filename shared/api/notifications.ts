import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { NOTIFY_RECIPIENTS, notifyLimitSchema } from '../rules/pack-schema';
import { id, isoInstant, optionalText, pastInstant, text } from './common';
import { method } from './define';
import { bilingualNoteSchema } from '../sources/choice-note';

const label = z.object({ zh: z.string(), en: z.string() });
const recipient = z.enum(NOTIFY_RECIPIENTS);

/**
 * One notification as a person sees it: what the rule pack obliged (the
 * source's own words, its citation and our reading of it), for whom, by when,
 * and what has been done (acknowledged, confirmed by phone, written up).
 */
export const notificationSchema = z.object({
  id: z.string(),
  complaintId: z.string(),
  serial: z.string(),
  customerName: z.string(),
  obligation: z.string(),
  /** The workflow event that raised it; null when a class or fact began to hold; 'unacknowledged' for an escalation. */
  event: z.string().nullable(),
  /** 0 for the pack's own obligation, 1 for its first escalation, and so on. */
  level: z.number().int().min(0),
  escalationOf: z.string().nullable(),
  notify: z.array(label),
  recipients: z.array(recipient),
  copies: z.array(recipient),
  source: z.string(),
  choice: bilingualNoteSchema.nullable(),
  limit: notifyLimitSchema,
  confirmByPhone: z.boolean(),
  startsAt: z.string(),
  /** Null only when the site set no minutes for a source that gives none. */
  dueAt: z.string().nullable(),
  createdAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedByName: z.string().nullable(),
  acknowledgedAtHeadOffice: z.boolean(),
  phoneConfirmedAt: z.string().nullable(),
  phoneConfirmedByName: z.string().nullable(),
  phoneReached: z.string().nullable(),
  phoneNote: z.string().nullable(),
  writtenDueAt: z.string().nullable(),
  writtenAt: z.string().nullable(),
  writtenByName: z.string().nullable(),
  writtenText: z.string().nullable(),
  escalatedAt: z.string().nullable(),
  /** Past its due time and not acknowledged. */
  overdue: z.boolean(),
  /** How it concerns the reader: a recipient who must acknowledge, a copy, or neither (seen from the complaint). */
  concerns: z.enum(['to', 'copy', 'none']),
  read: z.boolean(),
  canAcknowledge: z.boolean(),
  canConfirmPhone: z.boolean(),
  canRecordWritten: z.boolean(),
  version: z.number().int(),
});
export type NotificationItem = z.infer<typeof notificationSchema>;

export const notificationSettingsSchema = z.object({
  /** Minutes for 立即/第一时间/迅速, 及时, and a source that names no time; null: no limit, never escalated. */
  immediatelyMinutes: z.number().int().positive().nullable(),
  promptlyMinutes: z.number().int().positive().nullable(),
  unstatedMinutes: z.number().int().positive().nullable(),
  /** An unacknowledged notification goes to the next role of this chain above its recipients. */
  escalationChain: z.array(z.enum(ROLES)),
  /** A narrative report's signer is reminded this many working days before its due day; null: only once it is overdue. */
  reportReminderWorkingDays: z.number().int().min(1).max(20).nullable(),
  version: z.number().int(),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

const minutes = z.number().int().min(1).max(60 * 24 * 30).nullable();
export const notificationSettingsInput = z
  .object({
    immediatelyMinutes: minutes,
    promptlyMinutes: minutes,
    unstatedMinutes: minutes,
    escalationChain: z
      .array(z.enum(ROLES))
      .max(ROLES.length)
      .refine((chain) => new Set(chain).size === chain.length, '同一角色不能出现两次 / a role may appear once'),
    /** Left out: kept as it is (a form that predates the reminders). */
    reportReminderWorkingDays: z.number().int().min(1).max(20).nullable().optional(),
    version: z.number().int(),
  })
  .strict();

/** What reports need for "notified within the limit" over a period (starts_at in [from, to)). */
export const notificationTimelinessSchema = z.object({
  /** Notifications the pack's obligations raised (escalations not counted: they are the consequence of lateness). */
  raised: z.number().int(),
  /** Those a recipient must acknowledge (copies are not), with or without a due time. */
  acknowledgeRequired: z.number().int(),
  /** Those a recipient must acknowledge that have a due time: what "within the limit" is counted over. */
  withDue: z.number().int(),
  /** Of those with a due time, acknowledged at or before it. */
  acknowledgedWithinLimit: z.number().int(),
  acknowledgedLate: z.number().int(),
  unacknowledged: z.number().int(),
  escalated: z.number().int(),
  phoneRequired: z.number().int(),
  phoneConfirmed: z.number().int(),
  writtenRequired: z.number().int(),
  writtenOnTime: z.number().int(),
});
export type NotificationTimeliness = z.infer<typeof notificationTimelinessSchema>;

/**
 * A reminder that a narrative report (分析报告) is due soon or overdue, for
 * the kind's signer role; closed once the report is issued.
 */
export const reportReminderSchema = z.object({
  id: z.string(),
  kindId: z.string(),
  title: label,
  period: z.object({ kind: z.enum(['week', 'month', 'quarter', 'year']), key: z.string(), firstDay: z.string(), lastDay: z.string() }),
  step: z.enum(['dueSoon', 'overdue']),
  /** The local day (Asia/Shanghai) it is due by, as the kind's source sets it. */
  dueDate: z.string(),
  recipient: z.enum(ROLES),
  /** Who signs it, in the source's words. */
  signer: label,
  /** The citation of the due date. */
  source: z.string(),
  raisedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedByName: z.string().nullable(),
  /** When the report was issued, which closed it. */
  closedAt: z.string().nullable(),
  canAcknowledge: z.boolean(),
  version: z.number().int(),
});
export type ReportReminder = z.infer<typeof reportReminderSchema>;

const versioned = { id, version: z.number().int() };

export const notificationsApi = {
  /** The signed-in person's inbox: addressed to one of their roles or to them as assignee; unread first, then newest. */
  'notifications.inbox': method({
    input: z.object({ show: z.enum(['open', 'all']).default('open'), limit: z.number().int().min(1).max(200).default(100) }).strict(),
    output: z.object({ items: z.array(notificationSchema), unread: z.number().int(), open: z.number().int() }),
    access: 'signed-in',
    writes: false,
  }),
  /** For the badge: unread and overdue counts of the inbox. */
  'notifications.summary': method({
    input: z.object({}).strict(),
    output: z.object({ unread: z.number().int(), overdue: z.number().int() }),
    access: 'signed-in',
    writes: false,
  }),
  /** Every notification a complaint raised (its detail screen). */
  'notifications.forComplaint': method({
    input: z.object({ complaintId: id }).strict(),
    output: z.array(notificationSchema),
    access: 'complaint.read',
    writes: false,
  }),
  'notifications.markRead': method({
    input: z.object({ ids: z.array(id).min(1).max(200) }).strict(),
    output: z.object({ read: z.number().int() }),
    access: 'signed-in',
    writes: false,
  }),
  'notifications.acknowledge': method({ input: z.object(versioned).strict(), output: notificationSchema, access: 'signed-in', writes: true }),
  /** 电话核实收到情况: who was reached and when (篇5 5.1; seed002 客户管理制度8 具体内容7). */
  'notifications.confirmPhone': method({
    input: z.object({ ...versioned, calledAt: pastInstant, reached: text(100), note: optionalText(1000) }).strict(),
    output: notificationSchema,
    access: 'signed-in',
    writes: true,
  }),
  /** The written follow-up (书面报告) the obligation asks for. */
  'notifications.recordWritten': method({
    input: z.object({ ...versioned, text: text(4000), writtenAt: pastInstant.optional() }).strict(),
    output: notificationSchema,
    access: 'signed-in',
    writes: true,
  }),
  /** The signed-in person's narrative report reminders (addressed to one of their roles): open ones, or all. */
  'notifications.reportReminders': method({
    input: z.object({ show: z.enum(['open', 'all']).default('open') }).strict(),
    output: z.object({ items: z.array(reportReminderSchema) }),
    access: 'signed-in',
    writes: false,
  }),
  'notifications.acknowledgeReminder': method({ input: z.object(versioned).strict(), output: reportReminderSchema, access: 'signed-in', writes: true }),
  'notifications.settings': method({ input: z.object({}).strict(), output: notificationSettingsSchema, access: 'signed-in', writes: false }),
  'notifications.setSettings': method({ input: notificationSettingsInput, output: notificationSettingsSchema, access: 'site.manage', writes: true }),
  'notifications.timeliness': method({
    input: z.object({ from: isoInstant, to: isoInstant }).strict(),
    output: notificationTimelinessSchema,
    access: 'complaint.read',
    writes: false,
  }),
};
