import { statement } from '../db/handles';
import { outboxSummary } from '../services/change-log';
import type { HandlersOf } from './handler';

export const syncHandlers: HandlersOf<'sync.status'> = {
  'sync.status': (ctx) => {
    const db = ctx.core.store.read;
    const summary = outboxSummary(db);
    const lastSuccess = statement(db, "SELECT value FROM sync_state WHERE key = 'lastSuccessAt'").get() as { value: string } | undefined;
    return { queueLength: summary.pending, oldestPendingAt: summary.oldestPendingAt, lastSuccessAt: lastSuccess?.value ?? null };
  },
};
