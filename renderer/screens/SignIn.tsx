import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../shared/api/session';
import { ErrorBanner } from '../components/ErrorBanner';
import { FormField } from '../components/FormField';
import { useSessionStore } from '../stores/session-store';
import { useSignIn } from './use-sign-in';

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
  const { secret, setSecret, fieldError, error, busy, isPin, onSubmit } = useSignIn(choice);

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
