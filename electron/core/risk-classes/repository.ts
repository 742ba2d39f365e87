import { statement, type ReadDb, type WriteDb } from '../db/handles';
import type { FollowUpMethod } from '../../../shared/domain/customer-vocabulary';

/** Every SQL statement of the risk classes (migration 0033). */

export interface ProposalRow {
  id: string;
  customer_id: string;
  from_class: string;
  to_class: string;
  indicated_class: string;
  facts: string;
  judgements: string;
  met: string;
  reason: string;
  status: 'proposed' | 'reviewed' | 'approved' | 'rejected';
  proposed_by: string;
  proposed_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_note: string | null;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  pack_id: string;
  pack_version: string;
  version: number;
}

/** A proposal as lists show it: with the customer's and the people's names. */
export interface ListedProposalRow extends ProposalRow {
  customer_name: string;
  proposed_by_name: string;
  reviewed_by_name: string | null;
  decided_by_name: string | null;
}

export interface ChangeRow {
  id: string;
  customer_id: string;
  proposal_id: string;
  from_class: string;
  to_class: string;
  reason: string;
  facts: string;
  judgements: string;
  met: string;
  proposed_by: string;
  reviewed_by: string;
  decided_by: string;
  decision_note: string;
  decided_at: string;
  pack_id: string;
  pack_version: string;
}

export interface ListedChangeRow extends ChangeRow {
  proposed_by_name: string;
  reviewed_by_name: string;
  decided_by_name: string;
}

const LISTED_PROPOSALS = `
  SELECT p.*, c.name AS customer_name, pu.display_name AS proposed_by_name, ru.display_name AS reviewed_by_name, du.display_name AS decided_by_name
  FROM risk_class_proposals p
  JOIN customers c ON c.id = p.customer_id
  JOIN users pu ON pu.id = p.proposed_by
  LEFT JOIN users ru ON ru.id = p.reviewed_by
  LEFT JOIN users du ON du.id = p.decided_by`;

export function insertProposal(tx: WriteDb, row: Omit<ProposalRow, 'reviewed_by' | 'reviewed_at' | 'review_note' | 'decided_by' | 'decided_at' | 'decision_note' | 'version'>): void {
  statement(
    tx,
    `INSERT INTO risk_class_proposals (id, customer_id, from_class, to_class, indicated_class, facts, judgements, met, reason, status, proposed_by, proposed_at, pack_id, pack_version)
     VALUES (@id, @customer_id, @from_class, @to_class, @indicated_class, @facts, @judgements, @met, @reason, @status, @proposed_by, @proposed_at, @pack_id, @pack_version)`,
  ).run(row);
}

/** The review step; false when the proposal was no longer awaiting review (someone else took the step). */
export function markReviewed(tx: WriteDb, id: string, by: string, at: string, note: string): boolean {
  return (
    statement(tx, `UPDATE risk_class_proposals SET status = 'reviewed', reviewed_by = ?, reviewed_at = ?, review_note = ?, version = version + 1 WHERE id = ? AND status = 'proposed'`).run(by, at, note, id)
      .changes === 1
  );
}

/** The decision; false when the proposal was no longer awaiting it. */
export function markDecided(tx: WriteDb, id: string, status: 'approved' | 'rejected', by: string, at: string, note: string): boolean {
  return (
    statement(tx, `UPDATE risk_class_proposals SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?, version = version + 1 WHERE id = ? AND status = 'reviewed'`).run(status, by, at, note, id)
      .changes === 1
  );
}

export function proposalRow(db: ReadDb, id: string): ListedProposalRow | undefined {
  return statement(db, `${LISTED_PROPOSALS} WHERE p.id = ?`).get(id) as ListedProposalRow | undefined;
}

export function openProposalOf(db: ReadDb, customerId: string): ListedProposalRow | undefined {
  return statement(db, `${LISTED_PROPOSALS} WHERE p.customer_id = ? AND p.status IN ('proposed', 'reviewed')`).get(customerId) as ListedProposalRow | undefined;
}

export function rejectedProposalsOf(db: ReadDb, customerId: string): ListedProposalRow[] {
  return statement(db, `${LISTED_PROPOSALS} WHERE p.customer_id = ? AND p.status = 'rejected' ORDER BY p.decided_at DESC, p.rowid DESC`).all(customerId) as ListedProposalRow[];
}

/** Every proposal awaiting review or decision, oldest first. */
export function openProposals(db: ReadDb): ListedProposalRow[] {
  return statement(db, `${LISTED_PROPOSALS} WHERE p.status IN ('proposed', 'reviewed') ORDER BY p.proposed_at, p.rowid`).all() as ListedProposalRow[];
}

export function insertChange(tx: WriteDb, row: ChangeRow): void {
  statement(
    tx,
    `INSERT INTO risk_class_changes (id, customer_id, proposal_id, from_class, to_class, reason, facts, judgements, met, proposed_by, reviewed_by, decided_by, decision_note, decided_at, pack_id, pack_version)
     VALUES (@id, @customer_id, @proposal_id, @from_class, @to_class, @reason, @facts, @judgements, @met, @proposed_by, @reviewed_by, @decided_by, @decision_note, @decided_at, @pack_id, @pack_version)`,
  ).run(row);
}

/** A customer's class changes, newest first. */
export function changesOf(db: ReadDb, customerId: string): ListedChangeRow[] {
  return statement(
    db,
    `SELECT h.*, pu.display_name AS proposed_by_name, ru.display_name AS reviewed_by_name, du.display_name AS decided_by_name
     FROM risk_class_changes h
     JOIN users pu ON pu.id = h.proposed_by
     JOIN users ru ON ru.id = h.reviewed_by
     JOIN users du ON du.id = h.decided_by
     WHERE h.customer_id = ? ORDER BY h.decided_at DESC, h.rowid DESC`,
  ).all(customerId) as ListedChangeRow[];
}

/** Each customer's newest change (its current class) that is not 'normal', by class then name. */
export function classedCustomers(db: ReadDb): { id: string; name: string; riskClass: string; since: string }[] {
  return statement(
    db,
    `SELECT c.id, c.name, h.to_class AS riskClass, h.decided_at AS since
     FROM risk_class_changes h
     JOIN customers c ON c.id = h.customer_id
     WHERE h.rowid = (SELECT n.rowid FROM risk_class_changes n WHERE n.customer_id = h.customer_id ORDER BY n.decided_at DESC, n.rowid DESC LIMIT 1)
       AND h.to_class <> 'normal'
     ORDER BY h.to_class, c.name`,
  ).all() as { id: string; name: string; riskClass: string; since: string }[];
}

export function customerName(db: ReadDb, customerId: string): string | undefined {
  return (statement(db, 'SELECT name FROM customers WHERE id = ?').get(customerId) as { name: string } | undefined)?.name;
}

/** The follow-ups of every customer that has a class change (the cadences of 三、 read them), oldest first. */
export function followUpsOfClassed(db: ReadDb): { customer_id: string; at: string; method: FollowUpMethod | null }[] {
  return statement(
    db,
    `SELECT f.customer_id, f.at, f.method FROM customer_follow_ups f
     WHERE f.customer_id IN (SELECT customer_id FROM risk_class_changes) ORDER BY f.at, f.id`,
  ).all() as { customer_id: string; at: string; method: FollowUpMethod | null }[];
}

export function siteTimeZoneOf(db: ReadDb): string {
  return (statement(db, 'SELECT time_zone FROM site WHERE singleton = 1').get() as { time_zone: string } | undefined)?.time_zone ?? 'Asia/Shanghai';
}

export interface ScreeningRow {
  id: string;
  customer_id: string;
  month: string;
  risk_class: string;
  capital_chain: string;
  operating_chain: string;
  investment_chain: string;
  guarantee_chain: string;
  situation: string;
  filed_by: string;
  filed_at: string;
}

export function insertScreening(tx: WriteDb, row: ScreeningRow): void {
  statement(
    tx,
    `INSERT INTO risk_screenings (id, customer_id, month, risk_class, capital_chain, operating_chain, investment_chain, guarantee_chain, situation, filed_by, filed_at)
     VALUES (@id, @customer_id, @month, @risk_class, @capital_chain, @operating_chain, @investment_chain, @guarantee_chain, @situation, @filed_by, @filed_at)`,
  ).run(row);
}

/** One customer's 《客户风险排查表》, newest month first, with who filed each. */
export function screeningsOf(db: ReadDb, customerId: string): (ScreeningRow & { filed_by_name: string })[] {
  return statement(
    db,
    `SELECT s.*, u.display_name AS filed_by_name FROM risk_screenings s JOIN users u ON u.id = s.filed_by
     WHERE s.customer_id = ? ORDER BY s.month DESC`,
  ).all(customerId) as (ScreeningRow & { filed_by_name: string })[];
}

/** The months filed for every customer that has a form, for the due list. */
export function screenedMonths(db: ReadDb): { customer_id: string; month: string }[] {
  return statement(db, 'SELECT customer_id, month FROM risk_screenings').all() as { customer_id: string; month: string }[];
}
