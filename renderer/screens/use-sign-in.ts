import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../shared/api/session';
import { isApiCallError } from '../api/api-call-error';
import { errorText } from '../lib/error-text';
import { secretProblem } from '../lib/secret-check';
import { useSessionStore } from '../stores/session-store';

type Choice = SessionStatus['signInChoices'][number];

/**
 * The PIN or password typed for the chosen person: checked here first (so a typo does not count towards
 * the core's failed-sign-in limit), then sent; a refusal empties the field and says why.
 */
export function useSignIn(choice: Choice) {
  const { t } = useTranslation();
  const signIn = useSessionStore((s) => s.signIn);
  const [secret, setSecret] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isPin = choice.secretKind === 'pin';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    // Checked here so a typo does not count towards the core's failed-sign-in limit.
    const problem = !secret ? 'signIn.secretRequired' : isPin && secretProblem('pin', secret) ? 'signIn.pinFormat' : null;
    setFieldError(problem ? t(problem) : undefined);
    if (problem) return;
    setBusy(true);
    try {
      await signIn(choice.login, secret);
    } catch (e) {
      setBusy(false);
      setSecret('');
      if (isApiCallError(e) && e.code === 'UNAUTHENTICATED') setError(t('signIn.wrongSecret'));
      // The core says until when (signIn.errors.lockedUntil); an older core only that it is locked.
      else if (isApiCallError(e) && e.code === 'RATE_LIMITED') setError(e.reason ? errorText(e, t) : t('signIn.rateLimited'));
      else setError(errorText(e, t));
    }
  };

  return { secret, setSecret, fieldError, error, busy, isPin, onSubmit };
}
