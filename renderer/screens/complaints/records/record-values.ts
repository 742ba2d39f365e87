import { fromDateTimeLocal } from '../../../lib/zoned-time';
import type { RecordErrorKey } from './use-record-form';

/** The core accepts a reported moment up to 5 minutes ahead (clocks of two devices differ); so do we. */
const CLOCK_TOLERANCE_MS = 5 * 60_000;

/**
 * What is wrong with a datetime-local value typed in the site's zone, or null.
 * 'future': a due time; 'past': a moment that happened; 'any': a promise that may be either.
 */
export function timeProblem(value: string, timeZone: string, rule: 'future' | 'past' | 'any', now: Date): RecordErrorKey | null {
  if (!value) return 'timeRequired';
  const iso = fromDateTimeLocal(value, timeZone);
  if (!iso) return 'timeInvalid';
  const at = new Date(iso).getTime();
  if (rule === 'future' && at <= now.getTime()) return 'timeNotFuture';
  if (rule === 'past' && at > now.getTime() + CLOCK_TOLERANCE_MS) return 'timeInFuture';
  return null;
}

/** Call only after `timeProblem` found nothing. */
export function instantOf(value: string, timeZone: string): string {
  return fromDateTimeLocal(value, timeZone) ?? value;
}

/** A typed amount in 元: a number of at least 0 with at most two decimals, or null. */
export function yuanOf(value: string): number | null {
  const trimmed = value.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** A typed whole number within bounds, or null. */
export function wholeOf(value: string, min: number, max: number): number | null {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}
