import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportCase, ReportResult } from '../../shared/reports/result';
import { collectCases, download, reportCsv, reportWorkbook, XLSX_TYPE } from './report-export';
import { useReportLabels } from './use-report-labels';
import { caseHeader, caseRow } from './case-cells';

export type CasePageFetcher = (after: ReportCase | null) => Promise<{ cases: ReportCase[]; total: number | null; hasMore: boolean }>;

/**
 * xlsx and CSV of the report on screen. The xlsx also carries every case of
 * the period (fetched page by page: a progress bar, and 取消 stops it between
 * pages and saves nothing).
 */
export function ExportBar({ result, fileStem, fetchCases }: { result: ReportResult; fileStem: string; fetchCases: CasePageFetcher }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [note, setNote] = useState('');
  const abort = useRef<AbortController | null>(null);
  const exportXlsx = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setNote('');
    setProgress({ done: 0, total: 0 });
    try {
      const cases = await collectCases(fetchCases, (done, total) => setProgress({ done, total }), controller.signal);
      if (!cases) {
        setNote(t('reports.cancelled'));
        return;
      }
      const bytes = await reportWorkbook(result, labels, { header: caseHeader(t), rows: cases.map((c) => caseRow(c, labels, t)) });
      download(bytes, `${fileStem}.xlsx`, XLSX_TYPE);
      setNote(t('reports.exported', { file: `${fileStem}.xlsx` }));
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };
  const exportCsv = () => {
    download(reportCsv(result, labels), `${fileStem}.csv`, 'text/csv;charset=utf-8');
    setNote(t('reports.exported', { file: `${fileStem}.csv` }));
  };
  return (
    <div className="toolbar no-print" data-testid="report-export">
      <button type="button" className="button" onClick={() => void exportXlsx()} disabled={progress !== null} data-testid="export-xlsx">
        {t('reports.exportXlsx')}
      </button>
      <button type="button" className="button" onClick={exportCsv} disabled={progress !== null} data-testid="export-csv">
        {t('reports.exportCsv')}
      </button>
      <button type="button" className="button ghost" onClick={() => window.print()} data-testid="report-print">
        {t('reports.print')}
      </button>
      {progress && (
        <span className="export-progress" role="status">
          <progress max={Math.max(progress.total, 1)} value={progress.done} data-testid="export-progress" />
          {t('reports.exporting', progress)}
          <button type="button" className="button ghost" onClick={() => abort.current?.abort()} data-testid="export-cancel">
            {t('reports.cancel')}
          </button>
        </span>
      )}
      {note && <span className="muted" role="status">{note}</span>}
    </div>
  );
}
