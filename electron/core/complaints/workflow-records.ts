import type { CustomerHistoryEntry } from '../../../shared/api/customer-history';
import type { CallBack, ComplaintEvent } from '../../../shared/api/workflow';
import type { ComplaintKind } from '../../../shared/domain/complaint-vocabulary';
import type { ComplaintStatus } from '../../../shared/domain/workflow';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { customerCallBackRows, customerClosingRows, insertEvent, selectCallBacks, selectEvents } from './workflow-repository';

/**
 * The records the sources name around one complaint (篇6 §4.1): handling-log
 * events and call-backs (extensions and escalations live in their own
 * features). Each is written with its own audit and outbox row, so head
 * office receives them as they happen.
 */

export function addEvent(
  tx: WriteDb,
  event: { complaintId: string; at: Date; userId: string | null; action: string; from: ComplaintStatus | null; to: ComplaintStatus | null; details: Record<string, unknown> },
): void {
  const seq = insertEvent(tx, { ...event, at: event.at.toISOString() });
  recordChange(tx, {
    userId: event.userId,
    at: event.at,
    action: `complaints.${event.action}`,
    entity: 'complaint_event',
    entityId: `${event.complaintId}#${seq}`,
    entityVersion: 1,
    before: { status: event.from },
    after: { status: event.to, ...event.details },
    syncPayload: { complaintId: event.complaintId, at: event.at.toISOString(), userId: event.userId, action: event.action, from: event.from, to: event.to, details: event.details },
  });
}

export function eventsOf(db: ReadDb, complaintId: string): ComplaintEvent[] {
  const rows = selectEvents(db, complaintId);
  return rows.map((r) => ({ seq: r.seq, at: r.at, byName: r.by_name, action: r.action, fromStatus: r.from_status, toStatus: r.to_status, details: JSON.parse(r.details) as Record<string, unknown> }));
}

export function callBacksOf(db: ReadDb, complaintId: string): CallBack[] {
  const rows = selectCallBacks(db, complaintId);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    byName: r.by_name,
    method: r.method,
    resolutionAdequate: r.resolution_adequate === 1,
    timeliness: r.timeliness,
    attitude: r.attitude,
    result: r.result,
    otherOpinions: r.other_opinions,
    satisfied: r.satisfied === 1,
  }));
}

const historyComplaint = (row: { complaint_id: string; serial: string; complaint_kind: string }) => ({
  id: row.complaint_id,
  serial: row.serial,
  kind: row.complaint_kind as ComplaintKind,
});

/** The call-backs and closings of one customer's complaints, as the customer file's history tells them (any order). */
export function customerWorkflowHistory(db: ReadDb, customerId: string): CustomerHistoryEntry[] {
  const callBacks = customerCallBackRows(db, customerId).map(
    (r): CustomerHistoryEntry => ({
      type: 'callBack',
      at: r.at,
      byName: r.by_name,
      complaint: historyComplaint(r),
      method: r.method as CallBack['method'],
      satisfied: r.satisfied === 1,
      timeliness: r.timeliness as CallBack['timeliness'],
      attitude: r.attitude as CallBack['attitude'],
      result: r.result as CallBack['result'],
      otherOpinions: r.other_opinions,
    }),
  );
  const closings = customerClosingRows(db, customerId).map(
    (r): CustomerHistoryEntry => ({ type: 'complaintClosed', at: r.at, byName: r.by_name, complaint: historyComplaint(r), outcome: r.to_status }),
  );
  return [...callBacks, ...closings];
}
