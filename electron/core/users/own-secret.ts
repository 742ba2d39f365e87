import { ApiError } from '../../../shared/api/errors';
import { reserveSignInAttempt, signInSucceeded } from '../sign-in';
import type { User } from '../../../shared/api/users';
import type { CoreContext } from '../context';
import { recordEvent } from '../change-log/change-log';
import { verifySecret } from './passwords';
import { findSecretHash } from './users-repository';

/**
 * A person re-enters their own PIN or password before a sensitive change
 * (resetting someone's PIN). It counts as a sign-in attempt of their login:
 * a wrong one is a failed sign-in, five lock the login (sign-in included) for
 * the lockout period. The attempt is counted before the slow check, so
 * parallel guesses cannot all be evaluated before the lock.
 */
export async function verifyOwnSecret(core: CoreContext, actor: User, secret: string): Promise<void> {
  try {
    reserveSignInAttempt(core.store, actor.login, core.now());
  } catch (error) {
    // The same lock as sign-in, said at the field where the PIN was typed.
    if (error instanceof ApiError && error.code === 'RATE_LIMITED' && error.reason) {
      throw ApiError.because('RATE_LIMITED', 'accounts.errors.ownSecretLocked', error.reason.params, 'ownSecret');
    }
    throw error;
  }
  const hash = findSecretHash(core.store.read, actor.id);
  const valid = hash !== null && (await verifySecret(secret, hash));
  if (!valid) {
    core.store.transaction((tx) => recordEvent(tx, { userId: actor.id, at: core.now(), action: 'users.ownSecretRefused', entity: 'user', entityId: actor.id }));
    throw ApiError.because('VALIDATION', 'accounts.errors.ownSecretWrong', undefined, 'ownSecret');
  }
  signInSucceeded(core.store, actor.login);
}
