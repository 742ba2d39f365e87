import type { CallBack, ComplaintEvent } from '../../../shared/api/workflow';
import type { ComplaintStatus } from '../../../shared/domain/workflow';
import { statement, type ReadDb, type WriteDb } from '../db/handles';
import { recordChange } from './change-log';

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
  const { lastInsertRowid } = statement(
    tx,
    'INSERT INTO complaint_events (complaint_id, at, user_id, action, from_status, to_status, details) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(event.complaintId, event.at.toISOString(), event.userId, event.action, event.from, event.to, JSON.stringify(event.details));
  recordChange(tx, {
    userId: event.userId,
    at: event.at,
    action: `complaints.${event.action}`,
    entity: 'complaint_event',
    entityId: `${event.complaintId}#${lastInsertRowid}`,
    entityVersion: 1,
    before: { status: event.from },
    after: { status: event.to, ...event.details },
    syncPayload: { complaintId: event.complaintId, at: event.at.toISOString(), userId: event.userId, action: event.action, from: event.from, to: event.to, details: event.details },
  });
}

interface EventRow {
  seq: number;
  at: string;
  by_name: string | null;
  action: string;
  from_status: ComplaintStatus | null;
  to_status: ComplaintStatus | null;
  details: string;
}

export function eventsOf(db: ReadDb, complaintId: string): ComplaintEvent[] {
  const rows = statement(
    db,
    `SELECT e.seq, e.at, u.display_name AS by_name, e.action, e.from_status, e.to_status, e.details
     FROM complaint_events e LEFT JOIN users u ON u.id = e.user_id WHERE e.complaint_id = ? ORDER BY e.seq`,
  ).all(complaintId) as EventRow[];
  return rows.map((r) => ({ seq: r.seq, at: r.at, byName: r.by_name, action: r.action, fromStatus: r.from_status, toStatus: r.to_status, details: JSON.parse(r.details) as Record<string, unknown> }));
}

interface CallBackRow {
  id: string;
  at: string;
  by_name: string;
  method: CallBack['method'];
  resolution_adequate: number;
  timeliness: CallBack['timeliness'];
  attitude: CallBack['attitude'];
  result: CallBack['result'];
  other_opinions: string | null;
  satisfied: number;
}

export function callBacksOf(db: ReadDb, complaintId: string): CallBack[] {
  const rows = statement(
    db,
    `SELECT b.*, u.display_name AS by_name FROM complaint_call_backs b JOIN users u ON u.id = b.by_user WHERE b.complaint_id = ? ORDER BY b.at`,
  ).all(complaintId) as CallBackRow[];
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
