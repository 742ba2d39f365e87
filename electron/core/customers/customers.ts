import { newId } from '../../../shared/ids';
import type { Customer, CustomerFile, CustomerSummary, FollowUp } from '../../../shared/api/customers';
import { ApiError } from '../../../shared/api/errors';
import { classificationProblem, type CustomerKind, type CustomerScheme, type FollowUpMethod } from '../../../shared/domain/customer-vocabulary';
import { searchDigits, searchQuery, searchText } from '../../../shared/domain/search-tokens';
import { idNumberQuery, normalisedIdNumber } from '../../../shared/domain/id-number';
import { withStoredWhereMasked } from '../privacy/masked-input';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { findUserById } from '../users/users';
import {
  bumpCustomer,
  customerComplaintRows,
  customerRow,
  flaggedCustomerRows,
  followUpRows,
  idNumberCustomerRows,
  mergedIntoRows,
  indexCustomer,
  insertCustomer,
  insertFollowUp,
  hasRiskClass,
  searchCustomerRows,
  setSign,
  unindexCustomer,
  updateCustomerColumns,
  type CustomerColumns,
  type CustomerRow,
} from './customers-repository';

/** What a person types for a customer (the contract's `customerFields`, parsed). */
export interface CustomerInput {
  kind: CustomerKind;
  name: string;
  phone?: string | undefined;
  phone2?: string | undefined;
  contactPerson?: string | undefined;
  address?: string | undefined;
  idNumber?: string | undefined;
  group?: string | undefined;
  type?: string | undefined;
  note?: string | undefined;
}

const rowOf = customerRow;

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
  return {
    ...toSummary(row),
    phone2: row.phone2,
    address: row.address,
    idNumber: row.id_number,
    note: row.note,
    mergedInto: row.merged_into && row.merged_at ? { id: row.merged_into, name: row.merged_into_name ?? '', at: row.merged_at, reason: row.merge_reason ?? '' } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** The stored record as head office receives it: no derived counts. */
export function syncPayloadOf(customer: Customer): Omit<Customer, 'complaintCount'> {
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

/** A file's stored phone number (unmasked: the core's own use), or undefined when there is no such file. */
export function customerPhoneOf(db: ReadDb, id: string): { phone: string | null } | undefined {
  const row = rowOf(db, id);
  return row ? { phone: row.phone } : undefined;
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
  if (replace) unindexCustomer(tx, rowid);
  const indexed = [input.name, input.contactPerson, input.phone, input.phone2];
  indexCustomer(tx, rowid, searchText(...indexed), searchDigits(...indexed));
}

function columnsOf(input: CustomerInput, scheme: CustomerScheme, classes: { group: string | null; type: string | null }): CustomerColumns {
  return {
    kind: input.kind,
    name: input.name,
    phone: input.phone ?? null,
    phone2: input.phone2 ?? null,
    contactPerson: input.contactPerson ?? null,
    address: input.address ?? null,
    idNumber: input.idNumber ? normalisedIdNumber(input.idNumber) : null,
    scheme: scheme.id,
    ...classes,
    note: input.note ?? null,
  };
}

/**
 * A new customer file in the caller's transaction (at intake, the complaint's),
 * with its audit and outbox rows. `prefix` names the fields in errors
 * (`newCustomer.` when it comes with a complaint).
 */
export function createCustomer(tx: WriteDb, input: CustomerInput, scheme: CustomerScheme, actorId: string, at: Date, prefix = ''): Customer {
  const id = newId();
  const rowid = insertCustomer(tx, id, columnsOf(input, scheme, classified(scheme, input, prefix)), actorId, at.toISOString());
  index(tx, rowid, input, false);
  const customer = getCustomer(tx, id)!;
  recordChange(tx, { userId: actorId, at, action: 'customers.create', entity: 'customer', entityId: id, entityVersion: 1, before: null, after: syncPayloadOf(customer), syncPayload: syncPayloadOf(customer) });
  return customer;
}

/** The row at the version the person saw, or the reason it cannot be changed. */
export function rowAtVersion(tx: ReadDb, id: string, version: number): CustomerRow {
  const row = rowOf(tx, id);
  if (!row) throw new ApiError('NOT_FOUND', `找不到该客户档案 / no customer ${id}`);
  if (row.merged_into) throw mergedError(row);
  if (row.version !== version) throw new ApiError('CONFLICT', '该客户档案已被他人更新，请刷新后再修改 / the customer file changed since you opened it; reload and try again');
  return row;
}

const bump = bumpCustomer;

/** A merged file is kept only to be pointed at: its record now lives in the file it was merged into. */
export function mergedError(row: CustomerRow): ApiError {
  return ApiError.because('CONFLICT', 'customerErrors.merged', { name: row.merged_into_name ?? '' });
}

/** Corrects a customer file; the complaints keep the name and phone said at intake. */
export function updateCustomer(tx: WriteDb, sent: CustomerInput & { id: string; version: number }, scheme: CustomerScheme, actorId: string, at: Date): Customer {
  const row = rowAtVersion(tx, sent.id, sent.version);
  const before = toCustomer(row);
  const input = withStoredWhereMasked(sent, before);
  updateCustomerColumns(tx, input.id, columnsOf(input, scheme, classified(scheme, input, '')));
  bump(tx, input.id, at);
  index(tx, row.rowid, input, true);
  const after = getCustomer(tx, input.id)!;
  // One object as after and payload: the audit keeps the fields that changed (change-log.ts).
  const payload = syncPayloadOf(after);
  recordChange(tx, { userId: actorId, at, action: 'customers.update', entity: 'customer', entityId: input.id, entityVersion: after.version, before: syncPayloadOf(before), after: payload, syncPayload: payload });
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
    setSign(tx, input.id, { reason: input.sign.reason, at: at.toISOString(), by: actorId, followUpOwner: owner.id });
  } else {
    if (!row.sign_at) throw new ApiError('CONFLICT', '该客户没有投诉苗头标记 / the customer is not flagged');
    setSign(tx, input.id, null);
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
  if (row.merged_into) throw mergedError(row);
  // A classified credit customer is followed up too: seed000 第二篇 三、 sets the visits its class needs.
  if (!row.sign_at && !hasRiskClass(tx, input.id)) throw new ApiError('CONFLICT', '该客户没有投诉苗头标记或风险分类，无需跟进 / the customer is neither flagged nor in a risk class');
  if (!actor.mayFlag && actor.id !== row.follow_up_owner) throw new ApiError('FORBIDDEN', '只有跟进人或客服、站长等可登记跟进 / only the follow-up owner may record follow-ups');
  const id = newId();
  const record = { id, customerId: input.id, at: at.toISOString(), byUser: actor.id, method: input.method ?? null, note: input.note };
  insertFollowUp(tx, { id, customerId: input.id, at: record.at, byUser: actor.id, method: record.method, note: input.note });
  recordChange(tx, { userId: actor.id, at, action: 'customers.addFollowUp', entity: 'customer_follow_up', entityId: id, entityVersion: 1, before: null, after: record, syncPayload: record });
}

function followUpsOf(db: ReadDb, customerId: string): FollowUp[] {
  return followUpRows(db, customerId).map((r) => ({ id: r.id, at: r.at, byName: r.by_name, method: r.method, note: r.note }));
}

/** The customer's file: data, flag, follow-ups, and every complaint newest first (repeats show their original). */
export function customerFile(db: ReadDb, id: string): CustomerFile | null {
  const customer = getCustomer(db, id);
  if (!customer) return null;
  const complaints = customerComplaintRows(db, id);
  return {
    ...customer,
    complaints: complaints.map((c) => ({ id: c.id, serial: c.serial, kind: c.kind, status: c.status, content: c.content, receivedAt: c.received_at, repeatOfSerial: c.repeat_of_serial })),
    followUps: followUpsOf(db, id),
    mergedFrom: mergedIntoRows(db, id).map((row) => ({ id: row.id, name: row.name, at: row.merged_at ?? '', reason: row.merge_reason ?? '' })),
  };
}

/**
 * Customers whose name, contact person or phone contains what was typed
 * (phone digits match with or without spaces), newest file first, through
 * the full-text index: no scan of the customers table. A full ID number
 * (15 or 18 characters) finds the files holding exactly it, through its own
 * index: a part of an ID number finds nothing, so a few digits typed cannot
 * list the people whose numbers contain them.
 */
export function searchCustomers(db: ReadDb, query: string, limit: number): CustomerSummary[] {
  const idNumber = idNumberQuery(query);
  if (idNumber) return idNumberCustomerRows(db, idNumber, limit).map(toSummary);
  const match = searchQuery(query);
  if (!match) return [];
  const rows = searchCustomerRows(db, match, limit);
  return rows.map(toSummary);
}

/** Customers showing complaint signs, oldest flag first: the longest waiting is followed up first. */
export function flaggedCustomers(db: ReadDb): CustomerSummary[] {
  const rows = flaggedCustomerRows(db);
  return rows.map(toSummary);
}
