import { useTranslation } from 'react-i18next';
import type { ReportCase, ReportResult } from '../../shared/reports/result';
import type { ExtraTable } from './report-export';
import { useReportExport } from './use-report-export';

export type CasePageFetcher = (after: ReportCase | null) => Promise<{ cases: ReportCase[]; total: number | null; hasMore: boolean }>;

/** Registers an export before the file is saved (the site's register of bulk exports, issue 19 §4); a refusal stops the export. */
export type ExportRecorder = (exported: { subject: string; rowCount: number; reason?: string }) => Promise<void>;

interface ExportBarProps {
  result: ReportResult;
  fileStem: string;
  fetchCases: CasePageFetcher;
  recordExport?: ExportRecorder;
  /** Tables shown beside the report (the notification rates), exported with it. */
  extraTables?: readonly ExtraTable[];
}

/**
 * xlsx and CSV of the report on screen. The xlsx also carries every case of
 * the period (fetched page by page: a progress bar, and 取消 stops it between
 * pages and saves nothing). With `recordExport`, each export is first entered
 * in the register of bulk exports with the purpose typed here
 * (seed002 客户管理制度1 第三十七条: 批量导出 recorded with 人员、时间、地点和事项).
 */
export function ExportBar({ result, fileStem, fetchCases, recordExport, extraTables = [] }: ExportBarProps) {
  const { t } = useTranslation();
  const { progress, note, purpose, setPurpose, exportXlsx, exportCsv, cancel } = useReportExport({ result, fileStem, fetchCases, recordExport, extraTables });
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
          <button type="button" className="button ghost" onClick={cancel} data-testid="export-cancel">
            {t('reports.cancel')}
          </button>
        </span>
      )}
      {note && <span className="muted" role="status">{note}</span>}
    </div>
  );
}
