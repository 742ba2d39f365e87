import { z } from 'zod';
import { PERIOD_KINDS } from '../reports/ledgers/period';
import { MILESTONES } from '../rules/pack-schema';
import { optionalText, str } from './common';
import { method } from './define';

/**
 * Ledgers (台帐, issue #16 item 5): the definitions are shared data
 * (shared/reports/ledgers/); the core reads the rows of one ledger for a
 * period and a unit, or the one case of a single-case sheet. A blank ledger
 * needs no call: it is the definition and empty lines.
 */

const bilingual = z.object({ zh: z.string(), en: z.string() });

/**
 * A cell as the core fills it; the column's format says how it prints:
 * text, an ISO instant, a day, a yes/no, a number, a text in both languages,
 * or a list of such texts (a step without a label of its own in the rule pack
 * is named by its milestone, which the reader's language names). Null:
 * nothing recorded.
 */
export const cellValueSchema = z.union([z.null(), z.string(), z.number(), z.boolean(), bilingual, z.array(z.union([bilingual, z.object({ milestone: z.enum(MILESTONES) })]))]);
export type CellValue = z.infer<typeof cellValueSchema>;

export const ledgerRowSchema = z.object({
  /** Stable per row (the record, and the register row within it). */
  key: z.string(),
  cells: z.record(z.string(), cellValueSchema),
});
export type LedgerRow = z.infer<typeof ledgerRowSchema>;

export const ledgerSheetSchema = z.object({
  ledgerId: z.string(),
  period: z.object({ code: z.string(), kind: z.enum(PERIOD_KINDS), from: z.string(), to: z.string() }).nullable(),
  /** The unit asked for; null: the whole site. */
  unit: z.string().nullable(),
  /** The case of a single-case sheet. */
  serial: z.string().nullable(),
  site: z.object({ name: z.string(), code: z.string() }),
  printedAt: z.string(),
  rows: z.array(ledgerRowSchema),
});
export type LedgerSheet = z.infer<typeof ledgerSheetSchema>;

export const ledgerRequestSchema = z
  .object({
    ledgerId: str().trim().min(1).max(80),
    /** A period code (2026, 2026-Q4, 2026-11, 2026-W47, 2026-11-23, 2026-11-01..2026-11-15); not with `serial`. */
    period: optionalText(40),
    /** A unit of the site (as people and cases carry it); absent: the whole site. */
    unit: optionalText(100),
    /** A complaint's serial: the single-case sheet, the one-row variant of a complaint-based ledger. */
    serial: optionalText(40),
  })
  .strict();
export type LedgerRequest = z.input<typeof ledgerRequestSchema>;

export const ledgersApi = {
  /** The units of this site a ledger can be narrowed to: the units people belong to and cases were assigned to. */
  'ledgers.units': method({ input: z.object({}).strict(), output: z.array(z.string()), access: 'signed-in', writes: false }),
  /** The rows of one ledger; the ledger's own permission decides whether the caller may read them. */
  'ledgers.sheet': method({ input: ledgerRequestSchema, output: ledgerSheetSchema, access: 'signed-in', writes: false }),
};
