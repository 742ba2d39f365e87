import type { Kysely, Transaction } from 'kysely';
import type { ServerDatabase, SignInLimitsTable } from '../db/schema';

/**
 * The row of `key`, created empty if missing, locked for the rest of the
 * transaction: an upsert whose conflict branch rewrites the key takes the
 * row lock on PostgreSQL (a concurrent one waits, then sees this one's
 * commit); on SQLite Kysely's one connection runs one transaction at a time.
 */
export function lockLimitRow(trx: Transaction<ServerDatabase>, key: string, nowIso: string): Promise<SignInLimitsTable> {
  return trx
    .insertInto('sign_in_limits')
    .values({ key, attempts: '[]', locked_until: null, expires_at: nowIso })
    .onConflict((conflict) => conflict.column('key').doUpdateSet((eb) => ({ key: eb.ref('excluded.key') })))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function saveLimitRow(trx: Transaction<ServerDatabase>, row: SignInLimitsTable): Promise<void> {
  await trx.updateTable('sign_in_limits').set({ attempts: row.attempts, locked_until: row.locked_until, expires_at: row.expires_at }).where('key', '=', row.key).execute();
}

export async function deleteLimitRow(trx: Transaction<ServerDatabase>, key: string): Promise<void> {
  await trx.deleteFrom('sign_in_limits').where('key', '=', key).execute();
}

/** Rows that no longer lock nor count anything. */
export async function pruneLimitRows(db: Kysely<ServerDatabase>, nowIso: string): Promise<void> {
  await db.deleteFrom('sign_in_limits').where('expires_at', '<=', nowIso).execute();
}
