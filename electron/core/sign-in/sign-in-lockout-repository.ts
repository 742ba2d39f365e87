import { statement, type ReadDb, type WriteDb } from '../db/handles';

export interface LockoutRow {
  login: string;
  failures: number;
  /** ISO instant; null when no lock was set. */
  locked_until: string | null;
}

export function readLockout(db: ReadDb, login: string): LockoutRow | null {
  return (statement(db, 'SELECT login, failures, locked_until FROM sign_in_lockouts WHERE login = ?').get(login) as LockoutRow | undefined) ?? null;
}

export function saveLockout(tx: WriteDb, row: LockoutRow): void {
  statement(
    tx,
    'INSERT INTO sign_in_lockouts (login, failures, locked_until) VALUES (@login, @failures, @locked_until) ON CONFLICT (login) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until',
  ).run(row);
}

export function deleteLockout(tx: WriteDb, login: string): void {
  statement(tx, 'DELETE FROM sign_in_lockouts WHERE login = ?').run(login);
}
