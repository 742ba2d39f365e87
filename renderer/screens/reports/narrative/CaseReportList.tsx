import { useTranslation } from 'react-i18next';
import type { CaseListItem } from '../../../../shared/api/narrative-reports';
import { currentLanguage } from '../../../i18n/i18n';
import { formatMoment } from '../../../lib/locale-format';
import { useNarrativeReportsStore } from '../../../stores/narrative-reports-store';
import { inLang } from './narrative-text';

/** 客户重大投诉专项报告 on the 报表 page: one row per complaint of the year whose class demands one, to write, continue or read. */
export function CaseReportList({ cases }: { cases: readonly CaseListItem[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const openCase = useNarrativeReportsStore((s) => s.openCase);
  return (
    <section className="narrative-cases" data-testid="narrative-cases" aria-labelledby="narrative-cases-title">
      <h4 id="narrative-cases-title">{t('narrativeReports.casesTitle')}</h4>
      <p className="muted">{t('narrativeReports.casesHint')}</p>
      {cases.length === 0 ? (
        <p className="muted">{t('narrativeReports.casesNone')}</p>
      ) : (
        <table className="report-table narrative-list" data-testid="narrative-case-list">
          <thead>
            <tr>
              <th scope="col">{t('narrativeReports.caseComplaint')}</th>
              <th scope="col">{t('narrativeReports.caseReceived')}</th>
              <th scope="col">{t('narrativeReports.caseClass')}</th>
              <th scope="col">{t('narrativeReports.due')}</th>
              <th scope="col">{t('narrativeReports.state')}</th>
              <th scope="col">{t('narrativeReports.view')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((item) => (
              <tr key={item.complaint.id} data-testid={`narrative-case-${item.complaint.serial}`} data-state={item.state}>
                <th scope="row">{item.complaint.serial}</th>
                <td>{formatMoment(item.complaint.receivedAt, lang)}</td>
                <td>{inLang(item.complaint.classLabel, lang)}</td>
                <td>{t('narrativeReports.dueNotStated')}</td>
                <td>
                  {t(`narrativeReports.caseStates.${item.state}`)}
                  {item.issued && ` · ${t('narrativeReports.version', { version: item.issued.version })} · ${t('narrativeReports.issuedBy', { name: item.issued.issuedByName, at: formatMoment(item.issued.issuedAt, lang) })}`}
                  {item.draftId && ` · ${t('narrativeReports.draftSaved')}`}
                </td>
                <td>
                  <button type="button" className="button" onClick={() => void openCase(item)} data-testid={`narrative-case-open-${item.complaint.serial}`}>
                    {item.draftId ? t('narrativeReports.continueDraft') : item.issued ? t('narrativeReports.view') : t('narrativeReports.write')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
