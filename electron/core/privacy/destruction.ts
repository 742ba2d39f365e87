import { ApiError } from '../../../shared/api/errors';
import type { DestructionBatch, ExpiredCustomer } from '../../../shared/api/privacy-destruction';
import { newId } from '../../../shared/ids';
import { RETENTION_RECORD_TYPES, retentionYears, type RetentionRecordType } from '../../../shared/privacy/retention';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange, recordEvent } from '../change-log/change-log';
import { DESTRUCTION_ENTITY, DISTINCTIVE_LENGTH, redactValues, type ErasedRecords } from '../../../shared/privacy/erasure';
import { appendAccess } from './access-log-repository';
import {
  batchRow,
  customerActivities,
  erasePersonalFields,
  insertBatch,
  linkedRecords,
  type LinkedRecords,
  markBatchDestroyed,
  purgeSearchIndexes,
  retentionOverrides,
  rewriteCopy,
  storedCopies,
  type BatchRow,
  type CustomerActivity,
} from './destruction-repository';
import { placeOf } from './register';

type Person = { id: string; displayName: string };

function addYears(iso: string, years: number): string {
  const date = new Date(iso);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString();
}

/** When the customer's personal fields may go: the latest end of any record type's period; null while a complaint is open. */
function expiryOf(activity: CustomerActivity, years: Record<RetentionRecordType, number>): string | null {
  if (activity.openComplaints > 0) return null;
  const ends = RETENTION_RECORD_TYPES.flatMap((type) => {
    const last = activity.last[type];
    return last ? [addYears(last, years[type])] : [];
  });
  return ends.sort().at(-1) ?? null;
}

/** The customers whose retention has expired at `now`: the destruction job's proposal. */
export function expiredCustomers(db: ReadDb, now: Date, customerIds?: readonly string[]): ExpiredCustomer[] {
  const years = retentionYears(retentionOverrides(db));
  return customerActivities(db, customerIds).flatMap((activity) => {
    const expiredAt = expiryOf(activity, years);
    if (!expiredAt || expiredAt > now.toISOString()) return [];
    const lastActivityAt = RETENTION_RECORD_TYPES.flatMap((type) => activity.last[type] ?? []).sort().at(-1) ?? expiredAt;
    return [{ customerId: activity.customerId, name: activity.name, lastActivityAt, expiredAt }];
  });
}

export function toBatch(row: BatchRow): DestructionBatch {
  return {
    id: row.id,
    status: row.status,
    proposedBy: row.proposed_by_name,
    proposedAt: row.proposed_at,
    customerCount: row.customer_count,
    approvedBy: row.approved_by_name,
    approvedAt: row.approved_at,
    reason: row.reason,
    erasedCounts: row.erased_counts ? (JSON.parse(row.erased_counts) as DestructionBatch['erasedCounts']) : null,
    place: row.place,
  };
}

/** Proposes the expired customers named for destruction; nothing is erased until the station lead approves. */
export function proposeDestruction(tx: WriteDb, user: Person, customerIds: readonly string[], now: Date): DestructionBatch {
  const unique = [...new Set(customerIds)];
  const expired = new Set(expiredCustomers(tx, now, unique).map((c) => c.customerId));
  const notExpired = unique.filter((id) => !expired.has(id));
  if (notExpired.length > 0) throw ApiError.because('CONFLICT', 'privacy.errors.notExpired', { count: notExpired.length });
  const row: BatchRow = {
    id: newId(),
    status: 'proposed',
    proposed_by: user.id,
    proposed_by_name: user.displayName,
    proposed_at: now.toISOString(),
    customer_ids: JSON.stringify(unique),
    customer_count: unique.length,
    approved_by: null,
    approved_by_name: null,
    approved_at: null,
    reason: null,
    erased_counts: null,
    place: placeOf(tx),
  };
  insertBatch(tx, row);
  recordEvent(tx, { userId: user.id, at: now, action: 'privacy.proposeDestruction', entity: DESTRUCTION_ENTITY, entityId: row.id, detail: { customers: unique.length } });
  return toBatch(row);
}

/**
 * The station lead's approval: erases the personal fields of the batch's customers still expired, and of
 * their linked records; redacts their values in the audit log, the outbox, complaint histories and head office's remarks (as pulled and as merged); purges
 * the search indexes; and writes the destruction record (登记) into the batch and the access register.
 */
export function approveDestruction(tx: WriteDb, user: Person, batchId: string, reason: string, now: Date): DestructionBatch {
  const batch = batchRow(tx, batchId);
  if (!batch) throw ApiError.because('NOT_FOUND', 'privacy.errors.noSuchBatch');
  if (batch.status !== 'proposed') throw ApiError.because('CONFLICT', 'privacy.errors.batchDone');
  const customerIds = expiredCustomers(tx, now, JSON.parse(batch.customer_ids) as string[]).map((c) => c.customerId);
  const linked = linkedRecords(tx, customerIds);
  erasePersonalFields(tx, customerIds, linked);
  const values = linked.values;
  const entityIds = [...customerIds, ...linked.complaintIds, ...linked.followUpIds, ...linked.opinionEntryIds, ...linked.mediaIncidentIds, ...linked.callBackIds];
  for (const copy of storedCopies(tx, entityIds, values.filter((v) => v.length >= DISTINCTIVE_LENGTH))) {
    const columns = Object.fromEntries(Object.entries(copy.columns).map(([column, text]) => [column, redactValues(text, values)]));
    rewriteCopy(tx, { ...copy, columns });
  }
  purgeSearchIndexes(tx);
  const erasedCounts = {
    customerFile: customerIds.length,
    complaint: linked.complaintIds.length,
    visit: linked.followUpIds.length,
    opinionEntry: linked.opinionEntryIds.length,
    mediaIncident: linked.mediaIncidentIds.length,
  };
  markBatchDestroyed(tx, { id: batchId, approvedBy: user.id, approvedByName: user.displayName, approvedAt: now.toISOString(), reason, erasedCounts: JSON.stringify(erasedCounts) });
  appendAccess(tx, { at: now, user, action: 'delete', subject: 'destruction', recordId: batchId, rowCount: customerIds.length, reason, place: placeOf(tx) });
  const done = toBatch(batchRow(tx, batchId)!);
  const record = { id: batchId, approvedAt: done.approvedAt, approvedBy: done.approvedBy, reason, erasedCounts, erased: erasedRecords(customerIds, linked) };
  // Head office erases its copies of the same records when this arrives (server/privacy/site-destruction.ts).
  recordChange(tx, { userId: user.id, at: now, action: 'privacy.approveDestruction', entity: DESTRUCTION_ENTITY, entityId: batchId, entityVersion: 1, before: null, after: record, syncPayload: record });
  return done;
}

/** The ids of the erased records per synced entity, as head office finds its copies of them. */
function erasedRecords(customerIds: string[], linked: LinkedRecords): ErasedRecords {
  return {
    customer: customerIds,
    complaint: linked.complaintIds,
    customer_follow_up: linked.followUpIds,
    opinion_book_entry: linked.opinionEntryIds,
    media_incident: linked.mediaIncidentIds,
    complaint_call_back: linked.callBackIds,
  };
}
