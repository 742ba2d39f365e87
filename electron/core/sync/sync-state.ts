import type { ReadDb, WriteDb } from '../db/handles';
import { deleteSyncStateValue, putSyncStateValue, syncStateValue } from './sync-state-repository';

/**
 * The keys sync keeps in `sync_state`. The credential lives here and only
 * here: never in the outbox (it would be sent) nor in the audit log (anyone
 * who may read the log would hold it).
 */
export type SyncStateKey =
  | 'serverUrl'
  | 'siteId'
  | 'siteCode'
  | 'deviceId'
  | 'credential'
  | 'pullCursor'
  | 'lastSuccessAt'
  | 'lastError'
  | 'batchSize'
  /** The batch sent and not yet acknowledged: resent as is, same id, so a lost answer costs nothing. */
  | 'inFlightBatch'
  /** Minutes between automatic runs (0: off); absent means the default. */
  | 'intervalMinutes'
  /** When the scheduler runs next (ISO): kept so a restart waits what was left. */
  | 'nextAttemptAt'
  /** Consecutive failed runs, for the backoff; absent after a success. */
  | 'failureCount';

export function readState(db: ReadDb, key: SyncStateKey): string | null {
  return syncStateValue(db, key);
}

/** Sets a key, or removes it (null). */
export function writeState(tx: WriteDb, key: SyncStateKey, value: string | null): void {
  if (value === null) deleteSyncStateValue(tx, key);
  else putSyncStateValue(tx, key, value);
}

export interface Enrolment {
  serverUrl: string;
  credential: string;
  siteId: string;
  siteCode: string | null;
  deviceId: string;
}

export function readEnrolment(db: ReadDb): Enrolment | null {
  const serverUrl = readState(db, 'serverUrl');
  const credential = readState(db, 'credential');
  const siteId = readState(db, 'siteId');
  const deviceId = readState(db, 'deviceId');
  if (!serverUrl || !credential || !siteId || !deviceId) return null;
  return { serverUrl, credential, siteId, deviceId, siteCode: readState(db, 'siteCode') };
}

export interface LastError {
  code: string;
  message: string;
  at: string;
  /** HTTP status when head office answered (absent: never reached). */
  status?: number;
}

export function readLastError(db: ReadDb): LastError | null {
  const raw = readState(db, 'lastError');
  return raw ? (JSON.parse(raw) as LastError) : null;
}
