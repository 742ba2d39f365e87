import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { subjectAccessWorkbook } from '../../lib/subject-access-workbook';
import { download, XLSX_TYPE } from '../../reports/report-export';

/**
 * 本人信息查阅导出: everything the site holds about this customer, in full, saved as one JSON file for the
 * customer who asked, or as a workbook that reads like the screens (in the language of the one exporting). The core registers it with the purpose typed here (seed002 客户管理制度1 第三十七条),
 * and refuses a blank purpose; the file is saved only once the entry is made.
 */
export function SubjectAccessExport({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const [purpose, setPurpose] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState<number | null>(null);

  const exportAll = async (format: 'json' | 'xlsx') => {
    setFailure(null);
    setSaved(null);
    try {
      const exported = await api.call('privacy.subjectAccess', { customerId, purpose });
      if (format === 'json') download(exported.document, `customer-${customerId}.json`, 'application/json');
      else download(await subjectAccessWorkbook(exported.document, (key, options) => String(t(key as never, options as never)), i18n.language), `customer-${customerId}.xlsx`, XLSX_TYPE);
      setSaved(exported.rowCount);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <section className="customer-file-section" data-testid="subject-access">
      <h3>{t('privacy.subjectAccess.title')}</h3>
      <p className="field-hint">{t('privacy.subjectAccess.hint')}</p>
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          void exportAll('json');
        }}
      >
        <label>
          {t('privacy.subjectAccess.purpose')} <input data-testid="subject-access-purpose" value={purpose} onChange={(e) => setPurpose(e.target.value)} />
        </label>
        <button type="submit" className="button" data-testid="subject-access-export">
          {t('privacy.subjectAccess.export')}
        </button>
        <button type="button" className="button" data-testid="subject-access-xlsx" onClick={() => void exportAll('xlsx')}>
          {t('privacy.subjectAccess.exportXlsx')}
        </button>
      </form>
      <ErrorBanner messages={failure ? [errorText(failure, t)] : []} />
      {saved !== null && <p role="status">{t('privacy.subjectAccess.saved', { count: saved })}</p>}
    </section>
  );
}
