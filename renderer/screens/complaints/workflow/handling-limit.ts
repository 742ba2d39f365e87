import type { ComplaintDetail } from '../../../../shared/api/complaints';

/**
 * The case's handling limit as the core reads it (electron/core/overdue): the resolution deadline where the
 * pack gives one, else the reply deadline; null when neither has a clock.
 */
export function handlingLimitOf(complaint: ComplaintDetail): { due: string; done: boolean } | null {
  const deadlines = (complaint.grade?.deadlines ?? []).filter((d) => d.due !== null);
  const limit = deadlines.find((d) => d.step === 'resolution') ?? deadlines.find((d) => d.step === 'reply');
  return limit?.due ? { due: limit.due, done: limit.done } : null;
}

/** Whether that limit has passed unmet at `now`: a plan is then taken as a late plan. */
export function limitPassed(complaint: ComplaintDetail, now: Date): boolean {
  const limit = handlingLimitOf(complaint);
  return Boolean(limit && !limit.done && new Date(limit.due).getTime() < now.getTime());
}
