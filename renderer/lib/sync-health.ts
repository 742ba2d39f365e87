import type { SyncStatus } from '../../shared/api/sync';

/** A change waiting longer than this makes the status bar warn: a day without reaching head office is worth a look. */
export const STALE_PENDING_MS = 24 * 60 * 60 * 1000;

export type SyncLook = 'idle' | 'running' | 'warning';

export interface SyncHealth {
  look: SyncLook;
  failed: boolean;
  /** When the oldest pending change was made, if it has waited over STALE_PENDING_MS. */
  staleSince: string | null;
}

export function syncHealth(status: SyncStatus | null, now: Date, clicked = false): SyncHealth {
  const failed = Boolean(status?.lastError);
  const oldest = status?.oldestPendingAt ? Date.parse(status.oldestPendingAt) : NaN;
  const waited = Number.isFinite(oldest) ? now.getTime() - oldest : 0;
  const staleSince = waited > STALE_PENDING_MS ? (status?.oldestPendingAt ?? null) : null;
  const running = clicked || Boolean(status?.progress);
  const look: SyncLook = running ? 'running' : failed || staleSince !== null || (status?.conflicts ?? 0) > 0 ? 'warning' : 'idle';
  return { look, failed, staleSince };
}
