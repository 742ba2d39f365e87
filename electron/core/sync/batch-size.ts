import { MAX_BATCH_ENTRIES } from '../../../shared/sync/protocol';

/**
 * Adaptive batch size: grow after quick successes, halve after a failure or
 * a slow answer, within bounds. On a good link a large batch amortises the
 * round trip; on a 64 kbit/s line a small one finishes before the link drops.
 */
export const BATCH_SIZE = {
  min: 5,
  initial: 50,
  max: MAX_BATCH_ENTRIES,
  /** An answer within this is "quick": the batch may double. */
  quickMs: 2_000,
  /** An answer slower than this halves the batch even though it succeeded. */
  slowMs: 10_000,
} as const;

export type BatchOutcome = { ok: true; ms: number } | { ok: false };

export function nextBatchSize(current: number, outcome: BatchOutcome): number {
  const clamp = (n: number) => Math.min(BATCH_SIZE.max, Math.max(BATCH_SIZE.min, Math.round(n)));
  if (!outcome.ok || outcome.ms > BATCH_SIZE.slowMs) return clamp(current / 2);
  if (outcome.ms <= BATCH_SIZE.quickMs) return clamp(current * 2);
  return clamp(current);
}

export function parseBatchSize(stored: string | null): number {
  const n = Number(stored);
  return Number.isInteger(n) && n >= BATCH_SIZE.min && n <= BATCH_SIZE.max ? n : BATCH_SIZE.initial;
}
