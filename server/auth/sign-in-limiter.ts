import type { Kysely } from 'kysely';
import type { ServerDatabase, SignInLimitsTable } from '../db/schema';
import { SyncHttpError } from '../http/errors';
import { deleteLimitRow, lockLimitRow, pruneLimitRows, saveLimitRow } from './sign-in-limits-repository';

/**
 * Password guessing at the console's sign-in. Two counts of attempts, each
 * over a sliding window:
 * - per login: 5 attempts without a success within 15 minutes lock that
 *   login for 15 minutes (the right password too is refused while locked,
 *   or guessing would simply go on); an unknown login is counted the same,
 *   so the lock does not tell which logins exist;
 * - per client address: 30 failures within 15 minutes refuse that address
 *   for 15 minutes, so one machine cannot try a few passwords on every login.
 *   Set higher than the per-login limit: an office behind one NAT address
 *   must not lock itself out by a few mistyped passwords.
 *
 * An attempt is counted when it starts, before its password is checked
 * (`reserve`), in one transaction with both rows locked; a success then
 * clears its login's count and gives its address's attempt back. So of any
 * number of guesses sent at once, at most 5 per login reach the (slow,
 * asynchronous) scrypt check. Kept in the database (0005-sign-in-limits):
 * a restart does not lift a lock, and several server processes would share
 * the counts. Rows past their use are deleted as attempts come.
 */
export interface SignInLimits {
  failures: number;
  windowMs: number;
  lockMs: number;
}

export const LOGIN_LIMITS: SignInLimits = { failures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const ADDRESS_LIMITS: SignInLimits = { failures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

/** An attempt counted and not yet decided; what its counting locked, if anything (ms). */
export interface Reservation {
  login: string;
  address: string;
  at: number;
  loginLockedUntil: number | null;
  addressLockedUntil: number | null;
}

interface Tally {
  attempts: number[];
  lockedUntil: number;
}

export class SignInLimiter {
  constructor(
    private readonly db: Kysely<ServerDatabase>,
    private readonly now: () => Date,
    private readonly limits: { login: SignInLimits; address: SignInLimits } = { login: LOGIN_LIMITS, address: ADDRESS_LIMITS },
  ) {}

  /** Counts an attempt for the login and the address; throws 429 if either is locked now (counting nothing). */
  async reserve(login: string, address: string): Promise<Reservation> {
    const now = this.now().getTime();
    await pruneLimitRows(this.db, iso(now));
    return this.db.transaction().execute(async (trx) => {
      // Always the address row first, then the login row: two transactions never wait on each other in a cycle.
      const byAddress = current(await lockLimitRow(trx, addressKey(address), iso(now)), now);
      const byLogin = current(await lockLimitRow(trx, loginKey(login), iso(now)), now);
      if (byAddress.lockedUntil > now) throw addressLocked(byAddress.lockedUntil - now);
      if (byLogin.lockedUntil > now) throw loginLocked(byLogin.lockedUntil - now);
      const address2 = counted(byAddress, now, this.limits.address);
      const login2 = counted(byLogin, now, this.limits.login);
      await saveLimitRow(trx, toRow(addressKey(address), address2, now, this.limits.address));
      await saveLimitRow(trx, toRow(loginKey(login), login2, now, this.limits.login));
      return { login, address, at: now, loginLockedUntil: login2.lockedUntil || null, addressLockedUntil: address2.lockedUntil || null };
    });
  }

  /** The password was wrong: throws 429 if counting this attempt locked the login or the address. */
  failed(reservation: Reservation): void {
    const now = this.now().getTime();
    if (reservation.loginLockedUntil !== null) throw loginLocked(reservation.loginLockedUntil - now);
    if (reservation.addressLockedUntil !== null) throw addressLocked(reservation.addressLockedUntil - now);
  }

  /** The password was right: the login's count and lock go, and the address gets this attempt back. */
  async succeeded(reservation: Reservation): Promise<void> {
    const now = this.now().getTime();
    await this.db.transaction().execute(async (trx) => {
      await deleteLimitRow(trx, loginKey(reservation.login));
      const key = addressKey(reservation.address);
      const row = await lockLimitRow(trx, key, iso(now));
      const tally = current(row, now);
      const index = tally.attempts.indexOf(reservation.at);
      if (index >= 0) tally.attempts.splice(index, 1);
      // A lock this very attempt started is lifted with it.
      if (tally.lockedUntil === reservation.addressLockedUntil && tally.attempts.length < this.limits.address.failures) tally.lockedUntil = 0;
      await saveLimitRow(trx, toRow(key, tally, now, this.limits.address));
    });
  }
}

const loginKey = (login: string) => `login:${login.trim().toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;
const iso = (ms: number) => new Date(ms).toISOString();

/** The row as of `now`: a lock that has run out starts a fresh count. */
function current(row: SignInLimitsTable, now: number): Tally {
  const lockedUntil = row.locked_until ? Date.parse(row.locked_until) : 0;
  if (lockedUntil !== 0 && lockedUntil <= now) return { attempts: [], lockedUntil: 0 };
  return { attempts: JSON.parse(row.attempts) as number[], lockedUntil };
}

function counted(tally: Tally, now: number, limits: SignInLimits): Tally {
  const attempts = [...tally.attempts.filter((at) => at > now - limits.windowMs), now];
  return { attempts, lockedUntil: attempts.length >= limits.failures ? now + limits.lockMs : tally.lockedUntil };
}

function toRow(key: string, tally: Tally, now: number, limits: SignInLimits): SignInLimitsTable {
  const lastUseful = Math.max(tally.lockedUntil, (tally.attempts[tally.attempts.length - 1] ?? now) + limits.windowMs);
  return { key, attempts: JSON.stringify(tally.attempts), locked_until: tally.lockedUntil ? iso(tally.lockedUntil) : null, expires_at: iso(lastUseful) };
}

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

function loginLocked(ms: number): SyncHttpError {
  const n = minutes(ms);
  return new SyncHttpError(
    429,
    'too_many_attempts',
    `该登录名密码错误次数过多，已锁定，请 ${n} 分钟后再试 / too many wrong passwords for this login: locked, try again in ${n} minute${n === 1 ? '' : 's'}`,
    Math.ceil(ms / 1000),
  );
}

function addressLocked(ms: number): SyncHttpError {
  const n = minutes(ms);
  return new SyncHttpError(
    429,
    'too_many_attempts',
    `本机登录失败次数过多，请 ${n} 分钟后再试 / too many failed sign-ins from this computer: try again in ${n} minute${n === 1 ? '' : 's'}`,
    Math.ceil(ms / 1000),
  );
}
