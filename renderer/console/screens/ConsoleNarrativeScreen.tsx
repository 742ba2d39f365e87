import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSOLE_NARRATIVE_PATHS, consoleNarrativeVersionSchema, type ConsoleNarrativeVersion } from '../../../shared/sync/console-narrative-api';
import { findPack } from '../../../shared/rules/packs';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useCitation } from '../../components/SourceCitation';
import { currentLanguage } from '../../i18n/i18n';
import { formatCalendarDate, formatMoment } from '../../lib/locale-format';
import { ReportVocabulary } from '../../reports/report-vocabulary';
import { inLang, periodLabel, signerText } from '../../screens/reports/narrative/narrative-text';
import { NarrativePrint } from '../../screens/reports/narrative/NarrativePrint';
import { NarrativeStatistics } from '../../screens/reports/narrative/NarrativeStatistics';
import { CaseFactsView } from '../../screens/reports/narrative/CaseFactsView';
import { usePrint } from '../../screens/checklists/print/use-print';
import { consoleCall } from '../api/console-client';
import { useConsoleNav } from '../stores/console-nav-store';

/**
 * One analysis report a site issued, read-only at head office: its frozen
 * statistics and section texts exactly as synced, and the site's own A4 print
 * (a direct child of the page, so the paper style sheet prints it alone).
 */
export function ConsoleNarrativeScreen({ siteId, id }: { siteId: string; id: string }) {
  const { t } = useTranslation();
  const go = useConsoleNav((s) => s.go);
  const [report, setReport] = useState<ConsoleNarrativeVersion | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { print } = usePrint();
  useEffect(() => {
    consoleCall('GET', CONSOLE_NARRATIVE_PATHS.version(siteId, id), consoleNarrativeVersionSchema).then(setReport, (failure: Error) => setError(failure.message));
  }, [siteId, id]);
  return (
    <section className="page" data-testid="console-narrative-report">
      <button type="button" className="link-button" onClick={() => go({ page: 'reports' })}>
        ← {t('consoleNarrative.back')}
      </button>
      <ErrorBanner messages={error ? [error] : []} />
      {report && (
        // Class and cause codes in the words of the pack the report was written under, on screen and on paper.
        <ReportVocabulary.Provider value={{ pack: (report.rulePackId && findPack(report.rulePackId)) || null, siteNames: {} }}>
          <ReportView report={report} siteId={siteId} onPrint={() => print('filled')} />
          <NarrativePrint version={report.version} kind={report.kind} site={report.site} />
        </ReportVocabulary.Provider>
      )}
    </section>
  );
}

function ReportView({ report, siteId, onPrint }: { report: ConsoleNarrativeVersion; siteId: string; onPrint: () => void }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const lang = currentLanguage();
  const { version, kind, site } = report;
  return (
    <article className="narrative-view">
      <header className="page-header">
        <h2 className="page-title">
          {inLang(kind.title, lang)}
          {version.period && ` · ${periodLabel(version.period, lang)}`}
          {version.complaint && ` · ${version.complaint.serial}`}
        </h2>
        <button type="button" className="button primary" onClick={onPrint} data-testid="console-narrative-print">
          {t('consoleNarrative.print')}
        </button>
      </header>
      <p className="muted">{t('consoleNarrative.readOnly')}</p>
      <dl className="report-meta">
        <dt>{t('consoleNarrative.site')}</dt>
        <dd>
          {site.code} {site.name}
        </dd>
        {version.complaint && <ComplaintLink siteId={siteId} complaint={version.complaint} />}
        <dt>{t('consoleNarrative.version')}</dt>
        <dd data-testid="console-narrative-version">{t('consoleNarrative.versionN', { version: version.version })}</dd>
        {version.replaces && (
          <dd data-testid="console-narrative-correction">{t('consoleNarrative.correction', { version: version.replaces.version, reason: version.correctionReason ?? '' })}</dd>
        )}
        <dt>{t('consoleNarrative.due')}</dt>
        <dd>{version.dueDate ? formatCalendarDate(version.dueDate, lang) : t('consoleNarrative.dueNotStated')}</dd>
        <dt>{t('narrativeReports.signer')}</dt>
        <dd>{signerText(kind, lang, t)}</dd>
        {version.issued && (
          <>
            <dt>{t('consoleNarrative.issued')}</dt>
            <dd data-testid="console-narrative-issued">{t('narrativeReports.issuedBy', { name: version.issued.byName, at: formatMoment(version.issued.at, lang) })}</dd>
          </>
        )}
        <dt>{t('narrativeReports.source')}</dt>
        <dd>{cite(kind.source)}</dd>
      </dl>
      {version.issued && <p className="muted">{t('narrativeReports.statisticsFrozen', { at: formatMoment(version.issued.at, lang) })}</p>}
      {version.statistics && <NarrativeStatistics statistics={version.statistics} />}
      {version.caseFacts && <CaseFactsView facts={version.caseFacts} />}
      <div className="narrative-sections" data-testid="console-narrative-sections">
        {kind.sections.map((section) => (
          <section key={section.id}>
            <h4>{inLang(section.heading, lang)}</h4>
            <p className="narrative-text">{version.sections[section.id] ?? ''}</p>
          </section>
        ))}
      </div>
    </article>
  );
}

/** A case report names its complaint: head office opens the complaint's detail from here. */
function ComplaintLink({ siteId, complaint }: { siteId: string; complaint: { id: string; serial: string } }) {
  const { t } = useTranslation();
  const go = useConsoleNav((s) => s.go);
  return (
    <>
      <dt>{t('consoleNarrative.complaint')}</dt>
      <dd>
        <button type="button" className="link-button" onClick={() => go({ page: 'complaint', siteId, id: complaint.id })} data-testid="console-narrative-complaint">
          {t('consoleNarrative.openComplaint', { serial: complaint.serial })}
        </button>
      </dd>
    </>
  );
}
