import { useTranslation } from 'react-i18next';
import type { ConsoleCaseReportList, ConsoleCaseReportRow } from '../../../shared/sync/console-case-reports-api';
import { NARRATIVE_PERIOD_KINDS } from '../../../shared/sync/console-narrative-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { currentLanguage } from '../../i18n/i18n';
import { formatMoment } from '../../lib/locale-format';
import { inLang } from '../../screens/reports/narrative/narrative-text';
import { useConsoleNav } from '../stores/console-nav-store';
import { CASE_REPORT_PAGE, useConsoleCaseReportsStore } from '../stores/console-case-reports-store';
import { narrativeFilterLabels } from './ConsoleNarrativePanel';
import { PeriodSiteForm, periodSiteQuery, usePeriodSiteChoice, type ConsoleSite } from './PeriodSiteFilter';
import { Pager } from './Pager';

/**
 * 专项报告收报情况 at head office: the case reports (one per major complaint,
 * seed003 篇6 第三十八条(一)7) the sites issued in a month, quarter or year,
 * by site, with their newest version and who signed it; 查看 opens the frozen
 * version read-only with its A4 print.
 */
export function ConsoleCaseReportsPanel({ sites, today }: { sites: ConsoleSite[]; today: string }) {
  const { t } = useTranslation();
  const { query, list, error, run } = useConsoleCaseReportsStore();
  const [choice, setChoice] = usePeriodSiteChoice(today, query ?? undefined);
  return (
    <section className="card" data-testid="console-case-reports" aria-label={t('consoleNarrative.cases.title')}>
      <h3>{t('consoleNarrative.cases.title')}</h3>
      <p className="muted">{t('consoleNarrative.cases.hint')}</p>
      <PeriodSiteForm
        choice={choice}
        onChange={setChoice}
        onRun={() => void run({ ...periodSiteQuery(choice), offset: 0 })}
        kinds={NARRATIVE_PERIOD_KINDS}
        sites={sites}
        today={today}
        labels={narrativeFilterLabels(t)}
        testId="console-case-reports"
      />
      {error && <ErrorBanner messages={[error]} />}
      {list && query && <CaseReportTable list={list} onPage={(offset) => void run({ ...query, offset })} />}
    </section>
  );
}

function CaseReportTable({ list, onPage }: { list: ConsoleCaseReportList; onPage(offset: number): void }) {
  const { t } = useTranslation();
  return (
    <>
      <p data-testid="console-case-reports-count">{t('consoleNarrative.cases.count', { count: list.total })}</p>
      {list.rows.length > 0 && (
        <table className="report-table" data-testid="console-case-reports-rows">
          <thead>
            <tr>
              <th scope="col">{t('consoleNarrative.site')}</th>
              <th scope="col">{t('consoleNarrative.cases.serial')}</th>
              <th scope="col">{t('consoleNarrative.cases.class')}</th>
              <th scope="col">{t('consoleNarrative.version')}</th>
              <th scope="col">{t('consoleNarrative.issued')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <CaseReportRow key={`${row.siteId}-${row.complaint.id}-${row.kindId}`} row={row} />
            ))}
          </tbody>
        </table>
      )}
      <Pager offset={list.offset} pageSize={CASE_REPORT_PAGE} shown={list.rows.length} total={list.total} onPage={onPage} />
    </>
  );
}

function CaseReportRow({ row }: { row: ConsoleCaseReportRow }) {
  const { t } = useTranslation();
  const go = useConsoleNav((s) => s.go);
  const lang = currentLanguage();
  const { received } = row;
  return (
    <tr data-site={row.siteCode} data-serial={row.complaint.serial}>
      <td>
        {row.siteCode} {row.siteName}
      </td>
      <td>{row.complaint.serial}</td>
      <td>{row.classLabel ? inLang(row.classLabel, lang) : ''}</td>
      <td>
        {t('consoleNarrative.versionN', { version: received.version })}
        {received.correction && <div className="muted">{t('consoleNarrative.correction', { version: received.correction.replacesVersion, reason: received.correction.reason })}</div>}
      </td>
      <td>{t('consoleNarrative.issuedBy', { role: t(`roles.${received.issuedRole}`, { defaultValue: received.issuedRole }), name: received.issuedByName, at: formatMoment(received.issuedAt, lang) })}</td>
      <td>
        <button type="button" className="button" onClick={() => go({ page: 'narrativeReport', siteId: row.siteId, id: received.id })} aria-label={t('consoleNarrative.cases.viewOf', { serial: row.complaint.serial })}>
          {t('consoleNarrative.view')}
        </button>
      </td>
    </tr>
  );
}
