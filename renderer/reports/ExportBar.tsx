import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportCase, ReportResult } from '../../shared/reports/result';
import { errorText } from '../lib/error-text';
import { collectCases, download, reportCsv, reportWorkbook, XLSX_TYPE, type ExtraTable } from './report-export';
import { useReportLabels } from './use-report-labels';
import { caseHeader, caseRow } from './case-cells';

export type CasePageFetcher = (after: ReportCase | null) => Promise<{ cases: ReportCase[]; total: number | null; hasMore: boolean }>;

/** Registers an export before the file is saved (the site's register of bulk exports, issue 19 §4); a refusal stops the export. */
export type ExportRecorder = (exported: { subject: string; rowCount: number; reason?: string }) => Promise<void>;

/**
 * xlsx and CSV of the report on screen. The xlsx also carries every case of
 * the period (fetched page by page: a progress bar, and 取消 stops it between
 * pages and saves nothing). With `recordExport`, each export is first entered
 * in the register of bulk exports with the purpose typed here
 * (seed002 客户管理制度1 第三十七条: 批量导出 recorded with 人员、时间、地点和事项).
 */
export function ExportBar({
  result,
  fileStem,
  fetchCases,
  recordExport,
  extraTables = [],
}: {
  result: ReportResult;
  fileStem: string;
  fetchCases: CasePageFetcher;
  recordExport?: ExportRecorder;
  /** Tables shown beside the report (the notification rates), exported with it. */
  extraTables?: readonly ExtraTable[];
}) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [note, setNote] = useState('');
  const [purpose, setPurpose] = useState('');
  /** False when the register refused the export: nothing is saved then. */
  const registered = async (subject: string, rowCount: number): Promise<boolean> => {
    if (!recordExport) return true;
    try {
      await recordExport({ subject, rowCount, ...(purpose.trim() ? { reason: purpose.trim() } : {}) });
      return true;
    } catch (error) {
      setNote(errorText(error, t));
      return false;
    }
  };
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
      const bytes = await reportWorkbook(result, labels, { header: caseHeader(t), rows: cases.map((c) => caseRow(c, labels, t)) }, extraTables);
      if (!(await registered(`${fileStem}.xlsx`, cases.length))) return;
      download(bytes, `${fileStem}.xlsx`, XLSX_TYPE);
      setNote(t('reports.exported', { file: `${fileStem}.xlsx` }));
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };
  const exportCsv = async () => {
    const csv = reportCsv(result, labels, extraTables);
    const dataLines = csv.split('\n').filter((line) => line.trim() !== '').length - 1;
    if (!(await registered(`${fileStem}.csv`, Math.max(dataLines, 0)))) return;
    download(csv, `${fileStem}.csv`, 'text/csv;charset=utf-8');
    setNote(t('reports.exported', { file: `${fileStem}.csv` }));
  };
  return (
    <div className="toolbar no-print" data-testid="report-export">
      <button type="button" className="button" onClick={() => void exportXlsx()} disabled={progress !== null} data-testid="export-xlsx">
        {t('reports.exportXlsx')}
      </button>
      {recordExport && (
        <label className="export-purpose">
          {t('privacy.exportReason')}{' '}
          <input data-testid="export-purpose" maxLength={200} value={purpose} onChange={(e) => setPurpose(e.target.value)} title={t('privacy.exportReasonHint')} />
        </label>
      )}
      <button type="button" className="button" onClick={() => void exportCsv()} disabled={progress !== null} data-testid="export-csv">
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
