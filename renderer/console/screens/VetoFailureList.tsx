import { useTranslation } from 'react-i18next';
import type { OverviewResponse } from '../../../shared/sync/console-reports-api';
import { currentLanguage } from '../../i18n/i18n';
import { formatMoment } from '../../lib/locale-format';
import { useConsoleNav } from '../stores/console-nav-store';

/**
 * 否决项不合格: completed checklists of the last 30 days in which a veto item
 * failed — one is enough to disqualify a grade whatever the score (seed004 §A
 * 第五条) — each opening its result. Ticked and computed vetoes alike (a count
 * over the source's number, an accident's cool-off not yet passed), each as
 * the site's grading words it (failedVetoes, shared/checklists/record-score.ts).
 */
export function VetoFailureList({ failures, siteLabel }: { failures: OverviewResponse['vetoFailures']; siteLabel: (siteId: string) => string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const text = (b: { zh: string; en: string }) => (lang === 'en' ? b.en : b.zh);
  const go = useConsoleNav((s) => s.go);
  return (
    <>
      <h3>{t('reports.console.vetoFailures')}</h3>
      {failures.length === 0 ? (
        <p data-testid="overview-veto-none">{t('reports.console.vetoNone')}</p>
      ) : (
        <table className="report-table" data-testid="overview-veto-failures">
          <thead>
            <tr>
              <th scope="col">{t('reports.site')}</th>
              <th scope="col">{t('reports.console.checklist')}</th>
              <th scope="col">{t('reports.console.completedAt')}</th>
              <th scope="col">{t('reports.console.failedVetoItems')}</th>
            </tr>
          </thead>
          <tbody>
            {failures.map((f) => (
              <tr key={`${f.siteId}/${f.recordId}`} data-record={f.recordId}>
                <th scope="row">{siteLabel(f.siteId)}</th>
                <td>
                  <button type="button" className="link-button" data-testid="open-veto-checklist" onClick={() => go({ page: 'checklist', siteId: f.siteId, id: f.recordId })}>
                    {text(f.templateTitle)}
                  </button>
                </td>
                <td>{formatMoment(f.completedAt, lang)}</td>
                <td className="missed">{f.items.map(text).join(lang === 'en' ? '; ' : '；')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
