import type { Store } from '../db/store';
import { SyncClientError, type FetchLike, type Transport } from './http';
import { readEnrolment, type Enrolment } from './sync-state';

export interface SyncOptions {
  store: Store;
  now: () => Date;
  /** Global fetch by default; tests pass one that loses answers. */
  fetch?: FetchLike;
  /** Per request. Default 30 s. */
  timeoutMs?: number;
  /** A pulled calendar release was applied: the core reloads its deadline calendar. */
  onCalendarChanged?: () => void;
  /** Ends a wait for a busy head office early (the app closing); the scheduler's stop signal. */
  signal?: AbortSignal;
  /** Waits before sending again to a busy head office; tests pass a fake clock's. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Jitter of those waits, [0, 1) like Math.random. */
  random?: () => number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export function transportFor(options: SyncOptions, enrolment: Pick<Enrolment, 'serverUrl' | 'credential'> | { serverUrl: string; credential?: undefined }): Transport {
  return {
    serverUrl: enrolment.serverUrl,
    ...(enrolment.credential ? { credential: enrolment.credential } : {}),
    fetch: options.fetch ?? fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
}

export function requireEnrolment(options: SyncOptions): Enrolment {
  const enrolment = readEnrolment(options.store.read);
  if (!enrolment) throw new SyncClientError('not_enrolled', '本机尚未在总部登记，请先输入登记码 / this computer is not enrolled with head office yet');
  return enrolment;
}
