import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageToggle } from '../components/LanguageToggle';
import { setUnauthorisedHandler } from './api/console-client';
import { ConsoleShell } from './ConsoleShell';
import { ConsoleSignIn } from './screens/ConsoleSignIn';
import { useConsoleSession } from './stores/console-session-store';

/** The head-office console: sign-in until a session exists, then the shell. */
export function ConsoleApp() {
  const { t } = useTranslation();
  const user = useConsoleSession((s) => s.user);
  const signOut = useConsoleSession((s) => s.signOut);

  useEffect(() => {
    setUnauthorisedHandler(() => useConsoleSession.getState().expired());
    void useConsoleSession.getState().check();
  }, []);
  useEffect(() => {
    document.title = t('console.title');
  }, [t]);

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">{t('console.title')}</h1>
        <div className="header-actions">
          {user && <span className="console-user">{t('console.signedInAs', { name: user.displayName })}</span>}
          <LanguageToggle />
          {user && (
            <button type="button" className="button ghost" data-testid="console-sign-out" onClick={() => void signOut()}>
              {t('console.signOut')}
            </button>
          )}
        </div>
      </header>
      {user === undefined ? <p className="centered muted">{t('console.loading')}</p> : user === null ? <ConsoleSignIn /> : <ConsoleShell />}
    </div>
  );
}
