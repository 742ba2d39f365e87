import type { WriteDb } from '../db/handles';
import { pruneAcknowledged } from './outbox-repository';

/**
 * How long an acknowledged outbox entry stays before it is pruned (issue 21 §1). Choice (no source sets
 * one): a month. While it stays, a head-office remark based on that version is compared with what the
 * site sent (sync/remarks.ts: a field unchanged since is taken without asking); a remark based on a
 * version pruned since is treated as changed since (asked, never overwritten silently). Head office holds
 * every entry for good; the site's own history is the audit log and the records themselves.
 */
export const ACKNOWLEDGED_KEPT_DAYS = 30;

/** Prunes, in the transaction that acknowledges a batch, what head office acknowledged more than the kept window before `at`. */
export function pruneAcknowledgedOutbox(tx: WriteDb, at: string): number {
  return pruneAcknowledged(tx, new Date(Date.parse(at) - ACKNOWLEDGED_KEPT_DAYS * 86_400_000).toISOString());
}
