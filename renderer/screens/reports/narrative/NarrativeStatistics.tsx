import { useTranslation } from 'react-i18next';
import type { ReportResult } from '../../../../shared/reports/result';
import { formatShare, formatValue, targetText } from '../../../reports/report-format';
import { useReportLabels } from '../../../reports/use-report-labels';

/** A narrative report's numbers: each measure's value for the whole period against its target, then each embedded table's totals and shares. Screen and paper alike. */
export function NarrativeStatistics({ statistics }: { statistics: ReportResult }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  return (
    <div className="narrative-statistics" data-testid="narrative-statistics">
      <table className="report-table" data-testid="narrative-measures">
        <caption>{t('narrativeReports.statistics')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('narrativeReports.measure')}</th>
            <th scope="col">{t('narrativeReports.value')}</th>
            <th scope="col">{t('narrativeReports.target')}</th>
          </tr>
        </thead>
        <tbody>
          {statistics.measures.map((head) => {
            const value = statistics.total[head.measure];
            return (
              <tr key={head.measure} data-measure={head.measure}>
                <th scope="row">{labels.measure(head)}</th>
                <td className="num">{formatValue(head, value?.value ?? null)}</td>
                <td className={value?.met === false ? 'missed' : ''}>{targetText(head)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {statistics.tables.map((table) => (
        <table key={table.dimension} className="report-table" data-dimension={table.dimension}>
          <caption>{labels.dimension(table.dimension)}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.dimension(table.dimension)}</th>
              <th scope="col">{labels.total}</th>
              <th scope="col">{labels.share}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.value ?? ''}>
                <th scope="row">{labels.value(table.dimension, row.value, row.label)}</th>
                <td className="num">{row.total}</td>
                <td className="num">{formatShare(row.share)}</td>
              </tr>
            ))}
            <tr className="total-row">
              <th scope="row">{labels.total}</th>
              <td className="num">{table.total}</td>
              <td />
            </tr>
          </tbody>
        </table>
      ))}
    </div>
  );
}
