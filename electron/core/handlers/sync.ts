import { ApiError } from '../../../shared/api/errors';
import { requireUser, type CallContext } from '../context';
import { statement } from '../db/handles';
import { loadCalendar } from '../services/calendar';
import { outboxSummary } from '../services/change-log';
import { enrolDevice } from '../sync/enrol';
import { SyncClientError } from '../sync/http';
import type { SyncOptions } from '../sync/options';
import { currentProgress, runSync } from '../sync/run';
import { readLastError, readState } from '../sync/sync-state';
import type { HandlersOf } from './handler';

export const syncHandlers: HandlersOf<'sync.status' | 'sync.enrol' | 'sync.runNow'> = {
  'sync.status': (ctx) => {
    const db = ctx.core.store.read;
    const summary = outboxSummary(db);
    const lastSuccess = statement(db, "SELECT value FROM sync_state WHERE key = 'lastSuccessAt'").get() as { value: string } | undefined;
    return {
      queueLength: summary.pending,
      oldestPendingAt: summary.oldestPendingAt,
      lastSuccessAt: lastSuccess?.value ?? null,
      enrolled: readState(db, 'credential') !== null,
      serverUrl: readState(db, 'serverUrl'),
      lastError: readLastError(db),
      progress: currentProgress(ctx.core.store),
    };
  },

  'sync.enrol': async (ctx, input) => {
    const user = requireUser(ctx);
    return asApiError(() => enrolDevice(syncOptions(ctx), { ...input, userId: user.id }));
  },

  'sync.runNow': async (ctx) => asApiError(() => runSync(syncOptions(ctx))),
};

function syncOptions(ctx: CallContext): SyncOptions {
  return { store: ctx.core.store, now: ctx.core.now, onCalendarChanged: () => (ctx.core.calendar = loadCalendar(ctx.core.store.read)) };
}

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
