import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useConsoleSession } from '../stores/console-session-store';

/** Login and password; a refusal is shown as the server words it ("登录名或密码不正确"). */
export function ConsoleSignIn() {
  const { t } = useTranslation();
  const signIn = useConsoleSession((s) => s.signIn);
  const notice = useConsoleSession((s) => s.notice);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ login?: string; password?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = { login: login.trim() ? undefined : t('console.signIn.loginRequired'), password: password ? undefined : t('console.signIn.passwordRequired') };
    setErrors(missing);
    if (missing.login || missing.password) return;
    setBusy(true);
    setFailure(null);
    try {
      await signIn(login.trim(), password);
    } catch (error) {
      setFailure((error as Error).message);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="content console-sign-in">
      <form className="card form" onSubmit={(e) => void submit(e)} noValidate>
        <h2 className="page-title">{t('console.signIn.title')}</h2>
        {notice === 'expired' && <p className="banner banner-info">{t('signIn.sessionExpired')}</p>}
        <ErrorBanner messages={failure ? [failure] : []} />
        <FormField id="console-login" label={t('console.signIn.login')} error={errors.login} required>
          {(control) => <input {...control} type="text" autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} autoFocus />}
        </FormField>
        <FormField id="console-password" label={t('console.signIn.password')} error={errors.password} required>
          {(control) => <input {...control} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button primary" data-testid="console-sign-in" disabled={busy}>
            {busy ? t('console.signIn.submitting') : t('console.signIn.submit')}
          </button>
        </div>
        <p className="field-hint">{t('console.signIn.firstAccount')}</p>
      </form>
    </main>
  );
}
