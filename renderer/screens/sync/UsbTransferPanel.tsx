import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSFER_EXTENSION } from '../../../shared/sync/transfer-file';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { readBase64 } from '../../lib/image-file';
import { useSyncStore } from '../../stores/sync-store';

/** Saves bytes as a file the browser (or Electron) downloads: the station lead picks the USB stick in the save dialog. */
function saveFile(fileName: string, dataBase64: string): void {
  const link = document.createElement('a');
  link.href = `data:application/octet-stream;base64,${dataBase64}`;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Without any network: the outbox saved as a signed file to carry to head
 * office on a USB stick, and head office's reply file imported when it comes
 * back (entries then marked sent, reference data applied). Either file may be
 * imported twice without effect.
 */
export function UsbTransferPanel() {
  const { t } = useTranslation();
  const refresh = useSyncStore((s) => s.refresh);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    setError(null);
    try {
      setMessage(await work());
      await refresh();
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const exportFile = () =>
    run(async () => {
      const file = await api.call('sync.exportTransfer', {});
      saveFile(file.fileName, file.dataBase64);
      return file.remaining > 0 ? t('sync.usb.exportedMore', { n: file.entries, name: file.fileName, remaining: file.remaining }) : t('sync.usb.exported', { n: file.entries, name: file.fileName });
    });

  const importFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file may be chosen again
    if (!file) return;
    void run(async () => {
      const result = await api.call('sync.importTransfer', { fileName: file.name, dataBase64: await readBase64(file) });
      const text = t('sync.usb.imported', { acknowledged: result.acknowledged, applied: result.applied });
      return result.unreadable.length ? `${text} ${t('sync.usb.unreadable', { items: result.unreadable.join('；') })}` : text;
    });
  };

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
