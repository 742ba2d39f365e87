import { statement, type ReadDb, type WriteDb } from '../db/handles';
import type { SyncStateKey } from './sync-state';

/** Every SQL statement on `sync_state` (migration 0001): one text value per key, absent when unset. */

export function syncStateValue(db: ReadDb, key: SyncStateKey): string | null {
  const row = statement(db, 'SELECT value FROM sync_state WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function putSyncStateValue(tx: WriteDb, key: SyncStateKey, value: string): void {
  statement(tx, 'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function deleteSyncStateValue(tx: WriteDb, key: SyncStateKey): void {
  statement(tx, 'DELETE FROM sync_state WHERE key = ?').run(key);
}
