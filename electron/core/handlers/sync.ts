import { ApiError } from '../../../shared/api/errors';
import { requireUser } from '../context';
import { outboxSummary, recordEvent } from '../services/change-log';
import { enrolDevice } from '../sync/enrol';
import { SyncClientError } from '../sync/http';
import { currentProgress } from '../sync/run';
import { readIntervalMinutes } from '../sync/scheduler';
import { readLastError, readState, writeState } from '../sync/sync-state';
import type { HandlersOf } from './handler';

export const syncHandlers: HandlersOf<'sync.status' | 'sync.enrol' | 'sync.runNow' | 'sync.setInterval'> = {
  'sync.status': (ctx) => {
    const { store, sync } = ctx.core;
    const db = store.read;
    const summary = outboxSummary(db);
    return {
      queueLength: summary.pending,
      oldestPendingAt: summary.oldestPendingAt,
      lastSuccessAt: readState(db, 'lastSuccessAt'),
      enrolled: readState(db, 'credential') !== null,
      serverUrl: readState(db, 'serverUrl'),
      lastError: readLastError(db),
      progress: currentProgress(store),
      nextAttemptAt: sync.nextAttemptAt(),
      intervalMinutes: readIntervalMinutes(store),
      failures: Number(readState(db, 'failureCount') ?? '0'),
    };
  },

  'sync.enrol': async (ctx, input) => {
    const user = requireUser(ctx);
    const enrolled = await asApiError(() => enrolDevice({ store: ctx.core.store, now: ctx.core.now }, { ...input, userId: user.id }));
    // A new enrolment starts its own schedule (and forgets a previous site's backoff).
    ctx.core.store.transaction((tx) => {
      writeState(tx, 'nextAttemptAt', null);
      writeState(tx, 'failureCount', null);
    });
    ctx.core.sync.start();
    return enrolled;
  },

  // Through the scheduler: a click during a background run joins that run instead of failing as busy.
  'sync.runNow': async (ctx) => asApiError(() => ctx.core.sync.runNow()),

  'sync.setInterval': (ctx, input) => {
    const user = requireUser(ctx);
    const { store } = ctx.core;
    const before = readIntervalMinutes(store);
    store.transaction((tx) => {
      writeState(tx, 'intervalMinutes', String(input.minutes));
      // The next run follows the new interval from now (start() sets it), not the old schedule.
      writeState(tx, 'nextAttemptAt', null);
      recordEvent(tx, { userId: user.id, at: ctx.core.now(), action: 'sync.setInterval', entity: 'sync', entityId: 'interval', detail: { before, after: input.minutes } });
    });
    ctx.core.sync.start();
    return { minutes: input.minutes };
  },
};

/** Head office's refusal or a dead link becomes an answer the user can read, not an internal error. */
async function asApiError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof SyncClientError)) throw error;
    if (error.code === 'busy') throw new ApiError('CONFLICT', error.message);
    if (error.status === 401 || error.status === 403) throw new ApiError('FORBIDDEN', error.message);
    throw new ApiError('CONFLICT', error.message);
  }
}
