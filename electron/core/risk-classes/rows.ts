import type { CustomerRisk, RiskClassChange, RiskClassProposal } from '../../../shared/api/risk-classes';
import { creditIncreaseAllowed } from '../../../shared/risk-classes/assess';
import type { Judgement, RiskClass, RiskFacts } from '../../../shared/risk-classes/pack';
import type { ListedChangeRow, ListedProposalRow } from './repository';

/** Rows of migration 0033 as the contract answers them. */

type JudgementInput = { judgement: Judgement; reason: string };

const cls = (value: string) => value as RiskClass;

export function toProposal(row: ListedProposalRow): RiskClassProposal {
  return {
    id: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    fromClass: cls(row.from_class),
    toClass: cls(row.to_class),
    indicatedClass: cls(row.indicated_class),
    facts: JSON.parse(row.facts) as RiskFacts,
    judgements: JSON.parse(row.judgements) as JudgementInput[],
    met: JSON.parse(row.met) as string[],
    status: row.status,
    proposed: { byId: row.proposed_by, byName: row.proposed_by_name, at: row.proposed_at, note: row.reason },
    reviewed: row.reviewed_by ? { byId: row.reviewed_by, byName: row.reviewed_by_name ?? '', at: row.reviewed_at ?? '', note: row.review_note ?? '' } : null,
    decided: row.decided_by ? { byId: row.decided_by, byName: row.decided_by_name ?? '', at: row.decided_at ?? '', note: row.decision_note ?? '' } : null,
    packId: row.pack_id,
    packVersion: row.pack_version,
  };
}

export function toChange(row: ListedChangeRow): RiskClassChange {
  return {
    id: row.id,
    proposalId: row.proposal_id,
    fromClass: cls(row.from_class),
    toClass: cls(row.to_class),
    reason: row.reason,
    facts: JSON.parse(row.facts) as RiskFacts,
    judgements: JSON.parse(row.judgements) as JudgementInput[],
    met: JSON.parse(row.met) as string[],
    proposedByName: row.proposed_by_name,
    reviewedByName: row.reviewed_by_name,
    decidedByName: row.decided_by_name,
    decisionNote: row.decision_note,
    decidedAt: row.decided_at,
    packId: row.pack_id,
    packVersion: row.pack_version,
  };
}

export function toCustomerRisk(customerId: string, changes: ListedChangeRow[], pending: ListedProposalRow | undefined, rejected: ListedProposalRow[]): Omit<CustomerRisk, 'cadence' | 'screening' | 'screenings'> {
  const current = changes[0] ? cls(changes[0].to_class) : 'normal';
  return {
    customerId,
    current,
    since: changes[0]?.decided_at ?? null,
    creditIncreaseAllowed: creditIncreaseAllowed(current),
    history: changes.map(toChange),
    pending: pending ? toProposal(pending) : null,
    rejected: rejected.map(toProposal),
  };
}
