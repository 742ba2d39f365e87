import type { Store } from '../db/store';
import { backoffDelay, BACKOFF } from './backoff';
import { SyncClientError } from './http';
import { readEnrolment, readState, writeState } from './sync-state';

/** Timers, injectable so tests drive the schedule without waiting. */
export interface SchedulerTimers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: SchedulerTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A pending sync must not keep a closing process (or a test worker) alive.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Minutes between automatic runs when nobody set it; 0 means automatic sync is off. */
export const DEFAULT_INTERVAL_MINUTES = 5;
export const MAX_INTERVAL_MINUTES = 24 * 60;

export function readIntervalMinutes(store: Store): number {
  const stored = Number(readState(store.read, 'intervalMinutes') ?? DEFAULT_INTERVAL_MINUTES);
  return Number.isInteger(stored) && stored >= 0 && stored <= MAX_INTERVAL_MINUTES ? stored : DEFAULT_INTERVAL_MINUTES;
}

export interface SchedulerOptions<R> {
  store: Store;
  /** One whole sync (push, then pull); rejects on failure. */
  run: (signal: AbortSignal) => Promise<R>;
  timers?: SchedulerTimers;
  random?: () => number;
  backoff?: { baseMs: number; capMs: number };
  /** False: no timer ever (sync only on demand). */
  background?: boolean;
}

/**
 * Runs sync in the background: every interval after a success, after an
 * exponentially growing, jittered wait after failures, and at once on demand.
 * Never two runs at once: a request during a run joins it. The time of the
 * next attempt and the failure count live in `sync_state`, so a restart during
 * a backoff waits what was left of it — not zero (which would hammer a dead
 * server at every restart) and not a whole interval again.
 */
export class SyncScheduler<R> {
  private readonly timers: SchedulerTimers;
  private readonly random: () => number;
  private readonly backoff: { baseMs: number; capMs: number };
  private timer: unknown = null;
  private current: Promise<R> | null = null;
  private started = false;
  private stopped = false;
  private readonly abort = new AbortController();

  constructor(private readonly options: SchedulerOptions<R>) {
    this.timers = options.timers ?? realTimers;
    this.random = options.random ?? Math.random;
    this.backoff = options.backoff ?? BACKOFF;
  }

  /** Starts the timer if this computer is enrolled and automatic sync is on; harmless to call again (after enrolment, after a setting change). */
  start(): void {
    if (this.stopped || this.options.background === false) return;
    this.clearTimer();
    const intervalMs = readIntervalMinutes(this.options.store) * 60_000;
    this.started = intervalMs > 0 && readEnrolment(this.options.store.read) !== null;
    if (!this.started || this.current) return;
    const stored = readState(this.options.store.read, 'nextAttemptAt');
    let at = stored ? Date.parse(stored) : NaN;
    if (!Number.isFinite(at)) {
      // First start after enrolment: the first automatic run is one interval away; 立即同步 is there for now.
      at = this.timers.now() + intervalMs;
      this.options.store.transaction((tx) => writeState(tx, 'nextAttemptAt', new Date(at).toISOString()));
    }
    this.arm(at);
  }

  /** Runs now, or joins the run under way. The returned promise settles with that run. */
  runNow(): Promise<R> {
    if (this.current) return this.current;
    if (this.stopped) return Promise.reject(new Error('sync scheduler stopped'));
    this.clearTimer();
    const run = this.execute();
    this.current = run;
    return run;
  }

  /** When the next automatic run is due (ISO), or null when none is scheduled. */
  nextAttemptAt(): string | null {
    return this.started && !this.stopped ? readState(this.options.store.read, 'nextAttemptAt') : null;
  }

  isRunning(): boolean {
    return this.current !== null;
  }

  /**
   * Stops the timer and cuts the run under way (its requests are aborted, so
   * the store can close at once). What the run did not get acknowledged
   * stays pending; a batch whose answer was cut is resent under its id.
   * Resolves when the run has settled.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    this.abort.abort();
    const current = this.current;
    if (current) await current.then(noop, noop);
  }

  private async execute(): Promise<R> {
    try {
      const result = await this.options.run(this.abort.signal);
      this.afterRun(true);
      return result;
    } catch (error) {
      // Cut by stop(): whatever the run met on its way out (an aborted request, a closed store) is not the reason.
      if (this.stopped) throw new SyncClientError('stopped', '程序正在关闭，本次同步已中止，未确认的变更仍在队列中 / the app is closing: sync stopped, unacknowledged changes stay queued');
      this.afterRun(false, error);
      throw error;
    } finally {
      this.current = null;
      if (!this.stopped && this.started) this.arm(Date.parse(readState(this.options.store.read, 'nextAttemptAt') ?? '') || this.timers.now());
    }
  }

  /**
   * Records the outcome: a success resets the failure count and waits an
   * interval; a failure waits a jittered backoff, and never less than a busy
   * head office asked for (its Retry-After), or the sites it turned away
   * would come back before it is ready for them.
   */
  private afterRun(ok: boolean, error?: unknown): void {
    if (this.stopped) return; // the store may be closing
    const { store } = this.options;
    const failures = ok ? 0 : Number(readState(store.read, 'failureCount') ?? '0') + 1;
    const intervalMs = readIntervalMinutes(store) * 60_000;
    const asked = error instanceof SyncClientError ? (error.retryAfterMs ?? 0) : 0;
    const wait = ok ? intervalMs : Math.max(asked, backoffDelay(failures, this.random, this.backoff.baseMs, this.backoff.capMs));
    const next = new Date(this.timers.now() + wait).toISOString();
    store.transaction((tx) => {
      writeState(tx, 'failureCount', failures === 0 ? null : String(failures));
      writeState(tx, 'nextAttemptAt', next);
    });
  }

  private arm(at: number): void {
    this.clearTimer();
    const delay = Math.max(0, at - this.timers.now());
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      // A failed background run is already recorded as the last error; nothing else to do with it here.
      this.runNow().catch(noop);
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}

function noop(): void {}
