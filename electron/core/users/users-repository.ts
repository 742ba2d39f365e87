import { byPinyin } from '../../../shared/domain/name-order';
import type { User } from '../../../shared/api/users';
import type { Role } from '../../../shared/domain/roles';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** The `users` table: every statement on it. Secret hashes leave this file only through `findCredentials`. */

interface UserRow {
  id: string;
  login: string;
  display_name: string;
  roles: string;
  unit: string | null;
  secret_kind: 'password' | 'pin';
  secret_hash: string;
  active: number;
  updated_at: string;
  version: number;
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    roles: JSON.parse(row.roles) as Role[],
    unit: row.unit,
    secretKind: row.secret_kind,
    active: row.active === 1,
  };
}

/** Everyone, by pinyin of the name (SQLite's ORDER BY would sort Chinese names by code point). */
export function listUsers(db: ReadDb): User[] {
  return byPinyin((statement(db, 'SELECT * FROM users').all() as UserRow[]).map(toUser), (user) => user.displayName);
}

export function listActiveUsers(db: ReadDb): User[] {
  return (statement(db, 'SELECT * FROM users WHERE active = 1').all() as UserRow[]).map(toUser);
}

export function findUserById(db: ReadDb, id: string): User | null {
  const row = statement(db, 'SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  return row ? toUser(row) : null;
}

export function findCredentials(db: ReadDb, login: string): { user: User; secretHash: string } | null {
  const row = statement(db, 'SELECT * FROM users WHERE login = ?').get(login) as UserRow | undefined;
  return row ? { user: toUser(row), secretHash: row.secret_hash } : null;
}

/** The secret hash of an account, by id (for re-entering one's own PIN). */
export function findSecretHash(db: ReadDb, id: string): string | null {
  const row = statement(db, 'SELECT secret_hash FROM users WHERE id = ?').get(id) as { secret_hash: string } | undefined;
  return row?.secret_hash ?? null;
}

export function loginTaken(db: ReadDb, login: string): boolean {
  return statement(db, 'SELECT 1 FROM users WHERE login = ?').get(login) !== undefined;
}

export interface UserRowInput {
  id: string;
  login: string;
  displayName: string;
  roles: Role[];
  unit: string | null;
  secretKind: 'password' | 'pin';
  secretHash: string;
  active: boolean;
  at: string;
}

export function insertUserRow(tx: WriteDb, row: UserRowInput): void {
  statement(
    tx,
    `INSERT INTO users (id, login, display_name, roles, unit, secret_kind, secret_hash, active, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(row.id, row.login, row.displayName, JSON.stringify(row.roles), row.unit, row.secretKind, row.secretHash, row.active ? 1 : 0, row.at, row.at);
}

/** Returns the new version. */
export function updateUserActive(tx: WriteDb, id: string, active: boolean, at: string): number {
  const row = statement(tx, 'UPDATE users SET active = ?, updated_at = ?, version = version + 1 WHERE id = ? RETURNING version').get(active ? 1 : 0, at, id) as { version: number };
  return row.version;
}

/** Returns the new version. */
export function updateUserSecret(tx: WriteDb, id: string, secretKind: 'password' | 'pin', secretHash: string, at: string): number {
  const row = statement(tx, 'UPDATE users SET secret_kind = ?, secret_hash = ?, updated_at = ?, version = version + 1 WHERE id = ? RETURNING version').get(secretKind, secretHash, at, id) as {
    version: number;
  };
  return row.version;
}

/** Head office's staff list: name, roles, unit and active flag of a known login (its PIN stays the site's). Returns the new version. */
export function updateUserFromHeadOffice(tx: WriteDb, id: string, body: { displayName: string; roles: Role[]; unit: string | null; active: boolean }, at: string): number {
  const row = statement(tx, 'UPDATE users SET display_name = ?, roles = ?, unit = ?, active = ?, updated_at = ?, version = version + 1 WHERE id = ? RETURNING version').get(
    body.displayName,
    JSON.stringify(body.roles),
    body.unit,
    body.active ? 1 : 0,
    at,
    id,
  ) as { version: number };
  return row.version;
}

export function findUserIdByLogin(db: ReadDb, login: string): string | null {
  const row = statement(db, 'SELECT id FROM users WHERE login = ?').get(login) as { id: string } | undefined;
  return row?.id ?? null;
}
