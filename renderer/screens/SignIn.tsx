import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../shared/api/session';
import { isApiCallError } from '../api/api-call-error';
import { ErrorBanner } from '../components/ErrorBanner';
import { FormField } from '../components/FormField';
import { errorText } from '../lib/error-text';
import { secretProblem } from '../lib/secret-check';
import { useSessionStore } from '../stores/session-store';

type Choice = SessionStatus['signInChoices'][number];

/** The demo data's station lead; if present, this store holds the demo site. */
const DEMO_MARKER_LOGIN = 'wangjg';

/** Pick your name, then type your PIN or password. */
export function SignIn() {
  const { t } = useTranslation();
  const status = useSessionStore((s) => s.status);
  const notice = useSessionStore((s) => s.notice);
  const [chosen, setChosen] = useState<Choice | null>(null);
  const choices = status?.signInChoices ?? [];
  const isDemo = status?.site != null && choices.some((c) => c.login === DEMO_MARKER_LOGIN);

  return (
    <main className="card narrow sign-in" id="main">
      <h2>{t('signIn.title')}</h2>
      {notice && (
        <div className="banner banner-info" role="status">
          <p>{t(`signIn.${notice}`)}</p>
        </div>
      )}
      {isDemo && <p className="banner banner-hint">{t('signIn.demoHint')}</p>}
      {chosen ? <SecretForm choice={chosen} onBack={() => setChosen(null)} /> : <UserChoices choices={choices} onChoose={setChosen} />}
    </main>
  );
}

function UserChoices({ choices, onChoose }: { choices: readonly Choice[]; onChoose: (choice: Choice) => void }) {
  const { t } = useTranslation();
  if (choices.length === 0) return <p>{t('signIn.noUsers')}</p>;
  return (
    <>
      <p className="lead">{t('signIn.chooseUser')}</p>
      <ul className="user-choices">
        {choices.map((choice, index) => (
          <li key={choice.login}>
            <button type="button" className="user-choice" data-testid={`signin-user-${choice.login}`} autoFocus={index === 0} onClick={() => onChoose(choice)}>
              <span className="user-name">{choice.displayName}</span>
              <span className="user-roles">{choice.roles.map((role) => t(`roles.${role}`)).join(t('common.listSeparator'))}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function SecretForm({ choice, onBack }: { choice: Choice; onBack: () => void }) {
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

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <p className="chosen-user">
        <span className="user-name">{choice.displayName}</span>
        <span className="user-roles">{choice.roles.map((role) => t(`roles.${role}`)).join(t('common.listSeparator'))}</span>
      </p>
      <ErrorBanner messages={error ? [error] : []} />
      <FormField id="signin-secret" label={isPin ? t('signIn.enterPin') : t('signIn.enterPassword')} error={fieldError}>
        {(control) => (
          <input
            {...control}
            type="password"
            className={isPin ? 'pin-input' : undefined}
            data-testid="signin-secret"
            autoComplete="current-password"
            autoFocus
            inputMode={isPin ? 'numeric' : undefined}
            maxLength={isPin ? 6 : 200}
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
          />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button primary big" data-testid="signin-submit" disabled={busy}>
          {busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
        <button type="button" className="button" onClick={onBack} disabled={busy}>
          {t('signIn.back')}
        </button>
      </div>
    </form>
  );
}
