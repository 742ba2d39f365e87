import { z } from 'zod';
import { bilingualSchema } from '../checklists/template-schema';
import { DIMENSION_IDS } from '../reports/dimensions';
import { reportDefinitionObject } from '../reports/definition-schema';
import { PERIOD_KINDS } from '../reports/period';
import { casePageSchema, measureHeadSchema, measureValueSchema, overdueListSchema, periodSchema, reportResultSchema } from '../reports/result';
import { notificationTimelinessSchema } from '../api/notifications';
import { CONSOLE_BASE } from './console-api';
import { PROTOCOL_BASE } from './protocol';

/**
 * Head office's reports (issue #16): the same definitions as the sites,
 * computed over every site's rows (or one site's), the cases behind a cell,
 * the overview (what needs attention, trends, per-site comparison), and the
 * premium and policy counts head office enters per site and period
 * (seed003 篇5 6.5).
 */
export const CONSOLE_REPORT_PATHS = {
  definitions: `${CONSOLE_BASE}/reports/definitions`,
  run: `${CONSOLE_BASE}/reports/run`,
  cases: `${CONSOLE_BASE}/reports/cases`,
  overview: `${CONSOLE_BASE}/reports/overview`,
  reference: `${CONSOLE_BASE}/reports/reference`,
  /** "Notified within the limit" per site for a period (issue 16 item 8). */
  notificationRates: `${CONSOLE_BASE}/reports/notification-rates`,
  /** The same entry through the admin token (scripts, finance imports). */
  adminReference: `${PROTOCOL_BASE}/admin/report-reference`,
} as const;

const siteId = z.string().min(1).max(128);
const periodKey = z.string().trim().min(4).max(10);

export const reportQuerySchema = z
  .object({
    definitionId: z.string().min(1).max(64),
    kind: z.enum(PERIOD_KINDS),
    key: periodKey,
    bucket: z.enum(PERIOD_KINDS).optional(),
    siteId: siteId.optional(),
  })
  .strict();

export const casesQuerySchema = reportQuerySchema
  .extend({
    dimension: z.enum(DIMENSION_IDS as [string, ...string[]]).optional(),
    /** The dimension's value; `unstated` with `none=1` asks for the records that do not state it. */
    value: z.string().max(200).optional(),
    none: z.enum(['1']).optional(),
    cellBucket: z.string().max(10).optional(),
    afterReceivedAt: z.string().max(40).optional(),
    afterSiteId: siteId.optional(),
    afterComplaintId: z.string().max(128).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict();

export const overviewQuerySchema = z.object({ kind: z.enum(PERIOD_KINDS), key: periodKey }).strict();
export const referenceQuerySchema = overviewQuerySchema;

export const reportDefinitionsResponseSchema = z.object({
  definitions: z.array(reportDefinitionObject.extend({ heads: z.array(measureHeadSchema) })),
  sites: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
  today: z.string(),
});

export const consoleReportResultSchema = reportResultSchema.extend({
  /** The same measures per site (head office's comparison). */
  perSite: z.array(z.object({ siteId: z.string(), values: z.record(z.string(), measureValueSchema) })),
});
export type ConsoleReportResult = z.infer<typeof consoleReportResultSchema>;

export const consoleCasePageSchema = casePageSchema;

/** A site whose devices last pushed more than this long ago needs someone to look (issue 20 item 13). */
export const STALE_SYNC_MS = 24 * 3_600_000;
export const SITE_SYNC_STATES = ['recent', 'stale', 'never'] as const;
export type SiteSyncState = (typeof SITE_SYNC_STATES)[number];

/** A completed checklist of the last 30 days with a failed veto item (an exclusion condition present, seed004 §A 第五条). */
export const vetoFailureSchema = z.object({
  siteId: z.string(),
  recordId: z.string(),
  templateTitle: bilingualSchema,
  completedAt: z.string(),
  /** The veto items that failed, by their labels. */
  items: z.array(bilingualSchema),
});
export type VetoFailure = z.infer<typeof vetoFailureSchema>;

export const overviewResponseSchema = z.object({
  period: periodSchema,
  asOf: z.string(),
  /** Per site: what needs attention now. */
  attention: z.array(
    z.object({
      siteId: z.string(),
      code: z.string(),
      name: z.string(),
      overdue: z.number().int(),
      /** Open records escalated at least once. */
      escalated: z.number().int(),
      /** Completed checklists of the last 30 days with a failed veto item. */
      vetoFailures: z.number().int(),
      oldestDue: z.string().nullable(),
      /** The last push of any of its devices (null: never). */
      lastPushAt: z.string().nullable(),
      /** Against head office's clock: pushed within 24 h, longer ago (stale), or never. */
      sync: z.enum(SITE_SYNC_STATES),
      /** Entries its devices last said were waiting. */
      pending: z.number().int().nullable(),
    }),
  ),
  overdue: overdueListSchema,
  /** The latest of those checklists, every site together, newest first. */
  vetoFailures: z.array(vetoFailureSchema),
  /** Received and complaints per month, the twelve months up to the period's end, every site together. */
  trend: z.array(z.object({ key: z.string(), received: z.number().int(), complaints: z.number().int() })),
  /** The general statistics per site for the period. */
  comparison: consoleReportResultSchema,
});
export type OverviewResponse = z.infer<typeof overviewResponseSchema>;

export const referenceEntrySchema = z
  .object({
    siteId,
    period: z.object({ kind: z.enum(PERIOD_KINDS), key: periodKey }).strict(),
    /** 元, whole, at least 1; absent: not entered. */
    premium: z.number().int().min(1).max(1e15).optional(),
    policies: z.number().int().min(1).max(1e15).optional(),
  })
  .strict()
  .refine((e) => e.premium !== undefined || e.policies !== undefined, { path: ['premium'], message: '保费或保单数至少填写一项 / enter the premium or the policy count' });
export type ReferenceEntry = z.infer<typeof referenceEntrySchema>;

export const referenceListSchema = z.object({
  period: periodSchema,
  entries: z.array(z.object({ siteId: z.string(), premium: z.number().nullable(), policies: z.number().nullable(), enteredBy: z.string(), enteredAt: z.string() })),
});

/** Each site's notification timeliness for the period (sites without a notification in it are left out), and every site together. */
export const notificationRatesResponseSchema = z.object({
  period: periodSchema,
  sites: z.array(z.object({ siteId: z.string(), code: z.string(), name: z.string(), stats: notificationTimelinessSchema })),
  total: notificationTimelinessSchema,
});
export type NotificationRatesResponse = z.infer<typeof notificationRatesResponseSchema>;
