import { z } from 'zod';
import { periodSchema } from '../reports/result';
import { CONSOLE_BASE } from './console-api';
import { NARRATIVE_PERIOD_KINDS, receivedNarrativeSchema } from './console-narrative-api';

/**
 * Head office's list of the case reports (专项报告, one per major complaint,
 * seed003 篇6 第三十八条(一)7) the sites issued and synced. A case report has
 * no period to be due in (its kind's due is `notStated`), so nothing is
 * "missing" or "late" here: the list shows what was received. It is placed in
 * the period in which its first version was issued (签发, Asia/Shanghai day):
 * what head office received that month, quarter or year; a later correction
 * stays on that row as its newest version. Opening a row shows the frozen
 * version through the narrative version route (CONSOLE_NARRATIVE_PATHS.version).
 */
export const CONSOLE_CASE_REPORT_PATHS = {
  list: `${CONSOLE_BASE}/narrative-reports/cases`,
} as const;

export const CASE_REPORT_PAGE_SIZES = { default: 50, max: 200 } as const;

/** A period (kind and key, both or neither) or a complaint: the list of a period, or the one complaint's report for its detail page. */
export const caseReportListQuerySchema = z
  .object({
    kind: z.enum(NARRATIVE_PERIOD_KINDS).optional(),
    key: z.string().trim().min(4).max(10).optional(),
    siteId: z.string().min(1).max(128).optional(),
    complaintId: z.string().min(1).max(128).optional(),
    limit: z.coerce.number().int().min(1).max(CASE_REPORT_PAGE_SIZES.max).default(CASE_REPORT_PAGE_SIZES.default),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
  .refine((q) => (q.kind === undefined) === (q.key === undefined), { path: ['key'], message: '统计期类型和统计期须同时给出 / give the period kind and key together' })
  .refine((q) => q.kind !== undefined || q.complaintId !== undefined, { path: ['kind'], message: '须指定统计期或投诉 / give a period or a complaint' });
export type CaseReportListQuery = z.infer<typeof caseReportListQuerySchema>;

export const consoleCaseReportRowSchema = z.object({
  siteId: z.string(),
  siteCode: z.string(),
  siteName: z.string(),
  kindId: z.string(),
  title: z.object({ zh: z.string(), en: z.string() }),
  complaint: z.object({ id: z.string(), serial: z.string() }),
  /** The complaint's class as frozen in the report (its rule pack's words); null from a payload without facts. */
  classLabel: z.object({ zh: z.string(), en: z.string() }).nullable(),
  received: receivedNarrativeSchema,
});
export type ConsoleCaseReportRow = z.infer<typeof consoleCaseReportRowSchema>;

export const consoleCaseReportListSchema = z.object({
  /** Null when asked by complaint. */
  period: periodSchema.nullable(),
  /** Every matching report, before paging. */
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  /** Newest first issue first; then site code and complaint serial. */
  rows: z.array(consoleCaseReportRowSchema),
});
export type ConsoleCaseReportList = z.infer<typeof consoleCaseReportListSchema>;
