import { newId } from '../../../shared/ids';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { hasPermission, rolesWithin, type Role } from '../../../shared/domain/roles';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { findUserById, insertUserRow, listActiveUsers, loginTaken, updateUserActive, updateUserSecret } from './users-repository';

/*
 * Account changes (issue 18 §1.4). Each is one transaction: the row, its
 * audit row and its outbox row (recordChange; the user record without its
 * secret). The rights rule is shared/domain/roles.ts `rolesWithin`; it is
 * checked here, inside the transaction, against the accounts as stored.
 */

export interface NewUserRecord {
  login: string;
  displayName: string;
  roles: Role[];
  unit?: string | undefined;
  secretKind: 'password' | 'pin';
  secretHash: string;
  /** Head office's staff list may bring an account that is already disabled. */
  active?: boolean;
}

/** Who makes the change; null for the system itself (first-run setup, demo data, head office's staff list). */
export interface AccountActor {
  id: string;
  roles: readonly Role[];
}

const action = (name: string) => `users.${name}`;

/** A new account, audited as made by `actorId` (or by itself when the system makes it). */
export function insertUser(tx: WriteDb, input: NewUserRecord, actorId: string | null, at: Date): User {
  const id = newId();
  insertUserRow(tx, { id, login: input.login, displayName: input.displayName, roles: input.roles, unit: input.unit ?? null, secretKind: input.secretKind, secretHash: input.secretHash, active: input.active ?? true, at: at.toISOString() });
  const user = findUserById(tx, id)!;
  recordChange(tx, { userId: actorId ?? id, at, action: action('create'), entity: 'user', entityId: id, entityVersion: 1, before: null, after: user, syncPayload: user });
  return user;
}

/**
 * The person making a change, as stored now: a call that waited for a slow
 * hash must not act for an account disabled or changed meanwhile.
 */
export function currentActor(tx: WriteDb, actorId: string): AccountActor {
  const actor = findUserById(tx, actorId);
  if (!actor?.active) throw ApiError.because('UNAUTHENTICATED', 'accounts.errors.actorInactive');
  return { id: actor.id, roles: actor.roles };
}

/** A person creates an account: the login is free, and every role given is within their own rights. */
export function createAccount(tx: WriteDb, input: NewUserRecord, actor: AccountActor, at: Date): User {
  assertRolesWithin(actor, input.roles);
  // Checked inside the transaction: another call may have taken the login while the secret was hashed.
  if (loginTaken(tx, input.login)) throw ApiError.because('VALIDATION', 'accounts.errors.loginTaken', undefined, 'login');
  return insertUser(tx, input, actor.id, at);
}

export function assertRolesWithin(actor: AccountActor, roles: readonly Role[]): void {
  if (!rolesWithin(actor.roles, roles)) throw ApiError.because('FORBIDDEN', 'accounts.errors.roleAboveOwn', undefined, 'roles');
}

/** The account, if it exists and every role it holds is within the actor's rights. */
export function accountWithin(db: ReadDb, userId: string, actor: AccountActor): User {
  const user = findUserById(db, userId);
  if (!user) throw ApiError.because('NOT_FOUND', 'accounts.errors.notFound');
  if (!rolesWithin(actor.roles, user.roles)) throw ApiError.because('FORBIDDEN', 'accounts.errors.accountAboveOwn', { name: user.displayName });
  return user;
}

/**
 * An administrator is an active account that may manage accounts. The last
 * one cannot be disabled: nobody could then add, enable or reset anyone.
 */
function isLastAdministrator(tx: WriteDb, user: User): boolean {
  if (!user.active || !hasPermission(user.roles, 'users.manage')) return false;
  return !listActiveUsers(tx).some((other) => other.id !== user.id && hasPermission(other.roles, 'users.manage'));
}

export function setAccountActive(tx: WriteDb, userId: string, active: boolean, actor: AccountActor, at: Date): User {
  const before = accountWithin(tx, userId, actor);
  if (!active && isLastAdministrator(tx, before)) throw ApiError.because('CONFLICT', 'accounts.errors.lastAdministrator', { name: before.displayName });
  if (!active && before.id === actor.id) throw ApiError.because('CONFLICT', 'accounts.errors.cannotDisableSelf');
  const version = updateUserActive(tx, userId, active, at.toISOString());
  const after = findUserById(tx, userId)!;
  recordChange(tx, { userId: actor.id, at, action: action('setActive'), entity: 'user', entityId: userId, entityVersion: version, before, after, syncPayload: after });
  return after;
}

/** A new PIN or password for an account within the actor's rights (the hash made beforehand, outside the transaction). */
export function resetAccountSecret(tx: WriteDb, userId: string, secret: { secretKind: 'password' | 'pin'; secretHash: string }, actor: AccountActor, at: Date): User {
  const before = accountWithin(tx, userId, actor);
  const version = updateUserSecret(tx, userId, secret.secretKind, secret.secretHash, at.toISOString());
  const after = findUserById(tx, userId)!;
  // The record carries no secret: the audit row says who reset whose PIN and when, head office gets the new version.
  recordChange(tx, { userId: actor.id, at, action: action('resetSecret'), entity: 'user', entityId: userId, entityVersion: version, before, after, syncPayload: after });
  return after;
}
