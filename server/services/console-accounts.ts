import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { newId } from '../../shared/ids';
import { CONSOLE_SESSION_HOURS, type ConsoleUser } from '../../shared/sync/console-api';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from '../auth/passwords';
import { hashSecret } from '../auth/secrets';
import type { SignInLimiter } from '../auth/sign-in-limiter';
import type { ConsoleUsersTable, ServerDatabase } from '../db/schema';
import { isUniqueViolation } from '../db/errors';
import { SyncHttpError } from '../http/errors';

/** Head-office staff accounts and their sessions (the console's sign-in). */

export function consoleUserOf(row: Pick<ConsoleUsersTable, 'id' | 'login' | 'display_name' | 'is_admin' | 'may_read_personal'>): ConsoleUser {
  return { id: row.id, login: row.login, displayName: row.display_name, admin: Number(row.is_admin) === 1, personalReadFull: Number(row.may_read_personal) === 1 };
}

export async function createConsoleUser(
  db: Kysely<ServerDatabase>,
  input: { login: string; displayName: string; password: string; admin: boolean },
  now: Date,
): Promise<ConsoleUsersTable> {
  const user: ConsoleUsersTable = {
    id: newId(),
    login: input.login.toLowerCase(),
    display_name: input.displayName,
    password_hash: await hashPassword(input.password),
    created_at: now.toISOString(),
    disabled_at: null,
    is_admin: input.admin ? 1 : 0,
    // The right to see personal data in full is granted later, by an administrator, on purpose.
    may_read_personal: 0,
  };
  try {
    await db.insertInto('console_users').values(user).execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw new SyncHttpError(409, 'conflict', `登录名 ${user.login} 已存在 / login ${user.login} already exists`);
    throw error;
  }
  return user;
}

const WRONG = () => new SyncHttpError(401, 'unauthorized', '登录名或密码不正确 / wrong login or password');

/**
 * Checks the password and opens a session; the token goes to the cookie,
 * only its hash to the database. The limiter counts the attempt before the
 * password is checked (refusing a locked login or address), and gives it
 * back when the password is right.
 */
export async function signIn(
  db: Kysely<ServerDatabase>,
  input: { login: string; password: string },
  from: { limiter: SignInLimiter; address: string },
  now: Date,
): Promise<{ token: string; user: ConsoleUser; expiresAt: string }> {
  const reservation = await from.limiter.reserve(input.login, from.address);
  const row = await db.selectFrom('console_users').selectAll().where('login', '=', input.login.toLowerCase()).executeTakeFirst();
  const ok = await verifyPassword(input.password, row?.password_hash ?? DUMMY_PASSWORD_HASH);
  if (!row || !ok) {
    from.limiter.failed(reservation);
    throw WRONG();
  }
  await from.limiter.succeeded(reservation);
  // Said only to someone who knows the password, so it tells a guesser nothing.
  if (row.disabled_at !== null) throw new SyncHttpError(403, 'forbidden', '此账号已停用，请联系总部管理员 / this account is disabled: ask a head-office administrator');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + CONSOLE_SESSION_HOURS * 3600_000).toISOString();
  // Expired sessions are dropped as new ones open, so the table stays small.
  await db.deleteFrom('console_sessions').where('expires_at', '<=', now.toISOString()).execute();
  await db.insertInto('console_sessions').values({ token_hash: hashSecret(token), user_id: row.id, created_at: now.toISOString(), expires_at: expiresAt }).execute();
  return { token, user: consoleUserOf(row), expiresAt };
}

export async function sessionUser(db: Kysely<ServerDatabase>, token: string | null, now: Date): Promise<{ user: ConsoleUser; expiresAt: string }> {
  if (!token) throw new SyncHttpError(401, 'unauthorized', '请先登录总部控制台 / sign in to the head-office console');
  const row = await db
    .selectFrom('console_sessions')
    .innerJoin('console_users', 'console_users.id', 'console_sessions.user_id')
    .select(['console_users.id', 'console_users.login', 'console_users.display_name', 'console_users.is_admin', 'console_users.may_read_personal', 'console_users.disabled_at', 'console_sessions.expires_at'])
    .where('console_sessions.token_hash', '=', hashSecret(token))
    .executeTakeFirst();
  // Disabling an account deletes its sessions; the check here holds even for one opened in the same instant.
  if (!row || row.expires_at <= now.toISOString() || row.disabled_at !== null) throw new SyncHttpError(401, 'unauthorized', '登录已失效，请重新登录 / session expired, sign in again');
  return { user: consoleUserOf(row), expiresAt: row.expires_at };
}

export async function signOut(db: Kysely<ServerDatabase>, token: string | null): Promise<void> {
  if (token) await db.deleteFrom('console_sessions').where('token_hash', '=', hashSecret(token)).execute();
}
