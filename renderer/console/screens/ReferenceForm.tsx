import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../../shared/reports/period';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useReferenceForm } from './use-reference-form';

/** Premium (元) and policy counts per site and period (篇5 6.5), checked here and again by the server. */
export function ReferenceForm({ sites, today }: { sites: { id: string; code: string; name: string }[]; today: string }) {
  const { t } = useTranslation();
  const { siteId, setSiteId, kind, setKind, key, setKey, premium, setPremium, policies, setPolicies, message, save } = useReferenceForm(sites, today);
  return (
    <form className="card report-controls" onSubmit={(e) => void save(e)} data-testid="reference-form">
      <h3>{t('reports.console.reference')}</h3>
      <p className="muted">{t('reports.console.referenceHint')}</p>
      <label>
        {t('reports.site')}
        <select value={siteId} onChange={(e) => setSiteId(e.target.value)} data-testid="reference-site">
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.code} {s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('reports.periodKind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as PeriodKind)}>
          {(['month', 'quarter', 'year'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`reports.periodKinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('reports.periodKey')}
        <input value={key} onChange={(e) => setKey(e.target.value)} size={9} data-testid="reference-key" />
      </label>
      <label>
        {t('reports.console.premium')}
        <input value={premium} onChange={(e) => setPremium(e.target.value)} inputMode="numeric" data-testid="reference-premium" />
      </label>
      <label>
        {t('reports.console.policies')}
        <input value={policies} onChange={(e) => setPolicies(e.target.value)} inputMode="numeric" data-testid="reference-policies" />
      </label>
      <button type="submit" className="button primary" data-testid="reference-save">
        {t('reports.console.save')}
      </button>
      {message && (message.ok ? <span role="status">{message.text}</span> : <ErrorBanner messages={[message.text]} />)}
    </form>
  );
}
