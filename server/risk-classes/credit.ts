import type { Kysely } from 'kysely';
import { z } from 'zod';
import { localDay } from '../../shared/reports/period';
import { CREDIT_GRADES, type ConsoleCreditList, type ConsoleCreditRow, type creditGradingListQuerySchema } from '../../shared/sync/console-risk-api';
import type { ServerDatabase } from '../db/schema';
import { syncedCreditGradings, syncedCreditMonthly } from './repository';
import { collator, customerNames, key, parsed } from './service';

/**
 * Head office's list of the sites' credit gradings (seed002 客户管理制度3): a
 * customer's grading in force is its newest approved one (by the approval's
 * time), as the site's credit file shows it, with the limit of an adjustment
 * approved after it (第四十一条); the review is overdue once
 * head office's day is past the review day the site computed.
 */

type Query = z.output<typeof creditGradingListQuerySchema>;

/** What the list reads of a grading as the site sent it (electron/core/credit/credit-service.ts queue); other fields are left alone. */
const gradingPayloadSchema = z.object({
  customerId: z.string(),
  grade: z.enum(CREDIT_GRADES),
  creditLimit: z.number(),
  reviewDueOn: z.string().nullable(),
  reason: z.string(),
  packVersion: z.string(),
  status: z.string(),
  proposedAt: z.string(),
  steps: z.array(z.object({ decidedAt: z.string() })),
});
type GradingPayload = z.infer<typeof gradingPayloadSchema>;

const approvedAt = (grading: GradingPayload) => grading.steps.at(-1)?.decidedAt ?? grading.proposedAt;

/** What the list reads of an approved limit adjustment (第四十一条, electron/core/credit/credit-adjustment-service.ts). */
const adjustmentPayloadSchema = z.object({ customerId: z.string(), toLimit: z.number(), approvedAt: z.string() });

/** Each site customer's newest approved adjustment: the limit in force when it is newer than the grading's approval. */
async function newestAdjustments(db: Kysely<ServerDatabase>, siteId: string | undefined): Promise<Map<string, z.infer<typeof adjustmentPayloadSchema>>> {
  const newest = new Map<string, z.infer<typeof adjustmentPayloadSchema>>();
  for (const row of await syncedCreditMonthly(db, 'credit_limit_adjustment', siteId)) {
    const adjustment = parsed(adjustmentPayloadSchema, row.payload);
    const k = adjustment && key(row.site_id, adjustment.customerId);
    if (adjustment && k && (newest.get(k)?.approvedAt ?? '') < adjustment.approvedAt) newest.set(k, adjustment);
  }
  return newest;
}

async function gradingsInForce(db: Kysely<ServerDatabase>, siteId: string | undefined, today: string): Promise<ConsoleCreditRow[]> {
  const newest = new Map<string, { site: { id: string; code: string; name: string }; grading: GradingPayload }>();
  for (const row of await syncedCreditGradings(db, siteId)) {
    const grading = parsed(gradingPayloadSchema, row.payload);
    if (!grading || grading.status !== 'approved') continue;
    const k = key(row.site_id, grading.customerId);
    const held = newest.get(k);
    if (!held || approvedAt(grading) > approvedAt(held.grading)) newest.set(k, { site: { id: row.site_id, code: row.code, name: row.name }, grading });
  }
  const names = await customerNames(db, siteId);
  const adjustments = await newestAdjustments(db, siteId);
  const limitOf = (siteKey: string, grading: GradingPayload) => {
    const adjusted = adjustments.get(siteKey);
    return adjusted && adjusted.approvedAt > approvedAt(grading) ? adjusted.toLimit : grading.creditLimit;
  };
  return [...newest.values()].map(({ site, grading }) => ({
    siteId: site.id,
    siteCode: site.code,
    siteName: site.name,
    customerId: grading.customerId,
    customerName: names.get(key(site.id, grading.customerId)) ?? null,
    grade: grading.grade,
    creditLimit: limitOf(key(site.id, grading.customerId), grading),
    approvedAt: approvedAt(grading),
    reviewDueOn: grading.reviewDueOn,
    reviewOverdue: grading.reviewDueOn !== null && grading.reviewDueOn < today,
    reason: grading.reason,
    packVersion: grading.packVersion,
  }));
}

const byListOrder = (a: ConsoleCreditRow, b: ConsoleCreditRow) =>
  collator.compare(a.siteCode, b.siteCode) || (a.reviewDueOn ?? '9999').localeCompare(b.reviewDueOn ?? '9999') || collator.compare(a.customerName ?? '', b.customerName ?? '') || (a.customerId < b.customerId ? -1 : 1);

export async function consoleCreditList(db: Kysely<ServerDatabase>, query: Query, now: Date): Promise<ConsoleCreditList> {
  const today = localDay(now);
  const wanted = query.q?.toLocaleLowerCase();
  const named = (await gradingsInForce(db, query.siteId, today)).filter((row) => !wanted || (row.customerName ?? '').toLocaleLowerCase().includes(wanted));
  const counts = { A: 0, B: 0, C: 0, overdue: 0 };
  for (const row of named) {
    counts[row.grade] += 1;
    if (row.reviewOverdue) counts.overdue += 1;
  }
  const matching = named.filter((row) => (!query.grade || row.grade === query.grade) && (!query.overdue || row.reviewOverdue)).sort(byListOrder);
  return { today, rows: matching.slice(query.offset, query.offset + query.limit), total: matching.length, counts, offset: query.offset, limit: query.limit };
}
