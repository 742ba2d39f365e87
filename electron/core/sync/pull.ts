import { PATHS, pullResponseSchema } from '../../../shared/sync/protocol';
import { applyReferenceItems } from './apply-reference';
import { exchange } from './http';
import { requireEnrolment, transportFor, type SyncOptions } from './options';
import { readState, writeState } from './sync-state';

export interface PullResult {
  applied: number;
  cursor: number;
  more: boolean;
  bytes: number;
  /** Items kept in the raw log only, because this program cannot use them (see applyReferenceItem). */
  unreadable: string[];
}

/**
 * Fetches one page of reference data published after our cursor and applies
 * it together with the new cursor in one transaction: a crash between the two
 * is impossible, so an item is never applied twice nor skipped. Every version
 * is kept (see migration 0013); the same version received again is ignored.
 * Each new item is also applied where the site uses it (applyReferenceItem).
 */
export async function pullOnce(options: SyncOptions): Promise<PullResult> {
  const enrolment = requireEnrolment(options);
  const { store } = options;
  const cursor = Number(readState(store.read, 'pullCursor') ?? '0');
  const { value, bytes } = await exchange(transportFor(options, enrolment), 'GET', `${PATHS.pull}?cursor=${cursor}`, pullResponseSchema);
  const at = options.now().toISOString();
  const { applied, unreadable, calendarChanged } = store.transaction((tx) => {
    const result = applyReferenceItems(tx, value.items, at);
    if (value.nextCursor > cursor) writeState(tx, 'pullCursor', String(value.nextCursor));
    return result;
  });
  if (calendarChanged) options.onCalendarChanged?.();
  return { applied, cursor: Math.max(cursor, value.nextCursor), more: value.more, bytes, unreadable };
}
