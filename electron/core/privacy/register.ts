import os from 'node:os';
import type { ReadDb, WriteDb } from '../db/handles';
import { readSite } from '../site/site';
import { appendAccess } from './access-log-repository';

/** 地点 of the register (seed002 客户管理制度1 第三十七条): the site and the computer the view or export happened on. */
export function placeOf(db: ReadDb): string {
  const site = readSite(db);
  return `${site ? `${site.name}（${site.code}）` : ''} ${os.hostname()}`.trim();
}

const CUSTOMER_PERSONAL_FIELDS = ['phone', 'phone2', 'address', 'idNumber'] as const;

/**
 * A correction that empties a customer's phone, address or ID number deletes personal data: it is registered
 * like an export (第三十七条 销毁), in the correction's transaction, naming the fields removed.
 */
export function registerClearedFields(
  tx: WriteDb,
  change: { at: Date; user: { id: string; displayName: string }; customerId: string; before: Record<(typeof CUSTOMER_PERSONAL_FIELDS)[number], string | null>; after: Record<(typeof CUSTOMER_PERSONAL_FIELDS)[number], string | null> },
): void {
  const cleared = CUSTOMER_PERSONAL_FIELDS.filter((field) => change.before[field] && !change.after[field]);
  if (cleared.length === 0) return;
  appendAccess(tx, { at: change.at, user: change.user, action: 'delete', subject: `customer: ${cleared.join(', ')}`, recordId: change.customerId, place: placeOf(tx) });
}
