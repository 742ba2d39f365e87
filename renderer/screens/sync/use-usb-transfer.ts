import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
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

/** Saving the outbox as a transfer file and importing head office's reply, one at a time, each saying what it did; the sync state is read again after. */
export function useUsbTransfer() {
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

  return { message, error, busy, exportFile, importFile };
}
