import type { SyncStatus } from '../../shared/api/sync';
import { formatInstant } from './zoned-time';

/** A change waiting longer than this makes the status bar warn: a day without reaching head office is worth a look. */
export const STALE_PENDING_MS = 24 * 60 * 60 * 1000;

export type SyncLook = 'idle' | 'running' | 'warning';

export interface SyncHealth {
  look: SyncLook;
  failed: boolean;
  /** Hours the oldest pending change has waited, when over STALE_PENDING_MS. */
  staleHours: number | null;
}

export function syncHealth(status: SyncStatus | null, now: Date, clicked = false): SyncHealth {
  const failed = Boolean(status?.lastError);
  const oldest = status?.oldestPendingAt ? Date.parse(status.oldestPendingAt) : NaN;
  const waited = Number.isFinite(oldest) ? now.getTime() - oldest : 0;
  const staleHours = waited > STALE_PENDING_MS ? Math.floor(waited / 3_600_000) : null;
  const running = clicked || Boolean(status?.progress);
  const look: SyncLook = running ? 'running' : failed || staleHours !== null || (status?.conflicts ?? 0) > 0 ? 'warning' : 'idle';
  return { look, failed, staleHours };
}

/** "10:42" for today (in the site's zone), the full date and time otherwise. */
export function shortSyncTime(iso: string, now: Date, timeZone?: string): string {
  const full = formatInstant(iso, timeZone);
  const today = formatInstant(now.toISOString(), timeZone).slice(0, 10);
  return full.startsWith(today) ? full.slice(11) : full;
}
