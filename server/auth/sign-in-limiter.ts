import { SyncHttpError } from '../http/errors';

/**
 * Password guessing at the console's sign-in. Two counters of failed
 * sign-ins, each over a sliding window:
 * - per login: 5 wrong passwords within 15 minutes lock that login for 15
 *   minutes (the right password too is refused while locked, or guessing
 *   would simply go on); an unknown login is counted the same, so the lock
 *   does not tell which logins exist;
 * - per client address: 30 failures within 15 minutes refuse that address
 *   for 15 minutes, so one machine cannot try a few passwords on every login.
 *   Set higher than the per-login limit: an office behind one NAT address
 *   must not lock itself out by a few mistyped passwords.
 * A successful sign-in clears its login's count.
 *
 * Kept in memory, not in the database: head office runs one server process
 * (README: one server behind a reverse proxy), a failed attempt then costs no
 * write (a flood of guesses cannot grow a table or contend with sites'
 * pushes), and what a restart forgets is at most one more window of guesses —
 * nothing against 10+ character passwords hashed with scrypt. The maps are
 * bounded: expired entries are dropped, and past MAX_TRACKED the oldest go.
 * Were head office ever run as several processes, this would move to a table.
 */
export interface SignInLimits {
  failures: number;
  windowMs: number;
  lockMs: number;
}

export const LOGIN_LIMITS: SignInLimits = { failures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const ADDRESS_LIMITS: SignInLimits = { failures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
const MAX_TRACKED = 10_000;

interface Tally {
  /** Times (ms) of the failures still inside the window, oldest first. */
  failures: number[];
  lockedUntil: number;
}

class FailureCounter {
  private readonly tallies = new Map<string, Tally>();

  constructor(private readonly limits: SignInLimits) {}

  /** When the lock on `key` ends, or null if it is not locked at `now`. */
  lockedUntil(key: string, now: number): number | null {
    const tally = this.tallies.get(key);
    return tally && tally.lockedUntil > now ? tally.lockedUntil : null;
  }

  /** Counts a failure; returns when the lock it caused ends, or null. */
  fail(key: string, now: number): number | null {
    const tally = this.tallies.get(key) ?? { failures: [], lockedUntil: 0 };
    // A lock that has run out starts a fresh count.
    if (tally.lockedUntil !== 0 && tally.lockedUntil <= now) tally.failures = [];
    tally.failures = [...tally.failures.filter((at) => at > now - this.limits.windowMs), now];
    if (tally.failures.length >= this.limits.failures) tally.lockedUntil = now + this.limits.lockMs;
    this.tallies.delete(key); // re-inserted last: the map's order is oldest activity first
    this.tallies.set(key, tally);
    this.bound(now);
    return tally.lockedUntil > now ? tally.lockedUntil : null;
  }

  clear(key: string): void {
    this.tallies.delete(key);
  }

  private bound(now: number): void {
    if (this.tallies.size <= MAX_TRACKED) return;
    for (const [key, tally] of this.tallies) {
      const last = tally.failures[tally.failures.length - 1] ?? 0;
      if (tally.lockedUntil <= now && last <= now - this.limits.windowMs) this.tallies.delete(key);
    }
    for (const key of this.tallies.keys()) {
      if (this.tallies.size <= MAX_TRACKED) break;
      this.tallies.delete(key);
    }
  }
}

export class SignInLimiter {
  private readonly logins: FailureCounter;
  private readonly addresses: FailureCounter;

  constructor(
    private readonly now: () => Date,
    limits: { login: SignInLimits; address: SignInLimits } = { login: LOGIN_LIMITS, address: ADDRESS_LIMITS },
  ) {
    this.logins = new FailureCounter(limits.login);
    this.addresses = new FailureCounter(limits.address);
  }

  /** Throws 429 if the login or the address is locked now. */
  check(login: string, address: string): void {
    const now = this.now().getTime();
    const byAddress = this.addresses.lockedUntil(address, now);
    if (byAddress !== null) throw addressLocked(byAddress - now);
    const byLogin = this.logins.lockedUntil(normalise(login), now);
    if (byLogin !== null) throw loginLocked(byLogin - now);
  }

  /** Counts a wrong password; throws 429 if this failure locked the login or the address. */
  failed(login: string, address: string): void {
    const now = this.now().getTime();
    const byLogin = this.logins.fail(normalise(login), now);
    const byAddress = this.addresses.fail(address, now);
    if (byLogin !== null) throw loginLocked(byLogin - now);
    if (byAddress !== null) throw addressLocked(byAddress - now);
  }

  succeeded(login: string): void {
    this.logins.clear(normalise(login));
  }
}

const normalise = (login: string) => login.trim().toLowerCase();
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
