import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { useSessionStore } from '../../stores/session-store';
import { InitialiseForm } from './InitialiseForm';

/** First run: the store has no site yet. */
export function Welcome() {
  const { t } = useTranslation();
  const loadDemo = useSessionStore((s) => s.loadDemo);
  const [mode, setMode] = useState<'choose' | 'initialise'>('choose');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (mode === 'initialise') return <InitialiseForm onBack={() => setMode('choose')} />;

  const onLoadDemo = async () => {
    setBusy(true);
    setError(null);
    try {
      await loadDemo();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <section className="card narrow">
      <h2>{t('welcome.title')}</h2>
      <p>{t('welcome.intro')}</p>
      <ErrorBanner messages={error ? [errorText(error, t)] : []} />
      <div className="welcome-choices">
        <div className="welcome-choice">
          <button type="button" className="button primary big" data-testid="load-demo" disabled={busy} onClick={() => void onLoadDemo()}>
            {busy ? t('welcome.loadingDemo') : t('welcome.loadDemo')}
          </button>
          <p className="field-hint">{t('welcome.loadDemoHint')}</p>
        </div>
        <div className="welcome-choice">
          <button type="button" className="button big" data-testid="start-initialise" disabled={busy} onClick={() => setMode('initialise')}>
            {t('welcome.initialise')}
          </button>
          <p className="field-hint">{t('welcome.initialiseHint')}</p>
        </div>
      </div>
    </section>
  );
}
