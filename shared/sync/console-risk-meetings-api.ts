import { z } from 'zod';
import { periodSchema } from '../reports/result';
import { MEETING_KINDS } from '../risk-classes/meetings';
import { CONSOLE_BASE } from './console-api';

/**
 * Head office's read-only list of the sites' risk meetings (seed000 第二篇 三、, issue 19 §3): every
 * meeting a site recorded (entity `risk_meeting`, electron/core/risk-classes/meetings.ts) held within a
 * month, quarter or year, per site or every site; the customers discussed named from the synced
 * customer files. Masked like every console answer (the conclusions as free text).
 */
export const CONSOLE_RISK_MEETING_PATHS = { list: `${CONSOLE_BASE}/risk-meetings` } as const;

export const RISK_MEETING_PERIOD_KINDS = ['month', 'quarter', 'year'] as const;

export const riskMeetingListQuerySchema = z
  .object({
    kind: z.enum(RISK_MEETING_PERIOD_KINDS),
    key: z.string().trim().min(4).max(10),
    siteId: z.string().min(1).max(128).optional(),
  })
  .strict();

export const consoleRiskMeetingSchema = z.object({
  siteId: z.string(),
  siteCode: z.string(),
  siteName: z.string(),
  id: z.string(),
  heldOn: z.string(),
  kinds: z.array(z.enum(MEETING_KINDS)),
  attendees: z.array(z.string()),
  /** Null where the site has not sent the customer's file. */
  customers: z.array(z.object({ customerId: z.string(), customerName: z.string().nullable() })),
  conclusions: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type ConsoleRiskMeeting = z.infer<typeof consoleRiskMeetingSchema>;

export const consoleRiskMeetingListSchema = z.object({
  period: periodSchema,
  /** By site code, then the day held (newest first), then when recorded. */
  meetings: z.array(consoleRiskMeetingSchema),
});
export type ConsoleRiskMeetingList = z.infer<typeof consoleRiskMeetingListSchema>;
