import type { Kysely } from 'kysely';
import { z } from 'zod';
import { RISK_CLASSES, SEVERITY_ORDER } from '../../shared/risk-classes/pack';
import type { ConsoleRiskList, ConsoleRiskRow, riskClassListQuerySchema } from '../../shared/sync/console-risk-api';
import type { ServerDatabase } from '../db/schema';
import { syncedClassChanges, syncedCustomers } from './repository';

/**
 * Head office's list of the sites' risk-classed customers: a customer's class
 * is its newest class change (electron/core/risk-classes: the history is
 * append-only), filtered, counted and paged here in Node, like the other
 * console lists whose fields live in the payload.
 */

type Query = z.output<typeof riskClassListQuerySchema>;

/** What the list reads of a change as the site sent it (electron/core/risk-classes/service.ts appendChange); other fields are left alone. */
const changePayloadSchema = z.object({
  customer_id: z.string(),
  from_class: z.enum(RISK_CLASSES),
  to_class: z.enum(RISK_CLASSES),
  reason: z.string(),
  decision_note: z.string(),
  decided_at: z.string(),
  pack_version: z.string(),
});
type ChangePayload = z.infer<typeof changePayloadSchema>;

export function parsed<T>(schema: z.ZodType<T>, payload: string): T | null {
  try {
    const result = schema.safeParse(JSON.parse(payload));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export const collator = new Intl.Collator('zh-CN', { sensitivity: 'base', numeric: true });
export const key = (siteId: string, customerId: string) => `${siteId}\u0000${customerId}`;

export async function customerNames(db: Kysely<ServerDatabase>, siteId: string | undefined): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const row of await syncedCustomers(db, siteId)) {
    const customer = parsed(z.object({ name: z.string() }), row.payload);
    if (customer) names.set(key(row.site_id, row.entity_id), customer.name);
  }
  return names;
}

/** Each customer's newest change (by decision time, then id) and how many it has. */
async function currentClasses(db: Kysely<ServerDatabase>, siteId: string | undefined): Promise<ConsoleRiskRow[]> {
  const newest = new Map<string, { site: { id: string; code: string; name: string }; change: ChangePayload; id: string; count: number }>();
  for (const row of await syncedClassChanges(db, siteId)) {
    const change = parsed(changePayloadSchema, row.payload);
    if (!change) continue;
    const k = key(row.site_id, change.customer_id);
    const held = newest.get(k);
    const count = (held?.count ?? 0) + 1;
    const newer = !held || change.decided_at > held.change.decided_at || (change.decided_at === held.change.decided_at && row.entity_id > held.id);
    newest.set(k, newer ? { site: { id: row.site_id, code: row.code, name: row.name }, change, id: row.entity_id, count } : { ...held, count });
  }
  const names = await customerNames(db, siteId);
  return [...newest.values()].map(({ site, change, count }) => ({
    siteId: site.id,
    siteCode: site.code,
    siteName: site.name,
    customerId: change.customer_id,
    customerName: names.get(key(site.id, change.customer_id)) ?? null,
    riskClass: change.to_class,
    fromClass: change.from_class,
    since: change.decided_at,
    reason: change.reason,
    decisionNote: change.decision_note,
    changes: count,
    packVersion: change.pack_version,
  }));
}

const byListOrder = (a: ConsoleRiskRow, b: ConsoleRiskRow) =>
  collator.compare(a.siteCode, b.siteCode) ||
  SEVERITY_ORDER.indexOf(a.riskClass) - SEVERITY_ORDER.indexOf(b.riskClass) ||
  collator.compare(a.customerName ?? '', b.customerName ?? '') ||
  (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0);

export async function consoleRiskList(db: Kysely<ServerDatabase>, query: Query): Promise<ConsoleRiskList> {
  const wanted = query.q?.toLocaleLowerCase();
  const named = (await currentClasses(db, query.siteId)).filter((row) => !wanted || (row.customerName ?? '').toLocaleLowerCase().includes(wanted));
  const counts = { class1: 0, class2: 0, class3: 0, normal: 0 };
  for (const row of named) counts[row.riskClass] += 1;
  const matching = named.filter((row) => !query.riskClass || row.riskClass === query.riskClass).sort(byListOrder);
  return { rows: matching.slice(query.offset, query.offset + query.limit), total: matching.length, counts, offset: query.offset, limit: query.limit };
}
