import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodKeyOf } from '../../../shared/reports/period';
import { CONSOLE_SANCTION_PATHS, consoleSanctionRollupSchema, type ConsoleSanctionRollup } from '../../../shared/sync/console-sanctions-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { consoleCall, queryString } from '../api/console-client';

const KINDS = ['month', 'quarter', 'year'] as const;
type Kind = (typeof KINDS)[number];

/** 罚款与扣分汇总 at head office: the sites' synced ledger entries per site and person, for a month, quarter or year, every site or one. */
export function ConsoleSanctionPanel({ sites, today }: { sites: { id: string; code: string; name: string }[]; today: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('month');
  const [key, setKey] = useState(periodKeyOf('month', today));
  const [siteId, setSiteId] = useState('');
  const [rollup, setRollup] = useState<ConsoleSanctionRollup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      setRollup(await consoleCall('GET', `${CONSOLE_SANCTION_PATHS.rollup}${queryString({ kind, key: key.trim(), ...(siteId ? { siteId } : {}) })}`, consoleSanctionRollupSchema));
      setError(null);
    } catch (err) {
      setRollup(null);
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const code = (id: string) => sites.find((s) => s.id === id)?.code ?? id;
  return (
    <section className="card" data-testid="console-sanctions" aria-label={t('sanctions.rollup.title')}>
      <h3>{t('sanctions.rollup.title')}</h3>
      <form className="report-controls toolbar" onSubmit={(e) => void run(e)}>
        <label>
          {t('sanctions.rollup.period')}
          <select
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as Kind);
              setKey(periodKeyOf(e.target.value as Kind, today));
            }}
            data-testid="console-sanctions-kind"
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`sanctions.rollup.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reports.periodKey')}
          <input value={key} onChange={(e) => setKey(e.target.value)} size={9} data-testid="console-sanctions-key" />
        </label>
        <label>
          {t('reports.site')}
          <select value={siteId} onChange={(e) => setSiteId(e.target.value)} data-testid="console-sanctions-site">
            <option value="">{t('sanctions.rollup.allSites')}</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.code} {s.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button primary" data-testid="console-sanctions-run">
          {t('sanctions.rollup.run')}
        </button>
      </form>
      {error && <ErrorBanner messages={[error]} />}
      {rollup && rollup.total.entries === 0 && <p className="muted">{t('sanctions.rollup.none')}</p>}
      {rollup && rollup.total.entries > 0 && (
        <>
          <table className="report-table" data-testid="console-sanctions-sites">
            <thead>
              <tr>
                <th scope="col">{t('reports.site')}</th>
                <th scope="col">{t('sanctions.rollup.amount')}</th>
                <th scope="col">{t('sanctions.rollup.points')}</th>
                <th scope="col">{t('sanctions.rollup.count')}</th>
              </tr>
            </thead>
            <tbody>
              {rollup.sites.map((s) => (
                <tr key={s.siteId}>
                  <td>{s.siteCode}</td>
                  <td className="num">{s.amount.toFixed(2)}</td>
                  <td className="num">{s.points}</td>
                  <td className="num">{s.entries}</td>
                </tr>
              ))}
              <tr className="total-row">
                <td>{t('sanctions.rollup.total')}</td>
                <td className="num">{rollup.total.amount.toFixed(2)}</td>
                <td className="num">{rollup.total.points}</td>
                <td className="num">{rollup.total.entries}</td>
              </tr>
            </tbody>
          </table>
          <table className="report-table" data-testid="console-sanctions-persons">
            <thead>
              <tr>
                <th scope="col">{t('reports.site')}</th>
                <th scope="col">{t('sanctions.rollup.person')}</th>
                <th scope="col">{t('sanctions.rollup.unit')}</th>
                <th scope="col">{t('sanctions.rollup.amount')}</th>
                <th scope="col">{t('sanctions.rollup.points')}</th>
                <th scope="col">{t('sanctions.rollup.count')}</th>
              </tr>
            </thead>
            <tbody>
              {rollup.persons.map((p) => (
                <tr key={`${p.siteId}-${p.personId}`}>
                  <td>{code(p.siteId)}</td>
                  <td>{p.personName}</td>
                  <td>{p.unit ?? ''}</td>
                  <td className="num">{p.amount.toFixed(2)}</td>
                  <td className="num">{p.points}</td>
                  <td className="num">{p.entries}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
