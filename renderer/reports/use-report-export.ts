import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportResult } from '../../shared/reports/result';
import { errorText } from '../lib/error-text';
import type { CasePageFetcher, ExportRecorder } from './ExportBar';
import { caseHeader, caseRow } from './case-cells';
import { collectCases, download, reportCsv, reportWorkbook, XLSX_TYPE, type ExtraTable } from './report-export';
import { useReportLabels } from './use-report-labels';

interface ExportOptions {
  result: ReportResult;
  fileStem: string;
  fetchCases: CasePageFetcher;
  recordExport?: ExportRecorder | undefined;
  extraTables: readonly ExtraTable[];
}

/** The export bar's work: xlsx (with every case, fetched page by page, cancellable) and CSV, each registered first when asked. */
export function useReportExport({ result, fileStem, fetchCases, recordExport, extraTables }: ExportOptions) {
  const { t } = useTranslation();
  const abort = useRef<AbortController | null>(null);
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
  const cancel = () => abort.current?.abort();
  return { progress, note, purpose, setPurpose, exportXlsx, exportCsv, cancel };
}
