import { newId } from '../../../shared/ids';
import type { User } from '../../../shared/api/users';
import type { Role } from '../../../shared/domain/roles';
import { statement, type ReadDb, type WriteDb } from '../db/handles';
import { recordChange } from './change-log';

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

export function listUsers(db: ReadDb): User[] {
  return (statement(db, 'SELECT * FROM users ORDER BY display_name').all() as UserRow[]).map(toUser);
}

export function findUserById(db: ReadDb, id: string): User | null {
  const row = statement(db, 'SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  return row ? toUser(row) : null;
}

export function findCredentials(db: ReadDb, login: string): { user: User; secretHash: string } | null {
  const row = statement(db, 'SELECT * FROM users WHERE login = ?').get(login) as UserRow | undefined;
  return row ? { user: toUser(row), secretHash: row.secret_hash } : null;
}

export function loginTaken(db: ReadDb, login: string): boolean {
  return statement(db, 'SELECT 1 FROM users WHERE login = ?').get(login) !== undefined;
}

export interface NewUserRecord {
  login: string;
  displayName: string;
  roles: Role[];
  unit?: string | undefined;
  secretKind: 'password' | 'pin';
  secretHash: string;
}

export function insertUser(tx: WriteDb, input: NewUserRecord, actorId: string | null, at: Date): User {
  const id = newId();
  const now = at.toISOString();
  statement(
    tx,
    `INSERT INTO users (id, login, display_name, roles, unit, secret_kind, secret_hash, active, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 1)`,
  ).run(id, input.login, input.displayName, JSON.stringify(input.roles), input.unit ?? null, input.secretKind, input.secretHash, now, now);
  const user = findUserById(tx, id)!;
  recordChange(tx, {
    userId: actorId ?? id,
    at,
    action: 'users.create',
    entity: 'user',
    entityId: id,
    entityVersion: 1,
    before: null,
    after: user,
    syncPayload: user,
  });
  return user;
}

export function setUserActive(tx: WriteDb, userId: string, active: boolean, actorId: string, at: Date): User | null {
  const before = findUserById(tx, userId);
  if (!before) return null;
  const { version } = statement(tx, 'UPDATE users SET active = ?, updated_at = ?, version = version + 1 WHERE id = ? RETURNING version').get(
    active ? 1 : 0,
    at.toISOString(),
    userId,
  ) as { version: number };
  const after = findUserById(tx, userId)!;
  recordChange(tx, { userId: actorId, at, action: 'users.setActive', entity: 'user', entityId: userId, entityVersion: version, before, after, syncPayload: after });
  return after;
}
