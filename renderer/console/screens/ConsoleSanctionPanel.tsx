import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CONSOLE_SANCTION_PATHS, consoleSanctionRollupSchema, type ConsoleSanctionRollup } from '../../../shared/sync/console-sanctions-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { consoleCall, queryString } from '../api/console-client';
import { PeriodSiteForm, periodSiteQuery, usePeriodSiteChoice, type ConsoleSite, type PeriodSiteLabels } from './PeriodSiteFilter';
import { useConsoleResult } from './use-console-result';

const KINDS = ['month', 'quarter', 'year'] as const;

type Kind = (typeof KINDS)[number];

function sanctionFilterLabels(t: TFunction): PeriodSiteLabels<Kind> {
  return {
    period: t('sanctions.rollup.period'),
    kind: (k) => t(`sanctions.rollup.kinds.${k}`),
    site: t('reports.site'),
    allSites: t('sanctions.rollup.allSites'),
    run: t('sanctions.rollup.run'),
  };
}

/** 罚款与扣分汇总 at head office: the sites' synced ledger entries per site and person, for a month, quarter or year, every site or one. */
export function ConsoleSanctionPanel({ sites, today }: { sites: ConsoleSite[]; today: string }) {
  const { t } = useTranslation();
  const [choice, setChoice] = usePeriodSiteChoice<Kind>(today);
  const { result: rollup, error, load } = useConsoleResult<ConsoleSanctionRollup>();
  const run = () => load(() => consoleCall('GET', `${CONSOLE_SANCTION_PATHS.rollup}${queryString(periodSiteQuery(choice))}`, consoleSanctionRollupSchema));
  return (
    <section className="card" data-testid="console-sanctions" aria-label={t('sanctions.rollup.title')}>
      <h3>{t('sanctions.rollup.title')}</h3>
      <PeriodSiteForm choice={choice} onChange={setChoice} onRun={() => void run()} kinds={KINDS} sites={sites} today={today} labels={sanctionFilterLabels(t)} testId="console-sanctions" />
      {error && <ErrorBanner messages={[error]} />}
      {rollup && rollup.total.entries === 0 && <p className="muted">{t('sanctions.rollup.none')}</p>}
      {rollup && rollup.total.entries > 0 && (
        <>
          <SanctionSiteTable rollup={rollup} />
          <SanctionPersonTable rollup={rollup} sites={sites} />
        </>
      )}
    </section>
  );
}

/** Per site, with the total of every site chosen. */
function SanctionSiteTable({ rollup }: { rollup: ConsoleSanctionRollup }) {
  const { t } = useTranslation();
  return (
    <table className="report-table" data-testid="console-sanctions-sites">
      <thead>
        <tr>
          <th scope="col">{t('reports.site')}</th>
          <SumHeads />
        </tr>
      </thead>
      <tbody>
        {rollup.sites.map((s) => (
          <tr key={s.siteId}>
            <td>{s.siteCode}</td>
            <SumCells sums={s} />
          </tr>
        ))}
        <tr className="total-row">
          <td>{t('sanctions.rollup.total')}</td>
          <SumCells sums={rollup.total} />
        </tr>
      </tbody>
    </table>
  );
}

/** Per person fined or docked points, named with their site's code. */
function SanctionPersonTable({ rollup, sites }: { rollup: ConsoleSanctionRollup; sites: ConsoleSite[] }) {
  const { t } = useTranslation();
  const code = (id: string) => sites.find((s) => s.id === id)?.code ?? id;
  return (
    <table className="report-table" data-testid="console-sanctions-persons">
      <thead>
        <tr>
          <th scope="col">{t('reports.site')}</th>
          <th scope="col">{t('sanctions.rollup.person')}</th>
          <th scope="col">{t('sanctions.rollup.unit')}</th>
          <SumHeads />
        </tr>
      </thead>
      <tbody>
        {rollup.persons.map((p) => (
          <tr key={`${p.siteId}-${p.personId}`}>
            <td>{code(p.siteId)}</td>
            <td>{p.personName}</td>
            <td>{p.unit ?? ''}</td>
            <SumCells sums={p} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The three sums every row carries, headed alike in both tables. */
function SumHeads() {
  const { t } = useTranslation();
  return (
    <>
      <th scope="col">{t('sanctions.rollup.amount')}</th>
      <th scope="col">{t('sanctions.rollup.points')}</th>
      <th scope="col">{t('sanctions.rollup.count')}</th>
    </>
  );
}

/** Fines in 元 to the fen, points docked and how many ledger entries make them. */
function SumCells({ sums }: { sums: { amount: number; points: number; entries: number } }) {
  return (
    <>
      <td className="num">{sums.amount.toFixed(2)}</td>
      <td className="num">{sums.points}</td>
      <td className="num">{sums.entries}</td>
    </>
  );
}
