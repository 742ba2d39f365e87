import { z } from 'zod';
import { periodInputSchema } from '../reports/period';
import { periodSchema } from '../reports/result';
import { LEDGER_MEASURES } from '../sanctions/ledger-amount';
import { id, optionalText, str, text } from './common';
import { method } from './define';

/**
 * The sanction ledger (罚款与扣分台帐, issue 16 item 9, issue 23 item 5): fines
 * and points booked against persons or units for the case that caused them,
 * append-only (a correction is a reversing entry); the counts the sources
 * state in words, computed from the store for the person who decides; and the
 * roll-up per person, unit and month or year.
 */

const bilingual = z.object({ zh: z.string(), en: z.string() });

/** Whom one entry is booked against: a colleague (with the seed004 §M role row when the article deducts by role) or a unit. */
export const ledgerTargetSchema = z.union([
  z.object({ personId: id, deductionRole: z.number().int().min(0).max(10).optional() }).strict(),
  z.object({ unit: text(100) }).strict(),
]);

export const recordLedgerSchema = z
  .object({
    complaintId: id,
    articleCode: str().min(1).max(64),
    measure: z.enum(LEDGER_MEASURES),
    /** 元, within the article's range; the range is the decider's choice. */
    amount: z.number().positive().max(100_000_000).optional(),
    points: z.number().int().min(1).max(1000).optional(),
    /** The persons and units charged under the article on this case (篇6 第四十条: the person and the department; seed004 §M: each role up the chain). */
    targets: z.array(ledgerTargetSchema).min(1).max(8),
    note: optionalText(1000),
  })
  .strict();

export const reverseLedgerSchema = z.object({ entryId: id, reason: text(1000) }).strict();

export const ledgerEntrySchema = z.object({
  id: z.string(),
  complaintId: z.string(),
  serial: z.string(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  /** The person's unit for a person's entry; the unit charged for a unit's entry. */
  unit: z.string().nullable(),
  target: z.enum(['person', 'unit']),
  articleCode: z.string(),
  articleLabel: bilingual,
  source: z.string(),
  measure: z.enum(LEDGER_MEASURES),
  amount: z.number(),
  points: z.number().int(),
  deductionRole: bilingual.nullable(),
  note: z.string().nullable(),
  reverses: z.string().nullable(),
  reversedBy: z.string().nullable(),
  decidedByName: z.string(),
  decidedOn: z.string(),
  recordedAt: z.string(),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

const totalsSchema = z.object({ amount: z.number(), points: z.number().int(), entries: z.number().int() });

export const rollupSchema = z.object({
  period: periodSchema,
  unit: z.string().nullable(),
  /** Per person: entries against the person, with the person's unit. */
  persons: z.array(totalsSchema.extend({ personId: z.string(), personName: z.string(), unit: z.string().nullable() })),
  /** Per unit: entries against the unit itself plus those against its people. */
  units: z.array(totalsSchema.extend({ unit: z.string().nullable(), ownAmount: z.number(), ownPoints: z.number().int() })),
  /** Per month of the period. */
  months: z.array(totalsSchema.extend({ month: z.string() })),
  total: totalsSchema,
  /** Every entry of the period with the occurrence behind it, reversals included. */
  entries: z.array(ledgerEntrySchema),
});
export type SanctionRollup = z.infer<typeof rollupSchema>;

/** A count the sources state in words, computed from the store (篇5 6.2 每年三次有效投诉; 篇6 第三十二条 重复投诉). */
export const personHistorySchema = z.object({
  personId: z.string(),
  personName: z.string(),
  /** The day counted back from (the case's receipt, Asia/Shanghai). */
  on: z.string(),
  /** Valid complaints against the person (被投诉人) received within 12 months counted back from `on`. */
  validComplaints: z.array(z.object({ complaintId: z.string(), serial: z.string(), receivedAt: z.string() })),
  /** Earlier fines and points booked against the person, newest first. */
  entries: z.array(ledgerEntrySchema),
  /** Earlier 奖惩记录 of the person by article: how many times each was applied. */
  articleCounts: z.array(z.object({ articleCode: z.string(), count: z.number().int(), lastOn: z.string() })),
  /** Complaints of the case's customer within 12 months (数次、屡教不改 of the customer side). */
  customerComplaints: z.number().int(),
});
export type PersonHistory = z.infer<typeof personHistorySchema>;

export const sanctionLedgerApi = {
  'sanctionLedger.record': method({ input: recordLedgerSchema, output: z.array(ledgerEntrySchema), access: 'sanction.record', writes: true }),
  'sanctionLedger.reverse': method({ input: reverseLedgerSchema, output: ledgerEntrySchema, access: 'sanction.record', writes: true }),
  'sanctionLedger.history': method({
    input: z.object({ complaintId: id, personId: id }).strict(),
    output: personHistorySchema,
    access: 'sanction.record',
    writes: false,
  }),
  'sanctionLedger.rollup': method({
    input: z.object({ period: periodInputSchema, unit: str().trim().min(1).max(100).optional() }).strict(),
    output: rollupSchema,
    access: 'signed-in',
    writes: false,
  }),
};
