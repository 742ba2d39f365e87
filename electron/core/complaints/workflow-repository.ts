import type { CallBack } from '../../../shared/api/workflow';
import type { ComplaintStatus } from '../../../shared/domain/workflow';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** The closed loop's writes to a complaint row, one named statement each (the caller audits and queues the change). */

export function setAssignment(tx: WriteDb, id: string, assignee: { id: string; unit: string | null }, at: string): void {
  statement(tx, "UPDATE complaints SET validity = 'valid', assignee_id = ?, assigned_at = ?, unit = ? WHERE id = ?").run(assignee.id, at, assignee.unit, id);
}

export function setInvalid(tx: WriteDb, id: string, reasonCode: string, at: string): void {
  statement(tx, "UPDATE complaints SET validity = 'invalid', invalid_reason = ?, closed_at = ? WHERE id = ?").run(reasonCode, at, id);
}

/** The first step after registration is the response to the customer (篇6 第十八条); later ones leave it. */
export function markResponded(tx: WriteDb, id: string, at: string): void {
  statement(tx, 'UPDATE complaints SET first_response_at = ifnull(first_response_at, ?) WHERE id = ?').run(at, id);
}

export function setSolution(tx: WriteDb, id: string, solution: { resolverId: string; measures: string; dueAt: string }): void {
  statement(tx, 'UPDATE complaints SET solution_resolver_id = ?, solution_measures = ?, solution_due_at = ? WHERE id = ?').run(
    solution.resolverId,
    solution.measures,
    solution.dueAt,
    id,
  );
}

export function setResolved(tx: WriteDb, id: string, r: { at: string; informedAt: string; result: string; replyMethod: string }): void {
  statement(tx, 'UPDATE complaints SET resolved_at = ?, customer_informed_at = ?, result = ?, reply_method = ? WHERE id = ?').run(r.at, r.informedAt, r.result, r.replyMethod, id);
}

/** 篇6 第三十条: back to handling after a dissatisfied call-back; the earlier result stays in the log. */
export function clearResolution(tx: WriteDb, id: string): void {
  statement(tx, 'UPDATE complaints SET resolved_at = NULL, customer_informed_at = NULL WHERE id = ?').run(id);
}

export function setClosed(tx: WriteDb, id: string, at: string): void {
  statement(tx, 'UPDATE complaints SET closed_at = ? WHERE id = ?').run(at, id);
}

export function setStatus(tx: WriteDb, id: string, status: ComplaintStatus): void {
  statement(tx, 'UPDATE complaints SET status = ? WHERE id = ?').run(status, id);
}

export interface CallBackRow {
  id: string;
  complaintId: string;
  at: string;
  byUser: string;
  method: string;
  resolutionAdequate: boolean;
  timeliness: string;
  attitude: string;
  result: string;
  otherOpinions: string | null;
  satisfied: boolean;
}

export function insertCallBack(tx: WriteDb, b: CallBackRow): void {
  statement(
    tx,
    `INSERT INTO complaint_call_backs (id, complaint_id, at, by_user, method, resolution_adequate, timeliness, attitude, result, other_opinions, satisfied)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(b.id, b.complaintId, b.at, b.byUser, b.method, b.resolutionAdequate ? 1 : 0, b.timeliness, b.attitude, b.result, b.otherOpinions, b.satisfied ? 1 : 0);
}

/** Whether a penalty on this article was recorded for the case (篇5 6.3's consequence met). */
export function hasSanction(db: ReadDb, complaintId: string, articleCode: string): boolean {
  return statement(db, 'SELECT 1 FROM sanctions WHERE complaint_id = ? AND article_code = ?').get(complaintId, articleCode) !== undefined;
}

export interface EventRow {
  seq: number;
  at: string;
  by_name: string | null;
  action: string;
  from_status: ComplaintStatus | null;
  to_status: ComplaintStatus | null;
  details: string;
}

/** A handling-log event; returns its sequence number (part of the id head office stores it under). */
export function insertEvent(
  tx: WriteDb,
  event: { complaintId: string; at: string; userId: string | null; action: string; from: ComplaintStatus | null; to: ComplaintStatus | null; details: Record<string, unknown> },
): number {
  const { lastInsertRowid } = statement(
    tx,
    'INSERT INTO complaint_events (complaint_id, at, user_id, action, from_status, to_status, details) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(event.complaintId, event.at, event.userId, event.action, event.from, event.to, JSON.stringify(event.details));
  return Number(lastInsertRowid);
}

export function selectEvents(db: ReadDb, complaintId: string): EventRow[] {
  return statement(
    db,
    `SELECT e.seq, e.at, u.display_name AS by_name, e.action, e.from_status, e.to_status, e.details
     FROM complaint_events e LEFT JOIN users u ON u.id = e.user_id WHERE e.complaint_id = ? ORDER BY e.seq`,
  ).all(complaintId) as EventRow[];
}

export interface CallBackRecordRow {
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

export function selectCallBacks(db: ReadDb, complaintId: string): CallBackRecordRow[] {
  return statement(
    db,
    `SELECT b.*, u.display_name AS by_name FROM complaint_call_backs b JOIN users u ON u.id = b.by_user WHERE b.complaint_id = ? ORDER BY b.at`,
  ).all(complaintId) as CallBackRecordRow[];
}

/** The call-backs made on one customer's complaints (the customer file's history). */
export interface CustomerCallBackRow {
  complaint_id: string;
  serial: string;
  complaint_kind: string;
  at: string;
  by_name: string | null;
  method: string;
  timeliness: string;
  attitude: string;
  result: string;
  other_opinions: string | null;
  satisfied: number;
}

export function customerCallBackRows(db: ReadDb, customerId: string): CustomerCallBackRow[] {
  return statement(
    db,
    `SELECT b.complaint_id, c.serial, c.kind AS complaint_kind, b.at, u.display_name AS by_name, b.method, b.timeliness, b.attitude, b.result, b.other_opinions, b.satisfied
     FROM complaint_call_backs b JOIN complaints c ON c.id = b.complaint_id LEFT JOIN users u ON u.id = b.by_user
     WHERE c.customer_id = ?`,
  ).all(customerId) as CustomerCallBackRow[];
}

/** Each time one of the customer's complaints was closed or closed as invalid, from the handling log. */
export function customerClosingRows(db: ReadDb, customerId: string): { complaint_id: string; serial: string; complaint_kind: string; at: string; by_name: string | null; to_status: 'closed' | 'invalid' }[] {
  return statement(
    db,
    `SELECT e.complaint_id, c.serial, c.kind AS complaint_kind, e.at, u.display_name AS by_name, e.to_status
     FROM complaint_events e JOIN complaints c ON c.id = e.complaint_id LEFT JOIN users u ON u.id = e.user_id
     WHERE c.customer_id = ? AND e.to_status IN ('closed', 'invalid') AND (e.from_status IS NULL OR e.from_status <> e.to_status)`,
  ).all(customerId) as { complaint_id: string; serial: string; complaint_kind: string; at: string; by_name: string | null; to_status: 'closed' | 'invalid' }[];
}
