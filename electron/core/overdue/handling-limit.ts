import type { Grade } from '../../../shared/api/grading';
import type { WriteDb } from '../db/handles';
import { markLimitMissed } from './overdue-repository';

type DeadlineOutcome = Grade['deadlines'][number];

/**
 * The case's handling limit among its graded deadlines: the resolution deadline (篇6 第十八条 解决时间) where
 * the pack gives one, else the reply deadline (篇5 5.2.4 处理完毕并明确答复) — an approved or agreed
 * extension included. Null when the pack sets neither.
 */
export function handlingLimit(deadlines: readonly DeadlineOutcome[]): DeadlineOutcome | null {
  const withClock = deadlines.filter((d) => d.due !== null);
  return withClock.find((d) => d.step === 'resolution') ?? withClock.find((d) => d.step === 'reply') ?? null;
}

/** Whether the limit has passed unmet by `at`. */
export function limitPassed(limit: DeadlineOutcome | null, at: Date): boolean {
  return Boolean(limit && !limit.done && limit.due && new Date(limit.due).getTime() < at.getTime());
}

/**
 * Stores, once, that the case went past its handling limit, so it counts as overdue in reports even after a
 * late extension or a late plan (the graded deadline alone would then look met or moved).
 */
export function noteMissedLimit(tx: WriteDb, complaintId: string, deadlines: readonly DeadlineOutcome[], at: Date): void {
  const limit = handlingLimit(deadlines);
  if (limit?.due && limit.overdue && (limit.done || limitPassed(limit, at))) markLimitMissed(tx, complaintId, limit.due);
}
