import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSOLE_PATHS } from '../../../shared/sync/console-api';
import { TRANSFER_EXTENSION, transferImportResponseSchema, type TransferImportResponse } from '../../../shared/sync/transfer-file';
import { ErrorBanner } from '../../components/ErrorBanner';
import { consoleUpload } from '../api/console-client';

/**
 * A site without network brings its outbox on a USB stick: head office
 * imports the file here (applied exactly as a push; the same file twice
 * changes nothing) and saves the reply file for the stick, which the site
 * imports to mark its entries sent and take the reference data published since.
 */
export function TransfersScreen() {
  const { t } = useTranslation();
  const [result, setResult] = useState<TransferImportResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await consoleUpload(CONSOLE_PATHS.transfers, file, transferImportResponseSchema));
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page">
      <header className="page-header">
        <h2 className="page-title">{t('console.transfers.title')}</h2>
      </header>
      <p className="lead">{t('console.transfers.lead')}</p>
      <div className="panel">
        <label className="button primary" htmlFor="transfer-file">
          {t('console.transfers.choose')}
          <input id="transfer-file" type="file" accept={`${TRANSFER_EXTENSION},application/octet-stream`} className="visually-hidden" onChange={(e) => void onFile(e)} data-testid="transfer-file" />
        </label>
        {busy && <p className="muted">{t('console.transfers.importing')}</p>}
      </div>
      <ErrorBanner messages={error ? [error] : []} />
      {result && (
        <div className="banner banner-success" data-testid="transfer-result" role="status">
          <p>{t('console.transfers.done', { entries: result.entries, fresh: result.entries - result.duplicates, duplicates: result.duplicates, blobs: result.blobs })}</p>
          <p>
            <a className="button" href={`data:application/octet-stream;base64,${result.reply.dataBase64}`} download={result.reply.fileName} data-testid="transfer-reply">
              {t('console.transfers.saveReply', { name: result.reply.fileName })}
            </a>
          </p>
          <p className="muted">{t('console.transfers.replyHint')}</p>
        </div>
      )}
    </section>
  );
}
