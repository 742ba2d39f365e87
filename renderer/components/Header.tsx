import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../stores/session-store';
import { LanguageToggle } from './LanguageToggle';

export function Header() {
  const { t } = useTranslation();
  const signedIn = useSessionStore((s) => s.user !== null);
  const signOut = useSessionStore((s) => s.signOut);
  return (
    <header className="app-header">
      <h1 className="app-title">{t('app.name')}</h1>
      <div className="header-actions">
        <LanguageToggle />
        {signedIn && (
          <button type="button" className="button ghost" data-testid="sign-out" onClick={() => void signOut()}>
            {t('header.signOut')}
          </button>
        )}
      </div>
    </header>
  );
}
