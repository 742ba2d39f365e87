import { z } from 'zod';
import { creditMonth } from '../api/credit-monthly';
import { CONSOLE_BASE } from './console-api';

/**
 * Head office's read-only view of the sites' monthly credit records (seed002
 * 客户管理制度3 第三十九条、第四十条, issue 19 §2): a month's 《客户授信额度执行评价表》
 * lines and supervisors' reports as the sites synced them, per site. Masked
 * like every console answer.
 */
export const CONSOLE_CREDIT_MONTHLY_PATHS = {
  month: `${CONSOLE_BASE}/credit-monthly`,
} as const;

export const creditMonthlyQuerySchema = z.object({ month: creditMonth, siteId: z.string().min(1).max(128).optional() }).strict();

const site = { siteId: z.string(), siteCode: z.string(), siteName: z.string() };

export const consoleCreditMonthSchema = z.object({
  month: z.string(),
  evaluations: z.array(
    z.object({
      ...site,
      customerId: z.string(),
      customerName: z.string().nullable(),
      creditLimit: z.number(),
      balance: z.number(),
      shipments: z.number(),
      payments: z.number(),
      overdueAmount: z.number(),
      overdueDays: z.number().int(),
      overLimit: z.boolean(),
      filledByName: z.string(),
      checkedByName: z.string().nullable(),
      opinion: z.string().nullable(),
      proposedLimit: z.number().nullable(),
      decision: z.enum(['approved', 'rejected']).nullable(),
    }),
  ),
  reports: z.array(z.object({ ...site, filedByName: z.string(), filedOn: z.string(), late: z.boolean(), text: z.string(), customers: z.number().int() })),
});
export type ConsoleCreditMonth = z.infer<typeof consoleCreditMonthSchema>;
