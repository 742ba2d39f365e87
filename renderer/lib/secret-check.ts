import { credentialSchema, type SECRET_KINDS } from '../../shared/api/users';

/**
 * The shared credential rule (PIN = 6 digits, password ≥ 8 characters),
 * checked before sending so a typo does not count as a failed sign-in.
 * Returns the i18n key of the problem, or null.
 */
export function secretProblem(kind: (typeof SECRET_KINDS)[number], secret: string): 'users.pinFormat' | 'users.passwordTooShort' | null {
  if (credentialSchema.safeParse({ secretKind: kind, secret }).success) return null;
  return kind === 'pin' ? 'users.pinFormat' : 'users.passwordTooShort';
}
