import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceSummary, SiteSummary } from '../../../shared/sync/console-api';
import { findShippedProfile } from '../../../shared/profiles';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ActionsHeader } from '../../components/ActionsHeader';
import { formatInstant } from '../../lib/zoned-time';
import { useSitesStore } from '../stores/sites-store';
import { CreateSiteForm } from './CreateSiteForm';
import { EnrolCodeNotice } from './EnrolCodeNotice';
import { RevokeDialog } from './RevokeDialog';

/** Every site: devices, last sync, records received and queue backlog; create a site, issue a code, revoke a device. */
export function SitesScreen() {
  const { t } = useTranslation();
  const { sites, error, issued, load } = useSitesStore();
  const [revoking, setRevoking] = useState<{ site: SiteSummary; device: DeviceSummary } | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="page">
      <header className="page-header">
        <h2 className="page-title">{t('console.sites.title')}</h2>
      </header>
      {issued && <EnrolCodeNotice />}
      <ErrorBanner messages={error ? [error] : []} />
      <CreateSiteForm />
      {sites === null ? (
        <p className="muted">{t('console.loading')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="sites-table">
            <thead>
              <tr>
                <th>{t('console.sites.code')}</th>
                <th>{t('console.sites.name')}</th>
                <th>{t('console.sites.profile')}</th>
                <th>{t('console.sites.lastSync')}</th>
                <th>{t('console.sites.received')}</th>
                <th>{t('console.sites.backlog')}</th>
                <th>{t('console.sites.devices')}</th>
                <ActionsHeader />
              </tr>
            </thead>
            <tbody>
              {sites.map((site) => (
                <SiteRow key={site.id} site={site} onRevoke={(device) => setRevoking({ site, device })} />
              ))}
            </tbody>
          </table>
          {sites.length === 0 && <p className="muted">{t('console.empty')}</p>}
        </div>
      )}
      {revoking && <RevokeDialog site={revoking.site} device={revoking.device} onClose={() => setRevoking(null)} />}
    </section>
  );
}

function SiteRow({ site, onRevoke }: { site: SiteSummary; onRevoke(device: DeviceSummary): void }) {
  const { t, i18n } = useTranslation();
  // A shipped profile by its name; one head office published, by its id.
  const profileName = (id: string | null) => {
    if (!id) return t('console.sites.profileUnknown');
    const shipped = findShippedProfile(id);
    return shipped ? (i18n.language === 'en' ? shipped.name.en : shipped.name.zh) : id;
  };
  const newCode = useSitesStore((s) => s.newCode);
  return (
    <tr data-testid={`site-${site.code}`}>
      <td className="mono">{site.code}</td>
      <td>{site.name}</td>
      <td data-testid="site-profile">{profileName(site.profile)}</td>
      <td data-testid="site-last-sync">{site.lastSyncAt ? formatInstant(site.lastSyncAt) : t('console.never')}</td>
      <td data-testid="site-received">{site.recordsReceived}</td>
      <td data-testid="site-backlog">{site.backlog ?? t('console.sites.backlogUnknown')}</td>
      <td>
        {site.devices.length === 0 && <span className="muted">{t('console.sites.noDevices')}</span>}
        <ul className="console-devices">
          {site.devices.map((device) => (
            <li key={device.id} data-testid={`device-${device.name}`}>
              <span>{device.name}</span>
              {device.revokedAt ? (
                <span className="tag console-revoked">{t('console.sites.revoked')}</span>
              ) : (
                <button type="button" className="link-button" data-testid="revoke-device" onClick={() => onRevoke(device)}>
                  {t('console.sites.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </td>
      <td>
        <button type="button" className="button" data-testid="new-enrol-code" onClick={() => void newCode(site.id, site.name)}>
          {t('console.sites.newCode')}
        </button>
      </td>
    </tr>
  );
}
