import { newId } from '../../../shared/ids';
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { CustomerRisk, RiskClassProposal, RiskOverview } from '../../../shared/api/risk-classes';
import type { User } from '../../../shared/api/users';
import { assessRiskClass, changeRefusal } from '../../../shared/risk-classes/assess';
import { RISK_CLASS_PACK_ID, RISK_CLASS_PACK_VERSION, RISK_CLASSES, type RiskClass } from '../../../shared/risk-classes/pack';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { customerCadence } from './cadence';
import { currentClass, refuse, requireCustomer, requireStepRight } from './guards';
import {
  changesOf,
  classedCustomers,
  insertChange,
  insertProposal,
  markDecided,
  markReviewed,
  openProposalOf,
  openProposals,
  proposalRow,
  rejectedProposalsOf,
  type ChangeRow,
  type ListedProposalRow,
} from './repository';
import { toCustomerRisk, toProposal } from './rows';
import { customerScreenings, customerScreeningStatus } from './screening';

/**
 * Risk classes of credit customers (seed000 第二篇): a proposal with the facts
 * and judgements behind it (二(一)), the review opinion (二(二)), the decision
 * (二(三)); an approved decision appends the class change to the history.
 * 四、动态管理要求 is checked when the change is proposed and again when it is
 * decided (the customer's class may have moved in between).
 */

export function customerRisk(db: ReadDb, customerId: string, now: Date): CustomerRisk {
  requireCustomer(db, customerId);
  const risk = toCustomerRisk(customerId, changesOf(db, customerId), openProposalOf(db, customerId), rejectedProposalsOf(db, customerId));
  const screenings = customerScreenings(db, customerId);
  const screening = customerScreeningStatus(db, customerId, now, screenings.map((s) => s.month));
  return { ...risk, cadence: customerCadence(db, customerId, now), screening, screenings };
}

export function riskOverview(db: ReadDb): RiskOverview {
  const classed = classedCustomers(db);
  const classes = RISK_CLASSES.filter((cls) => cls !== 'normal').map((riskClass) => ({
    riskClass,
    customers: classed.filter((row) => row.riskClass === riskClass).map(({ id, name, since }) => ({ id, name, since })),
  }));
  return { classes, awaiting: openProposals(db).map(toProposal) };
}

function syncProposal(tx: WriteDb, id: string, action: string, userId: string, at: Date, before: unknown): RiskClassProposal {
  const { customer_name: _name, proposed_by_name: _p, reviewed_by_name: _r, decided_by_name: _d, ...stored } = proposalRow(tx, id)!;
  recordChange(tx, { userId, at, action, entity: 'risk_class_proposal', entityId: id, entityVersion: stored.version, before, after: stored, syncPayload: stored });
  return toProposal(proposalRow(tx, id)!);
}

export function proposeChange(tx: WriteDb, input: ApiParsedInput<'riskClasses.propose'>, user: User, at: Date): RiskClassProposal {
  requireStepRight(user, 'propose');
  requireCustomer(tx, input.customerId);
  const judgements = input.judgements.map((j) => j.judgement);
  if (new Set(judgements).size !== judgements.length) throw refuse('VALIDATION', 'judgementTwice', undefined, 'judgements');
  const from = currentClass(tx, input.customerId);
  const refusal = changeRefusal(from, input.toClass, input.facts);
  if (refusal) throw refuse('CONFLICT', refusal);
  if (openProposalOf(tx, input.customerId)) throw refuse('CONFLICT', 'pendingExists');
  const assessment = assessRiskClass(input.facts, judgements);
  const id = newId();
  insertProposal(tx, {
    id,
    customer_id: input.customerId,
    from_class: from,
    to_class: input.toClass,
    indicated_class: assessment.indicated,
    facts: JSON.stringify(input.facts),
    judgements: JSON.stringify(input.judgements),
    met: JSON.stringify(assessment.met.map((criterion) => criterion.id)),
    reason: input.reason,
    status: 'proposed',
    proposed_by: user.id,
    proposed_at: at.toISOString(),
    pack_id: RISK_CLASS_PACK_ID,
    pack_version: RISK_CLASS_PACK_VERSION,
  });
  return syncProposal(tx, id, 'riskClasses.propose', user.id, at, null);
}

function openOrRefuse(db: ReadDb, proposalId: string): ListedProposalRow {
  const row = proposalRow(db, proposalId);
  if (!row) throw refuse('NOT_FOUND', 'proposalNotFound');
  return row;
}

export function reviewChange(tx: WriteDb, input: ApiParsedInput<'riskClasses.review'>, user: User, at: Date): RiskClassProposal {
  requireStepRight(user, 'review');
  const row = openOrRefuse(tx, input.proposalId);
  // 二(二): the review is the credit and risk departments' opinion on the institution's proposal, so not the proposer's own.
  if (row.proposed_by === user.id) throw refuse('FORBIDDEN', 'ownProposal');
  if (!markReviewed(tx, row.id, user.id, at.toISOString(), input.note)) throw refuse('CONFLICT', 'notAwaitingReview');
  return syncProposal(tx, row.id, 'riskClasses.review', user.id, at, { status: row.status });
}

function appendChange(tx: WriteDb, row: ListedProposalRow, user: User, at: Date, note: string): void {
  const change: ChangeRow = {
    id: newId(),
    customer_id: row.customer_id,
    proposal_id: row.id,
    from_class: row.from_class,
    to_class: row.to_class,
    reason: row.reason,
    facts: row.facts,
    judgements: row.judgements,
    met: row.met,
    proposed_by: row.proposed_by,
    reviewed_by: row.reviewed_by!,
    decided_by: user.id,
    decision_note: note,
    decided_at: at.toISOString(),
    pack_id: row.pack_id,
    pack_version: row.pack_version,
  };
  insertChange(tx, change);
  recordChange(tx, { userId: user.id, at, action: 'riskClasses.change', entity: 'risk_class_change', entityId: change.id, entityVersion: 1, before: null, after: change, syncPayload: change });
}

export function decideChange(tx: WriteDb, input: ApiParsedInput<'riskClasses.decide'>, user: User, at: Date): RiskClassProposal {
  requireStepRight(user, 'decide');
  const row = openOrRefuse(tx, input.proposalId);
  if (row.status !== 'reviewed') throw refuse('CONFLICT', row.status === 'proposed' ? 'notReviewedYet' : 'notAwaitingDecision');
  if (input.approve) {
    const from = currentClass(tx, row.customer_id);
    const refusal = changeRefusal(from, row.to_class as RiskClass, JSON.parse(row.facts));
    if (refusal) throw refuse('CONFLICT', refusal);
  }
  if (!markDecided(tx, row.id, input.approve ? 'approved' : 'rejected', user.id, at.toISOString(), input.note)) throw refuse('CONFLICT', 'notAwaitingDecision');
  if (input.approve) appendChange(tx, { ...row, from_class: currentClass(tx, row.customer_id) }, user, at, input.note);
  return syncProposal(tx, row.id, 'riskClasses.decide', user.id, at, { status: row.status });
}
