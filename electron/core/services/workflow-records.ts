import { newId } from '../../../shared/ids';
import type { CallBack, ComplaintEvent, Escalation, Extension } from '../../../shared/api/workflow';
import type { ComplaintStatus } from '../../../shared/domain/workflow';
import { statement, type ReadDb, type WriteDb } from '../db/handles';
import { recordChange } from './change-log';

/**
 * The records the sources name around one complaint (篇6 §4.1): handling-log
 * events, extensions, call-backs, escalations. Each is written with its own
 * audit and outbox row, so head office receives them as they happen.
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

export function recordEscalation(tx: WriteDb, input: { complaintId: string; reasonCode: string; note: string; byUser: string | null; at: Date }): void {
  const id = newId();
  const at = input.at.toISOString();
  statement(tx, 'INSERT INTO complaint_escalations (id, complaint_id, at, by_user, reason_code, note) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    input.complaintId,
    at,
    input.byUser,
    input.reasonCode,
    input.note,
  );
  statement(tx, 'UPDATE complaints SET escalation_count = escalation_count + 1, last_escalated_at = ? WHERE id = ?').run(at, input.complaintId);
  recordChange(tx, {
    userId: input.byUser,
    at: input.at,
    action: 'complaints.escalate',
    entity: 'complaint_escalation',
    entityId: id,
    entityVersion: 1,
    before: null,
    after: input,
    syncPayload: { id, complaintId: input.complaintId, at, byUser: input.byUser, reasonCode: input.reasonCode, note: input.note },
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

interface ExtensionRow {
  id: string;
  extension_type: Extension['extensionType'];
  reason: string;
  new_due_at: string;
  customer_consent_at: string | null;
  requested_at: string;
  requested_by: string;
  requested_by_name: string;
  status: Extension['status'];
  decided_at: string | null;
  decided_by_name: string | null;
  decision_note: string | null;
}

export function extensionsOf(db: ReadDb, complaintId: string): (Extension & { requestedBy: string })[] {
  const rows = statement(
    db,
    `SELECT x.*, r.display_name AS requested_by_name, d.display_name AS decided_by_name
     FROM complaint_extensions x JOIN users r ON r.id = x.requested_by LEFT JOIN users d ON d.id = x.decided_by
     WHERE x.complaint_id = ? ORDER BY x.requested_at`,
  ).all(complaintId) as ExtensionRow[];
  return rows.map((r) => ({
    id: r.id,
    extensionType: r.extension_type,
    reason: r.reason,
    newDueAt: r.new_due_at,
    customerConsentAt: r.customer_consent_at,
    requestedAt: r.requested_at,
    requestedBy: r.requested_by,
    requestedByName: r.requested_by_name,
    status: r.status,
    decidedAt: r.decided_at,
    decidedByName: r.decided_by_name,
    decisionNote: r.decision_note,
  }));
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

export function escalationsOf(db: ReadDb, complaintId: string): Escalation[] {
  const rows = statement(
    db,
    `SELECT e.id, e.at, u.display_name AS by_name, e.reason_code, e.note
     FROM complaint_escalations e LEFT JOIN users u ON u.id = e.by_user WHERE e.complaint_id = ? ORDER BY e.at`,
  ).all(complaintId) as { id: string; at: string; by_name: string | null; reason_code: string; note: string }[];
  return rows.map((r) => ({ id: r.id, at: r.at, byName: r.by_name, reasonCode: r.reason_code, note: r.note }));
}
