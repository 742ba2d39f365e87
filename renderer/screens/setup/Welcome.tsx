import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { useSessionStore } from '../../stores/session-store';
import { DEMO_SITES, type DemoSite } from '../../../shared/profiles';
import { InitialiseForm } from './InitialiseForm';

const DEMO_LABELS = { 'well-station': 'profiles.demo.wellStation', 'bank-outlet': 'profiles.demo.bankOutlet', 'service-centre': 'profiles.demo.serviceCentre' } as const;

/** First run: the store has no site yet. The demo is the well station unless another demo site is chosen. */
export function Welcome() {
  const { t } = useTranslation();
  const loadDemo = useSessionStore((s) => s.loadDemo);
  const [mode, setMode] = useState<'choose' | 'initialise'>('choose');
  const [demoSite, setDemoSite] = useState<DemoSite>('well-station');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (mode === 'initialise') return <InitialiseForm onBack={() => setMode('choose')} />;

  const onLoadDemo = async () => {
    setBusy(true);
    setError(null);
    try {
      await loadDemo(demoSite);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <main className="card narrow" id="main">
      <h2>{t('welcome.title')}</h2>
      <p>{t('welcome.intro')}</p>
      <ErrorBanner messages={error ? [errorText(error, t)] : []} />
      <div className="welcome-choices">
        <div className="welcome-choice">
          <button type="button" className="button primary big" data-testid="load-demo" disabled={busy} onClick={() => void onLoadDemo()}>
            {busy ? t('welcome.loadingDemo') : t('welcome.loadDemo')}
          </button>
          <label className="field-hint">
            {t('profiles.demo.label')}{' '}
            <select data-testid="demo-site" value={demoSite} disabled={busy} onChange={(e) => setDemoSite(e.target.value as DemoSite)}>
              {DEMO_SITES.map((site) => (
                <option key={site} value={site}>
                  {t(DEMO_LABELS[site])}
                </option>
              ))}
            </select>
          </label>
          <p className="field-hint">{t('welcome.loadDemoHint')}</p>
        </div>
        <div className="welcome-choice">
          <button type="button" className="button big" data-testid="start-initialise" disabled={busy} onClick={() => setMode('initialise')}>
            {t('welcome.initialise')}
          </button>
          <p className="field-hint">{t('welcome.initialiseHint')}</p>
        </div>
      </div>
    </main>
  );
}
