import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSOLE_CASE_REPORT_PATHS, consoleCaseReportListSchema, type ConsoleCaseReportRow } from '../../../shared/sync/console-case-reports-api';
import { currentLanguage } from '../../i18n/i18n';
import { formatMoment } from '../../lib/locale-format';
import { consoleCall, queryString } from '../api/console-client';
import { useConsoleNav } from '../stores/console-nav-store';

/**
 * On a complaint's console detail: its 专项报告 when head office has received
 * one (the newest version), opening the frozen report. Nothing is shown when
 * none arrived: most complaints' classes ask for none, and the site's own
 * page says whether one is due.
 */
export function ComplaintCaseReportLink({ siteId, complaintId }: { siteId: string; complaintId: string }) {
  const { t } = useTranslation();
  const go = useConsoleNav((s) => s.go);
  const lang = currentLanguage();
  const [reports, setReports] = useState<ConsoleCaseReportRow[]>([]);
  useEffect(() => {
    let live = true;
    setReports([]);
    // A failure leaves the link out: the complaint's detail stands on its own.
    consoleCall('GET', `${CONSOLE_CASE_REPORT_PATHS.list}${queryString({ siteId, complaintId })}`, consoleCaseReportListSchema).then(
      (list) => live && setReports(list.rows),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [siteId, complaintId]);
  if (reports.length === 0) return null;
  return (
    <>
      <h3>{t('consoleNarrative.cases.ofComplaint')}</h3>
      <ul data-testid="complaint-case-reports">
        {reports.map((report) => (
          <li key={report.received.id}>
            <button type="button" className="link-button" onClick={() => go({ page: 'narrativeReport', siteId, id: report.received.id })} data-testid="complaint-case-report-link">
              {t('consoleNarrative.cases.openReport', { version: report.received.version, at: formatMoment(report.received.issuedAt, lang) })}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
