import { ApiError, type FieldIssue } from '../../../shared/api/errors';
import { classifySyncError } from '../../../shared/sync/error-kinds';
import { requireUser } from '../context';
import { outboxSummary, recordEvent } from '../change-log/change-log';
import { listConflicts, listRemarks, openConflictCount, resolveConflict } from './remarks';
import { enrolDevice } from './enrol';
import { SyncClientError } from './http';
import { currentProgress } from './run';
import { readIntervalMinutes } from './scheduler';
import { readLastError, readState, writeState } from './sync-state';
import type { HandlersOf } from '../handlers/handler';

export const syncHandlers: HandlersOf<'sync.status' | 'sync.enrol' | 'sync.runNow' | 'sync.setInterval' | 'sync.conflicts' | 'sync.resolveConflict' | 'sync.remarks'> = {
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
      conflicts: openConflictCount(db),
    };
  },

  'sync.enrol': async (ctx, input) => {
    const user = requireUser(ctx);
    const enrolled = await asEnrolError(() => enrolDevice({ store: ctx.core.store, now: ctx.core.now }, { ...input, userId: user.id }));
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

  'sync.conflicts': (ctx) => ({ items: listConflicts(ctx.core.store.read) }),

  'sync.remarks': (ctx) => ({ items: listRemarks(ctx.core.store.read) }),

  'sync.resolveConflict': (ctx, input) => {
    resolveConflict(ctx.core, requireUser(ctx).id, input);
    return { id: input.id };
  },

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

/**
 * An enrolment failure points at the field to correct: a wrong code at the
 * code, an address that reaches no head-office server at the address. The
 * engine's "will retry" wording does not fit here (nothing retries an
 * enrolment), so those are said again for this form.
 */
async function asEnrolError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof SyncClientError)) throw error;
    const issue = enrolIssue(error);
    const code = error.status === 401 || error.status === 403 ? 'FORBIDDEN' : 'CONFLICT';
    throw new ApiError(code, issue?.message ?? error.message, issue ? [issue] : undefined);
  }
}

function enrolIssue(error: SyncClientError): FieldIssue | null {
  switch (classifySyncError(error)) {
    case 'codeInvalid':
      return { path: 'code', message: error.message };
    case 'network':
      return { path: 'serverUrl', message: '无法连接该地址的总部服务器：请核对地址，并确认本机已联网 / cannot reach a head-office server at this address: check the address and that this computer is online' };
    case 'timeout':
      return { path: 'serverUrl', message: '该地址的服务器长时间没有回应，请稍后再试 / the server at this address did not answer in time; try again later' };
    case 'protocol':
    case 'refused':
      return { path: 'serverUrl', message: '该地址不是 Branchline 总部服务器，请核对地址 / this address is not a Branchline head-office server; check it' };
    default:
      return null;
  }
}
