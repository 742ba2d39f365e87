import type { Store } from '../db/store';
import type { FetchLike } from './http';
import { runSync, type RunResult } from './run';
import { realTimers, SyncScheduler, type SchedulerTimers } from './scheduler';

export interface BackgroundSyncOptions {
  store: Store;
  now: () => Date;
  fetch?: FetchLike;
  timers?: SchedulerTimers;
  background?: boolean;
  /** Runs after a successful sync, in the same scheduled run (e.g. applying head office's remarks just pulled). */
  afterSync?: () => unknown;
  /** A pulled calendar release was applied: the core reloads its deadline calendar. */
  onCalendarChanged?: () => void;
}

/** The core's one scheduler: every run, background or 立即同步, goes through it, so two never overlap. */
export function createSyncScheduler(options: BackgroundSyncOptions): SyncScheduler<RunResult> {
  return new SyncScheduler<RunResult>({
    store: options.store,
    // The core's clock for the times it stores and shows, so they agree with every other time the core writes.
    timers: options.timers ?? { ...realTimers, now: () => options.now().getTime() },
    background: options.background !== false,
    run: async (signal) => {
      const result = await runSync({
        store: options.store,
        now: options.now,
        fetch: abortable(options.fetch ?? fetch, signal),
        signal,
        ...(options.onCalendarChanged ? { onCalendarChanged: options.onCalendarChanged } : {}),
      });
      options.afterSync?.();
      return result;
    },
  });
}

/** Every request of the run also ends when the scheduler stops (the app closing). */
function abortable(base: FetchLike, stop: AbortSignal): FetchLike {
  return (input, init) => base(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, stop]) : stop });
}
