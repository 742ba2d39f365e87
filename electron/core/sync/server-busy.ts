import { backoffCeiling } from './backoff';
import { SyncClientError } from './http';

/**
 * Head office answering 503 or 429 is busy (many sites at once, issue 24
 * item 5), not a slow link: the batch is sent again, unchanged, after the
 * wait head office asked for (its Retry-After) plus a little jitter, so that
 * the sites it turned away together do not all come back in the same second.
 * Without a Retry-After the wait grows exponentially. After a few tries the
 * run ends and the scheduler's own backoff takes over (scheduler.ts).
 */
export const SERVER_BUSY = {
  /** Sends of one batch after the first busy answer, before the run gives up. */
  retries: 4,
  /** Without Retry-After: the first wait's ceiling, doubling each time. */
  baseMs: 2_000,
  /** No wait is longer, whatever head office asks: a run must end (and 立即同步 stay responsive). */
  capMs: 120_000,
  /** Added to Retry-After: up to this share of it, and at least up to 1 s. */
  jitterShare: 0.2,
  minJitterMs: 1_000,
} as const;

export function isServerBusy(error: unknown): error is SyncClientError {
  return error instanceof SyncClientError && (error.status === 503 || error.status === 429);
}

/** How long to wait before sending again after the `attempt`-th busy answer in a row (1, 2, …); `random` returns [0, 1). */
export function busyWaitMs(error: SyncClientError, attempt: number, random: () => number): number {
  if (error.retryAfterMs !== undefined) {
    const jitter = random() * Math.max(SERVER_BUSY.minJitterMs, error.retryAfterMs * SERVER_BUSY.jitterShare);
    return Math.round(Math.min(SERVER_BUSY.capMs, error.retryAfterMs + jitter));
  }
  // Half the ceiling for sure, the other half at random: waits grow even with an unlucky draw.
  const ceiling = backoffCeiling(attempt, SERVER_BUSY.baseMs, SERVER_BUSY.capMs);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** A wait that ends early, rejecting, when `signal` aborts (the app closing). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  const stopped = () => new SyncClientError('stopped', '程序正在关闭，本次同步已中止，未确认的变更仍在队列中 / the app is closing: sync stopped, unacknowledged changes stay queued');
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(stopped());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(stopped());
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}
