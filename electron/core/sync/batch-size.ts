import { MAX_BATCH_ENTRIES } from '../../../shared/sync/protocol';

/**
 * Adaptive batch size: grow after quick successes, halve after a failure or
 * a slow answer, within bounds. On a good link a large batch amortises the
 * round trip; on a 64 kbit/s line a small one finishes before the link drops.
 * "Quick" and "slow" are the link's time: the answer's wait less what head
 * office says it spent working and queueing (Server-Timing). A busy head
 * office (503/429) is not a failure of the link and leaves the size as it is,
 * or an overloaded server would get smaller batches, and more of them,
 * exactly when it can least afford them (issue 24 item 5).
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

/** `ms`: the link's share of the answer's wait; `serverBusy`: head office asked to come back later. */
export type BatchOutcome = { ok: true; ms: number } | { ok: false; serverBusy?: boolean };

export function nextBatchSize(current: number, outcome: BatchOutcome): number {
  const clamp = (n: number) => Math.min(BATCH_SIZE.max, Math.max(BATCH_SIZE.min, Math.round(n)));
  if (!outcome.ok && outcome.serverBusy) return clamp(current);
  if (!outcome.ok || outcome.ms > BATCH_SIZE.slowMs) return clamp(current / 2);
  if (outcome.ms <= BATCH_SIZE.quickMs) return clamp(current * 2);
  return clamp(current);
}

export function parseBatchSize(stored: string | null): number {
  const n = Number(stored);
  return Number.isInteger(n) && n >= BATCH_SIZE.min && n <= BATCH_SIZE.max ? n : BATCH_SIZE.initial;
}

/** The link's share of an answer's wait: what head office did not spend on it (never below 0, a clock's jitter aside). */
export function linkMs(elapsedMs: number, serverMs: number | undefined): number {
  return Math.max(0, elapsedMs - (serverMs ?? 0));
}
