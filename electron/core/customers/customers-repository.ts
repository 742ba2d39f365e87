import type { CustomerKind, FollowUpMethod } from '../../../shared/domain/customer-vocabulary';
import type { ComplaintKind } from '../../../shared/domain/complaint-vocabulary';
import type { ComplaintStatus } from '../../../shared/domain/workflow';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** Every SQL statement on customer files (customers, customer_search, customer_follow_ups, and complaints' customer link). */

export interface CustomerRow {
  rowid: number;
  id: string;
  kind: CustomerKind;
  name: string;
  phone: string | null;
  phone2: string | null;
  contact_person: string | null;
  address: string | null;
  id_number: string | null;
  scheme: string;
  customer_group: string | null;
  customer_type: string | null;
  note: string | null;
  sign_reason: string | null;
  sign_at: string | null;
  sign_by: string | null;
  sign_by_name: string | null;
  follow_up_owner: string | null;
  follow_up_owner_name: string | null;
  merged_into: string | null;
  merged_into_name: string | null;
  merged_at: string | null;
  merge_reason: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  complaint_count: number;
}

/** The stored columns a person's form writes. */
export interface CustomerColumns {
  kind: CustomerKind;
  name: string;
  phone: string | null;
  phone2: string | null;
  contactPerson: string | null;
  address: string | null;
  idNumber: string | null;
  scheme: string;
  group: string | null;
  type: string | null;
  note: string | null;
}

const SELECTED = `k.rowid, k.*, sb.display_name AS sign_by_name, fo.display_name AS follow_up_owner_name, mi.name AS merged_into_name,
    (SELECT count(*) FROM complaints c WHERE c.customer_id = k.id) AS complaint_count`;
const JOINS = `
  LEFT JOIN users sb ON sb.id = k.sign_by
  LEFT JOIN users fo ON fo.id = k.follow_up_owner
  LEFT JOIN customers mi ON mi.id = k.merged_into`;

const SELECT_CUSTOMER = `SELECT ${SELECTED} FROM customers k ${JOINS}`;

/** The index drives: matches newest first, each joined to its row, stopping at the limit. A merged file is not in the index. */
export const SEARCH_CUSTOMERS = `
  SELECT ${SELECTED}
  FROM customer_search s
  JOIN customers k ON k.rowid = s.rowid ${JOINS}
  WHERE s.customer_search MATCH ? ORDER BY s.rowid DESC LIMIT ?`;

/** A customer's complaints, newest first, through `complaints_by_customer` (migration 0005). */
export const CUSTOMER_COMPLAINTS = `
  SELECT c.id, c.serial, c.kind, c.status, c.content, c.received_at, rp.serial AS repeat_of_serial
  FROM complaints c LEFT JOIN complaints rp ON rp.id = c.repeat_of
  WHERE c.customer_id = ? ORDER BY c.received_at DESC, c.id DESC`;

export interface CustomerComplaintRow {
  id: string;
  serial: string;
  kind: ComplaintKind;
  status: ComplaintStatus;
  content: string;
  received_at: string;
  repeat_of_serial: string | null;
}

export function customerRow(db: ReadDb, id: string): CustomerRow | undefined {
  return statement(db, `${SELECT_CUSTOMER} WHERE k.id = ?`).get(id) as CustomerRow | undefined;
}

export function searchCustomerRows(db: ReadDb, match: string, limit: number): CustomerRow[] {
  return statement(db, SEARCH_CUSTOMERS).all(match, limit) as CustomerRow[];
}

/** The files holding exactly this ID number (customers_by_id_number, migration 0039), newest first; a merged file is not found. */
export function idNumberCustomerRows(db: ReadDb, idNumber: string, limit: number): CustomerRow[] {
  return statement(db, `${SELECT_CUSTOMER} WHERE k.id_number = ? AND k.merged_into IS NULL ORDER BY k.rowid DESC LIMIT ?`).all(idNumber, limit) as CustomerRow[];
}

/** Customers showing complaint signs, oldest flag first. */
export function flaggedCustomerRows(db: ReadDb): CustomerRow[] {
  return statement(db, `${SELECT_CUSTOMER} WHERE k.sign_at IS NOT NULL AND k.merged_into IS NULL ORDER BY k.sign_at, k.id`).all() as CustomerRow[];
}

/** The files merged into this one, oldest merge first. */
export function mergedIntoRows(db: ReadDb, id: string): CustomerRow[] {
  return statement(db, `${SELECT_CUSTOMER} WHERE k.merged_into = ? ORDER BY k.merged_at, k.id`).all(id) as CustomerRow[];
}

export function insertCustomer(tx: WriteDb, id: string, columns: CustomerColumns, actorId: string, now: string): number {
  const { lastInsertRowid } = statement(
    tx,
    `INSERT INTO customers (id, kind, name, phone, phone2, contact_person, address, id_number, scheme, customer_group, customer_type, note, created_by, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(id, columns.kind, columns.name, columns.phone, columns.phone2, columns.contactPerson, columns.address, columns.idNumber, columns.scheme, columns.group, columns.type, columns.note, actorId, now, now);
  return Number(lastInsertRowid);
}

export function updateCustomerColumns(tx: WriteDb, id: string, columns: CustomerColumns): void {
  statement(
    tx,
    `UPDATE customers SET kind = ?, name = ?, phone = ?, phone2 = ?, contact_person = ?, address = ?, id_number = ?, scheme = ?, customer_group = ?, customer_type = ?, note = ? WHERE id = ?`,
  ).run(columns.kind, columns.name, columns.phone, columns.phone2, columns.contactPerson, columns.address, columns.idNumber, columns.scheme, columns.group, columns.type, columns.note, id);
}

export function bumpCustomer(tx: WriteDb, id: string, at: Date): void {
  statement(tx, 'UPDATE customers SET updated_at = ?, version = version + 1 WHERE id = ?').run(at.toISOString(), id);
}

/** The search index row of a file: name, contact person and phones as text and as digits. */
export function indexCustomer(tx: WriteDb, rowid: number, text: string, digits: string): void {
  statement(tx, 'INSERT INTO customer_search (rowid, text, digits) VALUES (?, ?, ?)').run(rowid, text, digits);
}

export function unindexCustomer(tx: WriteDb, rowid: number): void {
  statement(tx, 'DELETE FROM customer_search WHERE rowid = ?').run(rowid);
}

export function setSign(tx: WriteDb, id: string, sign: { reason: string; at: string; by: string; followUpOwner: string } | null): void {
  if (sign) statement(tx, 'UPDATE customers SET sign_reason = ?, sign_at = ?, sign_by = ?, follow_up_owner = ? WHERE id = ?').run(sign.reason, sign.at, sign.by, sign.followUpOwner, id);
  else statement(tx, 'UPDATE customers SET sign_reason = NULL, sign_at = NULL, sign_by = NULL, follow_up_owner = NULL WHERE id = ?').run(id);
}

export function insertFollowUp(tx: WriteDb, row: { id: string; customerId: string; at: string; byUser: string; method: FollowUpMethod | null; note: string }): void {
  statement(tx, 'INSERT INTO customer_follow_ups (id, customer_id, at, by_user, method, note) VALUES (?, ?, ?, ?, ?, ?)').run(row.id, row.customerId, row.at, row.byUser, row.method, row.note);
}

export function followUpRows(db: ReadDb, customerId: string): { id: string; at: string; by_name: string; method: FollowUpMethod | null; note: string }[] {
  return statement(
    db,
    `SELECT f.id, f.at, u.display_name AS by_name, f.method, f.note FROM customer_follow_ups f JOIN users u ON u.id = f.by_user
     WHERE f.customer_id = ? ORDER BY f.at DESC, f.rowid DESC`,
  ).all(customerId) as { id: string; at: string; by_name: string; method: FollowUpMethod | null; note: string }[];
}

export function customerComplaintRows(db: ReadDb, customerId: string): CustomerComplaintRow[] {
  return statement(db, CUSTOMER_COMPLAINTS).all(customerId) as CustomerComplaintRow[];
}

/** What a merge must move or refuse: the duplicate's complaints, follow-ups and its append-only credit and risk-class decisions. */
export function mergeFootprint(db: ReadDb, customerId: string): { complaintIds: string[]; followUpIds: string[]; decisions: number } {
  const complaintIds = (statement(db, 'SELECT id FROM complaints WHERE customer_id = ? ORDER BY received_at, id').all(customerId) as { id: string }[]).map((r) => r.id);
  const followUpIds = (statement(db, 'SELECT id FROM customer_follow_ups WHERE customer_id = ? ORDER BY at, id').all(customerId) as { id: string }[]).map((r) => r.id);
  const { n } = statement(
    db,
    `SELECT (SELECT count(*) FROM credit_gradings WHERE customer_id = ?) + (SELECT count(*) FROM risk_class_proposals WHERE customer_id = ?)
       + (SELECT count(*) FROM risk_class_changes WHERE customer_id = ?) AS n`,
  ).get(customerId, customerId, customerId) as { n: number };
  return { complaintIds, followUpIds, decisions: n };
}

export function relinkComplaint(tx: WriteDb, complaintId: string, customerId: string): void {
  statement(tx, 'UPDATE complaints SET customer_id = ? WHERE id = ?').run(customerId, complaintId);
}

export function relinkFollowUps(tx: WriteDb, fromId: string, toId: string): void {
  statement(tx, 'UPDATE customer_follow_ups SET customer_id = ? WHERE customer_id = ?').run(toId, fromId);
}

export function markMerged(tx: WriteDb, id: string, merge: { into: string; at: string; by: string; reason: string }): void {
  statement(tx, 'UPDATE customers SET merged_into = ?, merged_at = ?, merged_by = ?, merge_reason = ? WHERE id = ?').run(merge.into, merge.at, merge.by, merge.reason, id);
}

/** A complaint of the file as its history tells it: who received it, and the class it holds now. */
export interface HistoryComplaintRow {
  id: string;
  serial: string;
  kind: ComplaintKind;
  class_code: string | null;
  content: string;
  received_at: string;
  receiver_name: string | null;
}

export function historyComplaintRows(db: ReadDb, customerId: string): HistoryComplaintRow[] {
  return statement(
    db,
    `SELECT c.id, c.serial, c.kind, c.class_code, c.content, c.received_at, u.display_name AS receiver_name
     FROM complaints c LEFT JOIN users u ON u.id = c.first_receiver_id WHERE c.customer_id = ?`,
  ).all(customerId) as HistoryComplaintRow[];
}

export interface ClassOverrideRow {
  complaint_id: string;
  serial: string;
  kind: string;
  at: string;
  by_name: string | null;
  /** The audit entry's before and after, JSON: { classCode } and { classCode, override, reason }. */
  before: string | null;
  after: string | null;
}

/**
 * Every class a person set or cleared by hand on this customer's complaints. The complaint keeps only
 * the override in force; the audit log keeps each one (complaints.overrideClass), so that is read here.
 */
export function classOverrideRows(db: ReadDb, customerId: string): ClassOverrideRow[] {
  return statement(
    db,
    `SELECT c.id AS complaint_id, c.serial, c.kind, a.at, u.display_name AS by_name, a.before, a.after
     FROM complaints c JOIN audit_log a ON a.entity = 'complaint' AND a.entity_id = c.id LEFT JOIN users u ON u.id = a.user_id
     WHERE c.customer_id = ? AND a.action = 'complaints.overrideClass'`,
  ).all(customerId) as ClassOverrideRow[];
}

/** The duplicates merged into this file, with who merged them. */
export function mergeHistoryRows(db: ReadDb, customerId: string): { name: string; merged_at: string; merge_reason: string; by_name: string | null }[] {
  return statement(
    db,
    `SELECT k.name, k.merged_at, k.merge_reason, u.display_name AS by_name FROM customers k LEFT JOIN users u ON u.id = k.merged_by
     WHERE k.merged_into = ? AND k.merged_at IS NOT NULL`,
  ).all(customerId) as { name: string; merged_at: string; merge_reason: string; by_name: string | null }[];
}

/** Whether the customer's newest risk-class change (seed000 第二篇) put it in one of the three classes. */
export function hasRiskClass(db: ReadDb, customerId: string): boolean {
  const newest = statement(db, 'SELECT to_class FROM risk_class_changes WHERE customer_id = ? ORDER BY decided_at DESC, rowid DESC LIMIT 1').get(customerId) as { to_class: string } | undefined;
  return newest !== undefined && newest.to_class !== 'normal';
}
