import { useTranslation } from 'react-i18next';
import type { ReportCase } from '../../../shared/reports/result';
import { caseHeader, caseRow } from '../../reports/case-cells';
import type { CellRef } from '../../reports/ReportView';
import { useReportLabels } from '../../reports/use-report-labels';
import type { ConsoleSite } from './PeriodSiteFilter';

/** The cases behind the cell opened last, each named with its site's code first. */
export function ConsoleReportCases({ cell, cases, sites }: { cell: CellRef; cases: ReportCase[]; sites: ConsoleSite[] }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  return (
    <section className="card" data-testid="console-report-cases">
      <h3>{t('reports.casesOf', { what: cell.title, total: cases.length })}</h3>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.site')}</th>
            {caseHeader(t).map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={`${c.siteId}-${c.complaintId}`}>
              <td>{sites.find((s) => s.id === c.siteId)?.code ?? c.siteId}</td>
              {caseRow(c, labels, t).map((v, i) => (
                <td key={i}>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
