import { z } from 'zod';
import { narrativeVersionSchema } from '../api/narrative-reports';
import { narrativeKindSchema } from '../reports/narrative/kind-schema';
import { periodSchema } from '../reports/result';
import { CONSOLE_BASE } from './console-api';

/**
 * Head office's list of the sites' narrative periodic reports (issue 16 item
 * 7, "synced to head office and listed there as received or late"): an issued
 * version arrives by sync (entity `narrative_report`, its syncPayload the
 * site's NarrativeVersion as frozen at 签发); for a chosen period every site
 * and every narrative kind its rule pack writes gets one row, received or not.
 */
export const CONSOLE_NARRATIVE_PATHS = {
  list: `${CONSOLE_BASE}/narrative-reports`,
  /** One received version: `${list}/:siteId/:id`. */
  version: (siteId: string, id: string) => `${CONSOLE_BASE}/narrative-reports/${encodeURIComponent(siteId)}/${encodeURIComponent(id)}`,
  versionRoute: `${CONSOLE_BASE}/narrative-reports/:siteId/:id`,
} as const;

/** Narrative kinds are written per month, quarter or year (shared/reports/narrative/kinds.ts); never per week. */
export const NARRATIVE_PERIOD_KINDS = ['month', 'quarter', 'year'] as const;

export const narrativeListQuerySchema = z
  .object({
    kind: z.enum(NARRATIVE_PERIOD_KINDS),
    key: z.string().trim().min(4).max(10),
    siteId: z.string().min(1).max(128).optional(),
    kindId: z.string().min(1).max(64).optional(),
  })
  .strict();
export type NarrativeListQuery = z.infer<typeof narrativeListQuerySchema>;

/**
 * onTime / late: received, judged by the first issued version against the
 * kind's due date (a source without a day: never late); overdue: not received
 * and the due date has passed; due: the period has ended, not received, not
 * late yet (or the source sets no day); open: the period is still running.
 */
export const CONSOLE_NARRATIVE_STATES = ['onTime', 'late', 'overdue', 'due', 'open'] as const;
export type ConsoleNarrativeState = (typeof CONSOLE_NARRATIVE_STATES)[number];

/** The newest issued version head office holds of one report (a period's, or a complaint's 专项报告). */
export const receivedNarrativeSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  issuedAt: z.string(),
  issuedRole: z.string(),
  issuedByName: z.string(),
  /** When version 1 (the first one received) was issued: what on time or late is judged by. */
  firstIssuedAt: z.string(),
  /** The version this one corrects, and the site's reason. */
  correction: z.object({ replacesVersion: z.number().int(), reason: z.string() }).nullable(),
});
export type ReceivedNarrative = z.infer<typeof receivedNarrativeSchema>;

export const consoleNarrativeRowSchema = z.object({
  siteId: z.string(),
  siteCode: z.string(),
  siteName: z.string(),
  kindId: z.string(),
  title: z.object({ zh: z.string(), en: z.string() }),
  /** Null: the source sets no day. */
  dueDate: z.string().nullable(),
  state: z.enum(CONSOLE_NARRATIVE_STATES),
  /** The newest issued version head office holds; null when none arrived. */
  received: receivedNarrativeSchema.nullable(),
});
export type ConsoleNarrativeRow = z.infer<typeof consoleNarrativeRowSchema>;

export const consoleNarrativeListSchema = z.object({
  period: periodSchema,
  /** Head office's day (Asia/Shanghai). */
  today: z.string(),
  counts: z.object({ onTime: z.number().int(), late: z.number().int(), overdue: z.number().int(), due: z.number().int(), open: z.number().int() }),
  /** By site code, then kind. */
  rows: z.array(consoleNarrativeRowSchema),
  /** Sites whose rule pack head office does not know yet (never sent their site record): no row can be listed for them. */
  sitesWithoutPack: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type ConsoleNarrativeList = z.infer<typeof consoleNarrativeListSchema>;

export const consoleNarrativeVersionSchema = z.object({
  version: narrativeVersionSchema,
  kind: narrativeKindSchema,
  site: z.object({ code: z.string(), name: z.string() }),
  /** The rule pack whose class and cause codes the statistics carry, so they read as the site printed them (一般投诉, not `ordinary`). */
  rulePackId: z.string().nullable(),
});
export type ConsoleNarrativeVersion = z.infer<typeof consoleNarrativeVersionSchema>;
