import { ApiError } from '../../../shared/api/errors';
import type { Store } from '../db/store';
import { deleteLockout, readLockout, saveLockout } from './sign-in-lockout-repository';

/** Five attempts without a success lock the login for five minutes (docs/architecture.md, Sign-in). */
export const MAX_FAILURES = 5;
export const LOCK_MS = 5 * 60_000;

/**
 * Counts an attempt for `login` before its PIN or password is checked, in
 * one synchronous transaction: nothing runs between reading the count and
 * writing it, so of any number of attempts sent at once at most
 * MAX_FAILURES reach the (asynchronous) scrypt check, and none while the
 * login is locked — the right secret included. The attempt that reaches
 * the limit starts the lock; it is still checked, and a success lifts it.
 * Throws RATE_LIMITED with the lock's end while locked.
 */
export function reserveSignInAttempt(store: Store, login: string, now: Date): void {
  store.transaction((tx) => {
    const row = readLockout(tx, login) ?? { login, failures: 0, locked_until: null };
    if (row.locked_until !== null && row.locked_until > now.toISOString()) throw lockedUntil(row.locked_until);
    // A lock that has run out starts a fresh count.
    const failures = (row.locked_until !== null ? 0 : row.failures) + 1;
    const locked = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MS).toISOString() : null;
    saveLockout(tx, { login, failures: locked ? 0 : failures, locked_until: locked });
  });
}

/** The right secret: the login's count and any lock are cleared. */
export function signInSucceeded(store: Store, login: string): void {
  store.transaction((tx) => deleteLockout(tx, login));
}

function lockedUntil(at: string): ApiError {
  return ApiError.because('RATE_LIMITED', 'signIn.errors.lockedUntil', { until: { at } });
}
