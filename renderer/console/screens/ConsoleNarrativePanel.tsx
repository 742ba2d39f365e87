import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { NARRATIVE_REPORT_KINDS } from '../../../shared/reports/narrative';
import { NARRATIVE_PERIOD_KINDS, type ConsoleNarrativeList, type ConsoleNarrativeRow } from '../../../shared/sync/console-narrative-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { currentLanguage } from '../../i18n/i18n';
import { formatCalendarDate, formatMoment } from '../../lib/locale-format';
import { inLang } from '../../screens/reports/narrative/narrative-text';
import { useConsoleNav } from '../stores/console-nav-store';
import { useConsoleNarrativeStore } from '../stores/console-narrative-store';
import { PeriodSiteForm, periodSiteQuery, usePeriodSiteChoice, type ConsoleSite, type PeriodSiteLabels } from './PeriodSiteFilter';

const COUNTED = ['onTime', 'late', 'overdue', 'due', 'open'] as const;

/** The analysis and case report panels ask their period and site in the same words. */
export function narrativeFilterLabels(t: TFunction): PeriodSiteLabels<(typeof NARRATIVE_PERIOD_KINDS)[number]> {
  return {
    period: t('consoleNarrative.period'),
    kind: (k) => t(`consoleNarrative.kinds.${k}`),
    site: t('consoleNarrative.site'),
    allSites: t('consoleNarrative.allSites'),
    run: t('consoleNarrative.run'),
  };
}

/**
 * 分析报告收报情况 at head office: for a month, quarter or year, every site and
 * every analysis report its rule pack writes, received (on time or late, the
 * newest version and the correction it makes) or not, with the counts on top.
 */
export function ConsoleNarrativePanel({ sites, today }: { sites: ConsoleSite[]; today: string }) {
  const { t } = useTranslation();
  const { query, list, error, run } = useConsoleNarrativeStore();
  const [choice, setChoice] = usePeriodSiteChoice(today, query ?? undefined);
  const [kindId, setKindId] = useState(query?.kindId ?? '');
  const lang = currentLanguage();
  return (
    <section className="card" data-testid="console-narrative" aria-label={t('consoleNarrative.title')}>
      <h3>{t('consoleNarrative.title')}</h3>
      <p className="muted">{t('consoleNarrative.hint')}</p>
      <PeriodSiteForm
        choice={choice}
        onChange={setChoice}
        onRun={() => void run({ ...periodSiteQuery(choice), ...(kindId ? { kindId } : {}) })}
        kinds={NARRATIVE_PERIOD_KINDS}
        sites={sites}
        today={today}
        labels={narrativeFilterLabels(t)}
        testId="console-narrative"
      >
        <label>
          {t('consoleNarrative.report')}
          <select value={kindId} onChange={(e) => setKindId(e.target.value)} data-testid="console-narrative-report">
            <option value="">{t('consoleNarrative.allReports')}</option>
            {NARRATIVE_REPORT_KINDS.map((k) => (
              <option key={k.id} value={k.id}>
                {inLang(k.title, lang)}
              </option>
            ))}
          </select>
        </label>
      </PeriodSiteForm>
      {error && <ErrorBanner messages={[error]} />}
      {list && <NarrativeList list={list} />}
    </section>
  );
}

function NarrativeList({ list }: { list: ConsoleNarrativeList }) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="narrative-counts" data-testid="console-narrative-counts">
        {COUNTED.map((state) => (
          <li key={state} data-state={state}>
            {t(`consoleNarrative.counts.${state}`)} <strong>{list.counts[state]}</strong>
          </li>
        ))}
      </ul>
      {list.sitesWithoutPack.length > 0 && <p className="muted">{t('consoleNarrative.sitesWithoutPack', { sites: list.sitesWithoutPack.map((s) => `${s.code} ${s.name}`).join('、') })}</p>}
      {list.rows.length === 0 ? (
        <p className="muted">{t('consoleNarrative.none')}</p>
      ) : (
        <table className="report-table" data-testid="console-narrative-rows">
          <thead>
            <tr>
              <th scope="col">{t('consoleNarrative.site')}</th>
              <th scope="col">{t('consoleNarrative.report')}</th>
              <th scope="col">{t('consoleNarrative.due')}</th>
              <th scope="col">{t('consoleNarrative.state')}</th>
              <th scope="col">{t('consoleNarrative.version')}</th>
              <th scope="col">{t('consoleNarrative.issued')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <NarrativeRow key={`${row.siteId}-${row.kindId}`} row={row} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function NarrativeRow({ row }: { row: ConsoleNarrativeRow }) {
  const { t } = useTranslation();
  const go = useConsoleNav((s) => s.go);
  const lang = currentLanguage();
  const received = row.received;
  return (
    <tr data-state={row.state} data-site={row.siteCode}>
      <td>
        {row.siteCode} {row.siteName}
      </td>
      <td>{inLang(row.title, lang)}</td>
      <td>{row.dueDate ? formatCalendarDate(row.dueDate, lang) : t('consoleNarrative.dueNotStated')}</td>
      <td className={`narrative-state narrative-state-${row.state}`}>{t(`consoleNarrative.states.${row.state}`)}</td>
      <td>
        {received && t('consoleNarrative.versionN', { version: received.version })}
        {received?.correction && <div className="muted">{t('consoleNarrative.correction', { version: received.correction.replacesVersion, reason: received.correction.reason })}</div>}
      </td>
      <td>{received && t('consoleNarrative.issuedBy', { role: t(`roles.${received.issuedRole}`, { defaultValue: received.issuedRole }), name: received.issuedByName, at: formatMoment(received.issuedAt, lang) })}</td>
      <td>
        {received && (
          <button type="button" className="button" onClick={() => go({ page: 'narrativeReport', siteId: row.siteId, id: received.id })}>
            {t('consoleNarrative.view')}
          </button>
        )}
      </td>
    </tr>
  );
}
