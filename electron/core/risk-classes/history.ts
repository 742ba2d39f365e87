import type { CustomerHistoryEntry } from '../../../shared/api/customer-history';
import type { RiskClass } from '../../../shared/risk-classes/pack';
import type { ReadDb } from '../db/handles';
import { changesOf, rejectedProposalsOf } from './repository';

/**
 * The customer's risk-class decisions as its file's history tells them: every approved change (who
 * decided, from which class to which, and why) and every refused proposal (who refused it, what was
 * proposed, and the refusal's note), so the file shows the attempts that left the class as it was.
 */
export function riskClassHistoryOf(db: ReadDb, customerId: string): CustomerHistoryEntry[] {
  const changes = changesOf(db, customerId).map(
    (change): CustomerHistoryEntry => ({
      type: 'riskClassChanged',
      at: change.decided_at,
      byName: change.decided_by_name,
      fromClass: change.from_class as RiskClass,
      toClass: change.to_class as RiskClass,
      reason: change.reason,
    }),
  );
  // A rejected proposal always carries its decision (markDecided writes the three together).
  const refusals = rejectedProposalsOf(db, customerId).map(
    (proposal): CustomerHistoryEntry => ({
      type: 'riskClassRefused',
      at: proposal.decided_at!,
      byName: proposal.decided_by_name!,
      fromClass: proposal.from_class as RiskClass,
      toClass: proposal.to_class as RiskClass,
      reason: proposal.reason,
      note: proposal.decision_note ?? '',
    }),
  );
  return [...changes, ...refusals];
}
