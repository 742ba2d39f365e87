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

export function setStepsDone(tx: WriteDb, id: string, stepsDone: Record<string, string>): void {
  statement(tx, 'UPDATE complaints SET steps_done = ? WHERE id = ?').run(JSON.stringify(stepsDone), id);
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

export function setPauses(tx: WriteDb, id: string, pauses: unknown[]): void {
  statement(tx, 'UPDATE complaints SET pauses = ? WHERE id = ?').run(JSON.stringify(pauses), id);
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
