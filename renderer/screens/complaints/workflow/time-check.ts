import { fromDateTimeLocal } from '../../../lib/zoned-time';
import type { WorkflowErrorKey } from './use-action-form';

/** The core accepts a reported moment up to 5 minutes ahead (clocks of two devices differ); so do we. */
const CLOCK_TOLERANCE_MS = 5 * 60_000;

/**
 * What is wrong with a datetime-local value typed in the site's zone, or null:
 * a deadline must lie ahead, a reported moment (customer told, customer agreed) not.
 */
export function timeProblem(value: string, timeZone: string, rule: 'future' | 'past', now: Date): WorkflowErrorKey | null {
  if (!value) return 'dueRequired';
  const iso = fromDateTimeLocal(value, timeZone);
  if (!iso) return 'timeInvalid';
  const at = new Date(iso).getTime();
  if (rule === 'future' && at <= now.getTime()) return 'dueNotFuture';
  if (rule === 'past' && at > now.getTime() + CLOCK_TOLERANCE_MS) return 'notInFuture';
  return null;
}

/** Call only after `timeProblem` found nothing. */
export function instantOf(value: string, timeZone: string): string {
  return fromDateTimeLocal(value, timeZone) ?? value;
}
