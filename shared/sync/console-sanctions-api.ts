import { z } from 'zod';
import { periodSchema } from '../reports/result';
import { CONSOLE_BASE } from './console-api';

/**
 * Head office's fines and points roll-up across sites (issue 16 item 9): the
 * sites' ledger entries arrive by sync (entity `sanction_ledger`, the site's
 * row with the case's serial and the names) and are summed per site, unit,
 * person and month, by the day each entry was decided, reversals included.
 */
export const CONSOLE_SANCTION_PATHS = { rollup: `${CONSOLE_BASE}/sanctions/rollup` } as const;

export const sanctionRollupQuerySchema = z
  .object({
    kind: z.enum(['month', 'quarter', 'year']),
    key: z.string().trim().min(4).max(10),
    siteId: z.string().min(1).max(128).optional(),
  })
  .strict();

const totals = { amount: z.number(), points: z.number().int(), entries: z.number().int() };

export const consoleSanctionRollupSchema = z.object({
  period: periodSchema,
  sites: z.array(z.object({ siteId: z.string(), siteCode: z.string(), ...totals })),
  units: z.array(z.object({ siteId: z.string(), unit: z.string().nullable(), ...totals })),
  persons: z.array(z.object({ siteId: z.string(), personId: z.string(), personName: z.string(), unit: z.string().nullable(), ...totals })),
  months: z.array(z.object({ month: z.string(), ...totals })),
  total: z.object(totals),
});
export type ConsoleSanctionRollup = z.infer<typeof consoleSanctionRollupSchema>;
