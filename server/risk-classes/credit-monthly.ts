import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ConsoleCreditMonth, creditMonthlyQuerySchema } from '../../shared/sync/console-credit-monthly-api';
import type { ServerDatabase } from '../db/schema';
import { syncedCreditMonthly } from './repository';
import { collator, customerNames, key, parsed } from './service';

/**
 * Head office's month of the sites' credit records (seed002 客户管理制度3
 * 第三十九条、第四十条): the evaluation lines and the supervisors' reports of the
 * month as the sites computed and sent them (electron/core/credit/
 * credit-evaluation-service.ts, credit-report-service.ts); customer names from
 * the synced customer files.
 */

type Query = z.output<typeof creditMonthlyQuerySchema>;

/** What the view reads of an evaluation as the site sent it; other fields are left alone. */
const evaluationPayload = z.object({
  customerId: z.string(),
  month: z.string(),
  creditLimit: z.number(),
  balance: z.number(),
  shipments: z.number(),
  payments: z.number(),
  overdueAmount: z.number(),
  overdueDays: z.number(),
  overLimit: z.boolean(),
  filled: z.object({ byName: z.string() }),
  check: z.object({ byName: z.string(), opinion: z.string(), proposedLimit: z.number().nullable() }).nullable(),
  decision: z.object({ decision: z.enum(['approved', 'rejected']) }).nullable(),
});

const reportPayload = z.object({ month: z.string(), text: z.string(), filed: z.object({ byName: z.string() }), filedOn: z.string(), late: z.boolean(), customers: z.array(z.unknown()) });

export async function consoleCreditMonth(db: Kysely<ServerDatabase>, query: Query): Promise<ConsoleCreditMonth> {
  const names = await customerNames(db, query.siteId);
  const evaluations: ConsoleCreditMonth['evaluations'] = [];
  for (const row of await syncedCreditMonthly(db, 'credit_evaluation', query.siteId)) {
    const e = parsed(evaluationPayload, row.payload);
    if (!e || e.month !== query.month) continue;
    evaluations.push({
      siteId: row.site_id,
      siteCode: row.code,
      siteName: row.name,
      customerId: e.customerId,
      customerName: names.get(key(row.site_id, e.customerId)) ?? null,
      creditLimit: e.creditLimit,
      balance: e.balance,
      shipments: e.shipments,
      payments: e.payments,
      overdueAmount: e.overdueAmount,
      overdueDays: e.overdueDays,
      overLimit: e.overLimit,
      filledByName: e.filled.byName,
      checkedByName: e.check?.byName ?? null,
      opinion: e.check?.opinion ?? null,
      proposedLimit: e.check?.proposedLimit ?? null,
      decision: e.decision?.decision ?? null,
    });
  }
  evaluations.sort((a, b) => collator.compare(a.siteCode, b.siteCode) || collator.compare(a.customerName ?? '', b.customerName ?? ''));
  const reports: ConsoleCreditMonth['reports'] = [];
  for (const row of await syncedCreditMonthly(db, 'credit_supervisor_report', query.siteId)) {
    const r = parsed(reportPayload, row.payload);
    if (r && r.month === query.month) reports.push({ siteId: row.site_id, siteCode: row.code, siteName: row.name, filedByName: r.filed.byName, filedOn: r.filedOn, late: r.late, text: r.text, customers: r.customers.length });
  }
  return { month: query.month, evaluations, reports };
}
