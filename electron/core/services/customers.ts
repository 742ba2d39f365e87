import { newId } from '../../../shared/ids';
import type { Customer, CustomerFile, CustomerSummary, FollowUp } from '../../../shared/api/customers';
import { ApiError } from '../../../shared/api/errors';
import { classificationProblem, type CustomerKind, type CustomerScheme, type FollowUpMethod } from '../../../shared/domain/customer-vocabulary';
import { searchDigits, searchQuery, searchText } from '../../../shared/domain/search-tokens';
import type { ComplaintKind } from '../../../shared/domain/complaint-vocabulary';
import type { ComplaintStatus } from '../../../shared/domain/workflow';
import { withStoredWhereMasked } from '../privacy/masked-input';
import { statement, type ReadDb, type WriteDb } from '../db/handles';
import { recordChange } from './change-log';
import { findUserById } from './users';

/** What a person types for a customer (the contract's `customerFields`, parsed). */
export interface CustomerInput {
  kind: CustomerKind;
  name: string;
  phone?: string | undefined;
  phone2?: string | undefined;
  contactPerson?: string | undefined;
  address?: string | undefined;
  group?: string | undefined;
  type?: string | undefined;
  note?: string | undefined;
}

interface CustomerRow {
  rowid: number;
  id: string;
  kind: CustomerKind;
  name: string;
  phone: string | null;
  phone2: string | null;
  contact_person: string | null;
  address: string | null;
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
  created_at: string;
  updated_at: string;
  version: number;
  complaint_count: number;
}

const SELECT_CUSTOMER = `
  SELECT k.rowid, k.*, sb.display_name AS sign_by_name, fo.display_name AS follow_up_owner_name,
    (SELECT count(*) FROM complaints c WHERE c.customer_id = k.id) AS complaint_count
  FROM customers k
  LEFT JOIN users sb ON sb.id = k.sign_by
  LEFT JOIN users fo ON fo.id = k.follow_up_owner`;

/** The index drives: matches newest first, each joined to its row, stopping at the limit. */
export const SEARCH_CUSTOMERS = `
  SELECT k.rowid, k.*, sb.display_name AS sign_by_name, fo.display_name AS follow_up_owner_name,
    (SELECT count(*) FROM complaints c WHERE c.customer_id = k.id) AS complaint_count
  FROM customer_search s
  JOIN customers k ON k.rowid = s.rowid
  LEFT JOIN users sb ON sb.id = k.sign_by
  LEFT JOIN users fo ON fo.id = k.follow_up_owner
  WHERE s.customer_search MATCH ? ORDER BY s.rowid DESC LIMIT ?`;

function rowOf(db: ReadDb, id: string): CustomerRow | undefined {
  return statement(db, `${SELECT_CUSTOMER} WHERE k.id = ?`).get(id) as CustomerRow | undefined;
}

function toSummary(row: CustomerRow): CustomerSummary {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    phone: row.phone,
    contactPerson: row.contact_person,
    scheme: row.scheme,
    group: row.customer_group,
    type: row.customer_type,
    sign:
      row.sign_at && row.sign_reason && row.sign_by && row.follow_up_owner
        ? {
            reason: row.sign_reason,
            flaggedAt: row.sign_at,
            flaggedById: row.sign_by,
            flaggedByName: row.sign_by_name ?? '',
            followUpOwnerId: row.follow_up_owner,
            followUpOwnerName: row.follow_up_owner_name ?? '',
          }
        : null,
    complaintCount: row.complaint_count,
  };
}

function toCustomer(row: CustomerRow): Customer {
  return { ...toSummary(row), phone2: row.phone2, address: row.address, note: row.note, createdAt: row.created_at, updatedAt: row.updated_at, version: row.version };
}

/** The stored record as head office receives it: no derived counts. */
function syncPayloadOf(customer: Customer): Omit<Customer, 'complaintCount'> {
  const { complaintCount: _count, ...stored } = customer;
  return stored;
}

export function getCustomer(db: ReadDb, id: string): Customer | null {
  const row = rowOf(db, id);
  return row ? toCustomer(row) : null;
}

export function customerSummary(db: ReadDb, id: string | null): CustomerSummary | null {
  if (!id) return null;
  const row = rowOf(db, id);
  return row ? toSummary(row) : null;
}

function validation(path: string, message: string): ApiError {
  return new ApiError('VALIDATION', message, [{ path, message }]);
}

/** Group and type must be the scheme's; a type nested in a group implies that group. */
function classified(scheme: CustomerScheme, input: CustomerInput, prefix: string): { group: string | null; type: string | null } {
  const problem = classificationProblem(scheme, input.group, input.type);
  if (problem === 'group') throw validation(`${prefix}group`, `本站客户分类中没有此客户群：${input.group} / not a customer group of this site`);
  if (problem === 'type') throw validation(`${prefix}type`, `本站客户分类中没有此客户类型：${input.type} / not a customer type of this site (or not of the group chosen)`);
  const impliedGroup = input.type ? scheme.types.find((t) => t.code === input.type)?.group : undefined;
  return { group: input.group ?? impliedGroup ?? null, type: input.type ?? null };
}

function index(tx: WriteDb, rowid: number, input: CustomerInput, replace: boolean): void {
  if (replace) statement(tx, 'DELETE FROM customer_search WHERE rowid = ?').run(rowid);
  const indexed = [input.name, input.contactPerson, input.phone, input.phone2];
  statement(tx, 'INSERT INTO customer_search (rowid, text, digits) VALUES (?, ?, ?)').run(rowid, searchText(...indexed), searchDigits(...indexed));
}

/**
 * A new customer file in the caller's transaction (at intake, the complaint's),
 * with its audit and outbox rows. `prefix` names the fields in errors
 * (`newCustomer.` when it comes with a complaint).
 */
export function createCustomer(tx: WriteDb, input: CustomerInput, scheme: CustomerScheme, actorId: string, at: Date, prefix = ''): Customer {
  const { group, type } = classified(scheme, input, prefix);
  const id = newId();
  const now = at.toISOString();
  const { lastInsertRowid } = statement(
    tx,
    `INSERT INTO customers (id, kind, name, phone, phone2, contact_person, address, scheme, customer_group, customer_type, note, created_by, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(id, input.kind, input.name, input.phone ?? null, input.phone2 ?? null, input.contactPerson ?? null, input.address ?? null, scheme.id, group, type, input.note ?? null, actorId, now, now);
  index(tx, Number(lastInsertRowid), input, false);
  const customer = getCustomer(tx, id)!;
  recordChange(tx, { userId: actorId, at, action: 'customers.create', entity: 'customer', entityId: id, entityVersion: 1, before: null, after: syncPayloadOf(customer), syncPayload: syncPayloadOf(customer) });
  return customer;
}

/** The row at the version the person saw, or the reason it cannot be changed. */
function rowAtVersion(tx: ReadDb, id: string, version: number): CustomerRow {
  const row = rowOf(tx, id);
  if (!row) throw new ApiError('NOT_FOUND', `找不到该客户档案 / no customer ${id}`);
  if (row.version !== version) throw new ApiError('CONFLICT', '该客户档案已被他人更新，请刷新后再修改 / the customer file changed since you opened it; reload and try again');
  return row;
}

function bump(tx: WriteDb, id: string, at: Date): void {
  statement(tx, 'UPDATE customers SET updated_at = ?, version = version + 1 WHERE id = ?').run(at.toISOString(), id);
}

/** Corrects a customer file; the complaints keep the name and phone said at intake. */
export function updateCustomer(tx: WriteDb, sent: CustomerInput & { id: string; version: number }, scheme: CustomerScheme, actorId: string, at: Date): Customer {
  const row = rowAtVersion(tx, sent.id, sent.version);
  const before = toCustomer(row);
  const input = withStoredWhereMasked(sent, before);
  const { group, type } = classified(scheme, input, '');
  statement(
    tx,
    `UPDATE customers SET kind = ?, name = ?, phone = ?, phone2 = ?, contact_person = ?, address = ?, scheme = ?, customer_group = ?, customer_type = ?, note = ? WHERE id = ?`,
  ).run(input.kind, input.name, input.phone ?? null, input.phone2 ?? null, input.contactPerson ?? null, input.address ?? null, scheme.id, group, type, input.note ?? null, input.id);
  bump(tx, input.id, at);
  index(tx, row.rowid, input, true);
  const after = getCustomer(tx, input.id)!;
  recordChange(tx, { userId: actorId, at, action: 'customers.update', entity: 'customer', entityId: input.id, entityVersion: after.version, before: syncPayloadOf(before), after: syncPayloadOf(after), syncPayload: syncPayloadOf(after) });
  return after;
}

/** Sets or clears the 投诉苗头 flag (seed001 S1 (二)); the follow-up owner must be an active colleague. */
export function flagCustomer(
  tx: WriteDb,
  input: { id: string; version: number; sign: { reason: string; followUpOwnerId: string } | null },
  actorId: string,
  at: Date,
): Customer {
  const row = rowAtVersion(tx, input.id, input.version);
  const before = toCustomer(row).sign;
  if (input.sign) {
    const owner = findUserById(tx, input.sign.followUpOwnerId);
    if (!owner || !owner.active) throw validation('sign.followUpOwnerId', '跟进人不存在或已停用 / unknown or inactive user');
    statement(tx, 'UPDATE customers SET sign_reason = ?, sign_at = ?, sign_by = ?, follow_up_owner = ? WHERE id = ?').run(input.sign.reason, at.toISOString(), actorId, owner.id, input.id);
  } else {
    if (!row.sign_at) throw new ApiError('CONFLICT', '该客户没有投诉苗头标记 / the customer is not flagged');
    statement(tx, 'UPDATE customers SET sign_reason = NULL, sign_at = NULL, sign_by = NULL, follow_up_owner = NULL WHERE id = ?').run(input.id);
  }
  bump(tx, input.id, at);
  const after = getCustomer(tx, input.id)!;
  recordChange(tx, {
    userId: actorId,
    at,
    action: input.sign ? 'customers.flag' : 'customers.unflag',
    entity: 'customer',
    entityId: input.id,
    entityVersion: after.version,
    before: { sign: before },
    after: { sign: after.sign },
    syncPayload: syncPayloadOf(after),
  });
  return after;
}

/** One follow-up of a flagged customer: by the follow-up owner, or by someone who may flag customers. */
export function addFollowUp(
  tx: WriteDb,
  input: { id: string; method?: FollowUpMethod | undefined; note: string },
  actor: { id: string; mayFlag: boolean },
  at: Date,
): void {
  const row = rowOf(tx, input.id);
  if (!row) throw new ApiError('NOT_FOUND', `找不到该客户档案 / no customer ${input.id}`);
  if (!row.sign_at) throw new ApiError('CONFLICT', '该客户没有投诉苗头标记，无需跟进 / the customer is not flagged');
  if (!actor.mayFlag && actor.id !== row.follow_up_owner) throw new ApiError('FORBIDDEN', '只有跟进人或客服、站长等可登记跟进 / only the follow-up owner may record follow-ups');
  const id = newId();
  const record = { id, customerId: input.id, at: at.toISOString(), byUser: actor.id, method: input.method ?? null, note: input.note };
  statement(tx, 'INSERT INTO customer_follow_ups (id, customer_id, at, by_user, method, note) VALUES (?, ?, ?, ?, ?, ?)').run(id, input.id, record.at, actor.id, record.method, input.note);
  recordChange(tx, { userId: actor.id, at, action: 'customers.addFollowUp', entity: 'customer_follow_up', entityId: id, entityVersion: 1, before: null, after: record, syncPayload: record });
}

function followUpsOf(db: ReadDb, customerId: string): FollowUp[] {
  const rows = statement(
    db,
    `SELECT f.id, f.at, u.display_name AS by_name, f.method, f.note FROM customer_follow_ups f JOIN users u ON u.id = f.by_user
     WHERE f.customer_id = ? ORDER BY f.at DESC, f.rowid DESC`,
  ).all(customerId) as { id: string; at: string; by_name: string; method: FollowUpMethod | null; note: string }[];
  return rows.map((r) => ({ id: r.id, at: r.at, byName: r.by_name, method: r.method, note: r.note }));
}

/** A customer's complaints, newest first, through `complaints_by_customer` (migration 0005). */
export const CUSTOMER_COMPLAINTS = `
  SELECT c.id, c.serial, c.kind, c.status, c.content, c.received_at, rp.serial AS repeat_of_serial
  FROM complaints c LEFT JOIN complaints rp ON rp.id = c.repeat_of
  WHERE c.customer_id = ? ORDER BY c.received_at DESC, c.id DESC`;

/** The customer's file: data, flag, follow-ups, and every complaint newest first (repeats show their original). */
export function customerFile(db: ReadDb, id: string): CustomerFile | null {
  const customer = getCustomer(db, id);
  if (!customer) return null;
  const complaints = statement(db, CUSTOMER_COMPLAINTS).all(id) as { id: string; serial: string; kind: ComplaintKind; status: ComplaintStatus; content: string; received_at: string; repeat_of_serial: string | null }[];
  return {
    ...customer,
    complaints: complaints.map((c) => ({ id: c.id, serial: c.serial, kind: c.kind, status: c.status, content: c.content, receivedAt: c.received_at, repeatOfSerial: c.repeat_of_serial })),
    followUps: followUpsOf(db, id),
  };
}

/**
 * Customers whose name, contact person or phone contains what was typed
 * (phone digits match with or without spaces), newest file first, through
 * the full-text index: no scan of the customers table.
 */
export function searchCustomers(db: ReadDb, query: string, limit: number): CustomerSummary[] {
  const match = searchQuery(query);
  if (!match) return [];
  const rows = statement(db, SEARCH_CUSTOMERS).all(match, limit) as CustomerRow[];
  return rows.map(toSummary);
}

/** Customers showing complaint signs, oldest flag first: the longest waiting is followed up first. */
export function flaggedCustomers(db: ReadDb): CustomerSummary[] {
  const rows = statement(db, `${SELECT_CUSTOMER} WHERE k.sign_at IS NOT NULL ORDER BY k.sign_at, k.id`).all() as CustomerRow[];
  return rows.map(toSummary);
}
