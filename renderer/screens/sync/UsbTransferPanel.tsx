import { useTranslation } from 'react-i18next';
import { TRANSFER_EXTENSION } from '../../../shared/sync/transfer-file';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useUsbTransfer } from './use-usb-transfer';

/**
 * Without any network: the outbox saved as a signed file to carry to head
 * office on a USB stick, and head office's reply file imported when it comes
 * back (entries then marked sent, reference data applied). Either file may be
 * imported twice without effect.
 */
export function UsbTransferPanel() {
  const { t } = useTranslation();
  const { message, error, busy, exportFile, importFile } = useUsbTransfer();

  return (
    <div className="panel" data-testid="sync-usb">
      <h3>{t('sync.usb.title')}</h3>
      <p className="field-hint">{t('sync.usb.hint')}</p>
      <div className="sync-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void exportFile()} data-testid="sync-usb-export">
          {t('sync.usb.export')}
        </button>
        <label className="button" htmlFor="sync-usb-reply">
          {t('sync.usb.import')}
          <input id="sync-usb-reply" type="file" accept={`${TRANSFER_EXTENSION},application/octet-stream`} className="visually-hidden" disabled={busy} onChange={importFile} data-testid="sync-usb-import" />
        </label>
      </div>
      {message && (
        <p className="banner banner-success" role="status" data-testid="sync-usb-result">
          {message}
        </p>
      )}
      <ErrorBanner messages={error ? [error] : []} />
    </div>
  );
}
