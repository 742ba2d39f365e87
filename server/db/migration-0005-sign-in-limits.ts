import type { Kysely } from 'kysely';

/**
 * 0005-sign-in-limits: the console's failed sign-ins, per login and per
 * client address (server/auth/sign-in-limiter.ts), kept in the database
 * instead of the process's memory (issue 18): an attempt is counted in the
 * same transaction that checks the count, with the row locked, so parallel
 * guesses cannot all pass a check made before any of them failed; and a
 * restart does not lift a lock.
 * - `key`: `login:<login>` or `address:<client address>`;
 * - `attempts`: JSON array of the times (ms) of the attempts still inside
 *   the window, each counted when it starts and given back on success;
 * - `locked_until`: the end of the current lock (ISO), null when none;
 * - `expires_at`: when the row says nothing any more (ISO): rows past it
 *   are deleted as new attempts come, so the table stays small.
 */
export async function signInLimitsMigration(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sign_in_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('attempts', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_in_limits_by_expiry').on('sign_in_limits').column('expires_at').execute();
}
