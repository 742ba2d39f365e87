import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printA4 } from './print-a4';
import { download, XLSX_TYPE } from './report-export';

/**
 * xlsx, CSV and A4 print of a panel's tables that are all on screen already
 * (a circular, a sanction roll-up): nothing to fetch page by page, so no
 * progress bar (that is ExportBar's, for a report's cases). `printClass` is
 * the body class the panel's print stylesheet keys on.
 */
export function TablesExportBar({ stem, workbook, csv, printClass, testIdPrefix }: { stem: string; workbook: () => Promise<Uint8Array>; csv: () => string; printClass: string; testIdPrefix: string }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const exportXlsx = async () => {
    download(await workbook(), `${stem}.xlsx`, XLSX_TYPE);
    setNote(t('reports.exported', { file: `${stem}.xlsx` }));
  };
  const exportCsv = () => {
    download(csv(), `${stem}.csv`, 'text/csv;charset=utf-8');
    setNote(t('reports.exported', { file: `${stem}.csv` }));
  };
  return (
    <div className="toolbar no-print">
      <button type="button" className="button" onClick={() => void exportXlsx()} data-testid={`${testIdPrefix}-xlsx`}>
        {t('reports.exportXlsx')}
      </button>
      <button type="button" className="button" onClick={exportCsv} data-testid={`${testIdPrefix}-csv`}>
        {t('reports.exportCsv')}
      </button>
      <button type="button" className="button ghost" onClick={() => printA4(printClass)} data-testid={`${testIdPrefix}-print`}>
        {t('reports.printA4')}
      </button>
      {note && (
        <span className="muted" role="status">
          {note}
        </span>
      )}
    </div>
  );
}
