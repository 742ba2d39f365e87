import { useTranslation } from 'react-i18next';
import type { DeviceSummary, SiteSummary } from '../../../shared/sync/console-api';
import { useSitesStore } from '../stores/sites-store';
import { ConfirmDialog } from './ConfirmDialog';

/** Asks before revoking: it cannot be undone, and what the device has not sent stays there. */
export function RevokeDialog({ site, device, onClose }: { site: SiteSummary; device: DeviceSummary; onClose(): void }) {
  const { t } = useTranslation();
  const revoke = useSitesStore((s) => s.revoke);
  return (
    <ConfirmDialog
      name="revoke"
      title={t('console.sites.revokeTitle', { device: device.name })}
      body={t('console.sites.revokeBody', { site: `${site.code} ${site.name}`, backlog: device.pendingAfterBatch ?? '?' })}
      confirmLabel={t('console.sites.revokeConfirm')}
      onConfirm={() => revoke(device.id)}
      onClose={onClose}
    />
  );
}
