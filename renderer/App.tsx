import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppShell } from './components/AppShell';
import { ErrorBanner } from './components/ErrorBanner';
import { Header } from './components/Header';
import { errorText } from './lib/error-text';
import { SignIn } from './screens/SignIn';
import { lazyScreen } from './lib/lazy-screen';
import { useSessionStore } from './stores/session-store';

/** First-run setup: shown once per store, so it does not weigh on every start (issue 21 §3). */
const Welcome = lazyScreen(() => import('./screens/setup/Welcome').then((m) => m.Welcome));

/** Picks the screen from the session: first-run setup, sign-in, or the app itself. */
export function App() {
  const status = useSessionStore((s) => s.status);
  const user = useSessionStore((s) => s.user);
  const refresh = useSessionStore((s) => s.refresh);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  let body;
  if (!status) body = <Loading />;
  else if (!status.initialised) body = <Welcome />;
  else if (!user) body = <SignIn />;
  else body = <AppShell />;

  return (
    <div className="app">
      <Header />
      <Suspense fallback={<Loading />}>{body}</Suspense>
    </div>
  );
}

function Loading() {
  const { t } = useTranslation();
  const loadError = useSessionStore((s) => s.loadError);
  const refresh = useSessionStore((s) => s.refresh);
  if (!loadError) {
    return (
      <p className="centered muted" role="status">
        {t('app.loading')}
      </p>
    );
  }
  return (
    <section className="card narrow">
      <h2>{t('app.loadFailed')}</h2>
      <ErrorBanner messages={[errorText(loadError, t)]} />
      <button type="button" className="button primary" onClick={() => void refresh()}>
        {t('app.retry')}
      </button>
    </section>
  );
}
