import { statement, type WriteDb } from '../db/handles';

/** Keeps the handling limit the case passed unmet; the first one seen stays, whatever extension follows. */
export function markLimitMissed(tx: WriteDb, complaintId: string, due: string): void {
  statement(tx, 'UPDATE complaints SET limit_missed_at = ? WHERE id = ? AND limit_missed_at IS NULL').run(due, complaintId);
}

/** A solution recorded after the limit had passed: who and when (the first late plan is kept). */
export function markLatePlan(tx: WriteDb, complaintId: string, userId: string, at: string): void {
  statement(tx, 'UPDATE complaints SET late_plan_at = ifnull(late_plan_at, ?), late_plan_by = ifnull(late_plan_by, ?) WHERE id = ?').run(at, userId, complaintId);
}

/** 篇6 第三十一条: the customer told of the delay, and whether they agreed (the latest word counts). */
export function recordDelayExplanation(tx: WriteDb, complaintId: string, at: string, agreed: boolean): void {
  statement(tx, 'UPDATE complaints SET delay_explained_at = ?, delay_agreed = ? WHERE id = ?').run(at, agreed ? 1 : 0, complaintId);
}
