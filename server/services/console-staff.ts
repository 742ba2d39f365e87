import type { Kysely } from 'kysely';
import type { ConsoleUser, StaffAccount } from '../../shared/sync/console-api';
import { hashPassword } from '../auth/passwords';
import { hashSecret } from '../auth/secrets';
import type { ConsoleUsersTable, ServerDatabase } from '../db/schema';
import { SyncHttpError } from '../http/errors';
import { consoleUserOf, createConsoleUser } from './console-accounts';

/**
 * The console's 人员/账号 screen: staff accounts listed, created, their
 * password reset, disabled or enabled, administrator or not. Only a console
 * administrator may call these (checked here, not only by the screen).
 */

export function requireConsoleAdmin(user: ConsoleUser): void {
  if (!user.admin) throw new SyncHttpError(403, 'forbidden', '只有总部控制台管理员可以管理人员账号 / only a console administrator may manage staff accounts');
}

function accountOf(row: ConsoleUsersTable): StaffAccount {
  return { ...consoleUserOf(row), createdAt: row.created_at, disabledAt: row.disabled_at };
}

export async function listStaff(db: Kysely<ServerDatabase>): Promise<StaffAccount[]> {
  const rows = await db.selectFrom('console_users').selectAll().orderBy('login').execute();
  return rows.map(accountOf);
}

export async function createStaff(db: Kysely<ServerDatabase>, input: { login: string; displayName: string; password: string; admin: boolean }, now: Date): Promise<StaffAccount> {
  return accountOf(await createConsoleUser(db, input, now));
}

async function account(db: Kysely<ServerDatabase>, id: string): Promise<ConsoleUsersTable> {
  const row = await db.selectFrom('console_users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new SyncHttpError(404, 'not_found', '没有这个账号 / no such account');
  return row;
}

/**
 * A new password chosen by an administrator (a forgotten one, or one that may
 * be known to others): the account's sessions end, except the one making the
 * change when an administrator resets their own.
 */
export async function resetPassword(db: Kysely<ServerDatabase>, id: string, password: string, currentToken: string | null): Promise<StaffAccount> {
  const before = await account(db, id);
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('console_users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
    let sessions = trx.deleteFrom('console_sessions').where('user_id', '=', id);
    if (currentToken) sessions = sessions.where('token_hash', '<>', hashSecret(currentToken));
    await sessions.execute();
  });
  return accountOf(before);
}

/**
 * Disables (sign-in refused, every session ended at once) or enables an
 * account, and grants or withdraws account management. Nobody may disable
 * themselves or withdraw their own administrator right: so the last active
 * administrator always remains, and nobody locks themselves out by a slip.
 */
export async function setAccess(db: Kysely<ServerDatabase>, actor: ConsoleUser, id: string, change: { active?: boolean | undefined; admin?: boolean | undefined; personalReadFull?: boolean | undefined }, now: Date): Promise<StaffAccount> {
  await account(db, id);
  if (id === actor.id && change.active === false) throw new SyncHttpError(409, 'conflict', '不能停用自己的账号 / you cannot disable your own account');
  if (id === actor.id && change.admin === false) throw new SyncHttpError(409, 'conflict', '不能取消自己的管理员权限 / you cannot withdraw your own administrator right');
  // The right to see personal data in full is given by another administrator, who then reads its use in the register.
  if (id === actor.id && change.personalReadFull === true) throw new SyncHttpError(409, 'conflict', '不能给自己查看完整个人信息的权限 / you cannot grant yourself the right to see personal data in full');
  await db.transaction().execute(async (trx) => {
    if (change.admin !== undefined) await trx.updateTable('console_users').set({ is_admin: change.admin ? 1 : 0 }).where('id', '=', id).execute();
    if (change.personalReadFull !== undefined) await trx.updateTable('console_users').set({ may_read_personal: change.personalReadFull ? 1 : 0 }).where('id', '=', id).execute();
    if (change.active === false) {
      // Only a first disabling sets the time: disabling twice keeps when it happened.
      await trx.updateTable('console_users').set({ disabled_at: now.toISOString() }).where('id', '=', id).where('disabled_at', 'is', null).execute();
      await trx.deleteFrom('console_sessions').where('user_id', '=', id).execute();
    }
    if (change.active === true) await trx.updateTable('console_users').set({ disabled_at: null }).where('id', '=', id).execute();
  });
  return accountOf(await account(db, id));
}
