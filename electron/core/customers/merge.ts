import type { CustomerFile } from '../../../shared/api/customers';
import { ApiError } from '../../../shared/api/errors';
import type { WriteDb } from '../db/handles';
import { withReportRow } from '../reports';
import { recordChange } from '../change-log/change-log';
import { withoutGrade } from '../complaints/complaint-rows';
import { getComplaint, touch } from '../complaints/complaints';
import { customerFile, getCustomer, rowAtVersion, syncPayloadOf } from './customers';
import { bumpCustomer, markMerged, mergeFootprint, relinkComplaint, relinkFollowUps, unindexCustomer } from './customers-repository';

export interface MergeRequest {
  keepId: string;
  keepVersion: number;
  duplicateId: string;
  duplicateVersion: number;
  reason: string;
}

/**
 * Merges a duplicate customer file into the one kept (issue 19 §1), in the
 * caller's transaction: the duplicate's complaints and follow-ups move to the
 * kept file, the duplicate points at it and leaves the search index, and the
 * merge is audited on both files and on every complaint moved (each complaint
 * synced again, so head office links it to the kept file too).
 *
 * Credit gradings and risk-class decisions are append-only records of a
 * decision about one file; they cannot be moved, so a duplicate holding any
 * is refused and the person merges the other way.
 */
export function mergeCustomers(tx: WriteDb, request: MergeRequest, actorId: string, at: Date): CustomerFile {
  if (request.keepId === request.duplicateId) throw ApiError.because('VALIDATION', 'customerErrors.mergeSelf', undefined, 'duplicateId');
  const keep = rowAtVersion(tx, request.keepId, request.keepVersion);
  const duplicate = rowAtVersion(tx, request.duplicateId, request.duplicateVersion);
  if (keep.scheme !== duplicate.scheme) throw ApiError.because('CONFLICT', 'customerErrors.mergeScheme');
  const footprint = mergeFootprint(tx, duplicate.id);
  if (footprint.decisions > 0) throw ApiError.because('CONFLICT', 'customerErrors.mergeDecisions', { name: duplicate.name });

  for (const complaintId of footprint.complaintIds) moveComplaint(tx, complaintId, keep.id, { actorId, at, from: duplicate.id });
  relinkFollowUps(tx, duplicate.id, keep.id);
  const before = getCustomer(tx, duplicate.id)!;
  markMerged(tx, duplicate.id, { into: keep.id, at: at.toISOString(), by: actorId, reason: request.reason });
  unindexCustomer(tx, duplicate.rowid);
  bumpCustomer(tx, duplicate.id, at);
  bumpCustomer(tx, keep.id, at);

  const merged = getCustomer(tx, duplicate.id)!;
  const kept = getCustomer(tx, keep.id)!;
  const moved = { complaintIds: footprint.complaintIds, followUpIds: footprint.followUpIds };
  recordChange(tx, {
    userId: actorId,
    at,
    action: 'customers.merge',
    entity: 'customer',
    entityId: duplicate.id,
    entityVersion: merged.version,
    before: { mergedInto: before.mergedInto },
    after: { mergedInto: merged.mergedInto, ...moved },
    syncPayload: syncPayloadOf(merged),
  });
  recordChange(tx, {
    userId: actorId,
    at,
    action: 'customers.mergeKeep',
    entity: 'customer',
    entityId: keep.id,
    entityVersion: kept.version,
    before: null,
    after: { mergedFrom: duplicate.id, reason: request.reason, ...moved },
    syncPayload: syncPayloadOf(kept),
  });
  return customerFile(tx, keep.id)!;
}

/** One complaint re-linked to the kept file: a new version of the complaint, audited and synced. */
function moveComplaint(tx: WriteDb, complaintId: string, keepId: string, by: { actorId: string; at: Date; from: string }): void {
  relinkComplaint(tx, complaintId, keepId);
  touch(tx, complaintId, by.at);
  const complaint = getComplaint(tx, complaintId, null)!;
  recordChange(tx, {
    userId: by.actorId,
    at: by.at,
    action: 'customers.merge',
    entity: 'complaint',
    entityId: complaintId,
    entityVersion: complaint.version,
    before: { customerId: by.from },
    after: { customerId: keepId },
    syncPayload: withReportRow(tx, withoutGrade(complaint)),
  });
}
