import type { ApiParsedInput } from '../../../shared/api/contract';
import type { CreditCap } from '../../../shared/api/credit';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { capRow, inForceGradings, updateCap } from './credit-repository';

/**
 * The total-credit cap of seed002 客户管理制度3 第二十四条2① (shared/credit/
 * credit-pack.ts TOTAL_CREDIT_CAP): a site setting the station lead enters,
 * since the source's year is a placeholder and its figure the company's books.
 * The total is the sum of every customer's limit in force.
 */

const cents = (amount: number) => Math.round(amount * 100) / 100;

function limitsInForce(db: ReadDb): Map<string, number> {
  return new Map(inForceGradings(db).map((row) => [row.customer_id, row.limit_in_force]));
}

const sum = (limits: Map<string, number>) => cents([...limits.values()].reduce((a, b) => a + b, 0));

export function readCap(db: ReadDb): CreditCap {
  const row = capRow(db);
  return { totalCap: row.total_cap, baseDay: row.base_day, setByName: row.set_by_name, setAt: row.set_at, totalInForce: sum(limitsInForce(db)) };
}

export function setCap(tx: WriteDb, input: ApiParsedInput<'credit.setCap'>, user: User, at: Date): CreditCap {
  const before = readCap(tx);
  updateCap(tx, { total_cap: input.totalCap, base_day: input.totalCap === null ? null : input.baseDay, set_by: user.id, set_at: at.toISOString() });
  const after = readCap(tx);
  // A local setting: audited here; head office receives each grading, not the site's cap.
  recordChange(tx, {
    userId: user.id,
    at,
    action: 'credit.setCap',
    entity: 'credit_settings',
    entityId: 'site',
    entityVersion: capRow(tx).version,
    before: { totalCap: before.totalCap, baseDay: before.baseDay },
    after: { totalCap: after.totalCap, baseDay: after.baseDay },
    syncPayload: null,
  });
  return after;
}

/**
 * Refuses approving a grading or an adjustment (第四十一条) when it would take
 * the total over the cap: the customer's limit in force is replaced by `limit`. An approval that
 * does not raise the total is let through even over the cap (lowering limits
 * is how a site gets back under it, 第四十二条). No cap set: nothing checked.
 */
export function requireWithinCap(db: ReadDb, customerId: string, limit: number): void {
  const cap = capRow(db).total_cap;
  if (cap === null) return;
  const limits = limitsInForce(db);
  const current = sum(limits);
  limits.set(customerId, limit);
  const total = sum(limits);
  if (total > cap && total > current) throw ApiError.because('CONFLICT', 'credit.errors.totalCapExceeded', { cap, total });
}
