import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceSummary, SiteSummary } from '../../../shared/sync/console-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useSitesStore } from '../stores/sites-store';

/** Asks before revoking: it cannot be undone, and what the device has not sent stays there. */
export function RevokeDialog({ site, device, onClose }: { site: SiteSummary; device: DeviceSummary; onClose(): void }) {
  const { t } = useTranslation();
  const revoke = useSitesStore((s) => s.revoke);
  const dialog = useRef<HTMLDialogElement>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const confirm = async () => {
    try {
      await revoke(device.id);
      onClose();
    } catch (error) {
      setFailure((error as Error).message);
    }
  };

  return (
    <dialog ref={dialog} className="card console-dialog" aria-labelledby="revoke-title" data-testid="revoke-dialog" onCancel={onClose}>
      <h3 id="revoke-title">{t('console.sites.revokeTitle', { device: device.name })}</h3>
      <p>{t('console.sites.revokeBody', { site: `${site.code} ${site.name}`, backlog: device.pendingAfterBatch ?? '?' })}</p>
      <ErrorBanner messages={failure ? [failure] : []} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('console.sites.cancel')}
        </button>
        <button type="button" className="button danger" data-testid="confirm-revoke" onClick={() => void confirm()}>
          {t('console.sites.revokeConfirm')}
        </button>
      </div>
    </dialog>
  );
}
