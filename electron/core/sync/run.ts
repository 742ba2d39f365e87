import type { Store } from '../db/store';
import { SyncClientError } from './http';
import type { SyncOptions } from './options';
import { pullOnce } from './pull';
import { pendingCount, pushAll } from './push';
import { writeState } from './sync-state';

export interface SyncProgress {
  phase: 'push' | 'pull';
  /** Entries acknowledged in this run, and how many were pending when it started. */
  sent: number;
  total: number;
  bytes: number;
}

export interface RunResult {
  pushed: number;
  pulled: number;
  bytes: number;
}

/** What a run is doing now, per store: in memory, since it only means something while the run lasts. */
const running = new WeakMap<Store, SyncProgress>();

export function currentProgress(store: Store): SyncProgress | null {
  return running.get(store) ?? null;
}

/** Bounds the pull, so a run always ends. */
const MAX_ROUNDS = 10_000;

/**
 * One sync on demand: push the whole outbox batch by batch, then pull every
 * page of reference data. Success records `lastSuccessAt` and clears
 * `lastError`; a failure records it in plain words (中文 / English) and
 * leaves everything not acknowledged pending for the next run.
 */
export async function runSync(options: SyncOptions): Promise<RunResult> {
  const { store } = options;
  if (running.has(store)) throw new SyncClientError('busy', '同步正在进行中 / a sync is already running');
  const progress: SyncProgress = { phase: 'push', sent: 0, total: pendingCount(store.read), bytes: 0 };
  running.set(store, progress);
  let pulled = 0;
  try {
    await pushAll(options, (pushed) => {
      progress.sent += pushed.acknowledged;
      progress.bytes += pushed.bytes;
    });
    progress.phase = 'pull';
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const page = await pullOnce(options);
      pulled += page.applied;
      progress.bytes += page.bytes;
      if (!page.more) break;
    }
    const at = options.now().toISOString();
    store.transaction((tx) => {
      writeState(tx, 'lastSuccessAt', at);
      writeState(tx, 'lastError', null);
    });
    return { pushed: progress.sent, pulled, bytes: progress.bytes };
  } catch (error) {
    const failure = error instanceof SyncClientError ? error : new SyncClientError('internal', `同步失败 / sync failed: ${(error as Error)?.message ?? String(error)}`);
    const recorded = { code: failure.code, message: failure.message, at: options.now().toISOString(), ...(failure.status ? { status: failure.status } : {}) };
    store.transaction((tx) => writeState(tx, 'lastError', JSON.stringify(recorded)));
    throw failure;
  } finally {
    running.delete(store);
  }
}
