import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceSummary, SiteSummary } from '../../../shared/sync/console-api';
import { findShippedProfile } from '../../../shared/profiles';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ActionsHeader } from '../../components/ActionsHeader';
import { formatInstant } from '../../lib/zoned-time';
import { SITE_DEVICE_STATES, type SiteDeviceState, type SiteSort } from '../../../shared/sync/console-lists-api';
import { SITE_PAGE_SIZE, useSitesStore } from '../stores/sites-store';
import { CreateSiteForm } from './CreateSiteForm';
import { EnrolCodeNotice } from './EnrolCodeNotice';
import { ListCount, ListFilterForm, SortHeader } from './ListControls';
import { Pager } from './Pager';
import { RevokeDialog } from './RevokeDialog';

/**
 * Every site: devices, last sync, records received and queue backlog; create a
 * site, issue a code, revoke a device. Found by code or name and by its
 * devices, sorted by a column, counted, a page at a time (issue 20 item 16).
 */
export function SitesScreen() {
  const { t } = useTranslation();
  const { listRows: sites, listQuery: query, listTotal: total, error, issued, loadList: load } = useSitesStore();
  const [revoking, setRevoking] = useState<{ site: SiteSummary; device: DeviceSummary } | null>(null);

  useEffect(() => {
    void load(query);
    // Once on entry, with the filters kept from the last visit.
  }, []);

  // A function, not a nested component: a component made anew each render would remount its button mid-click.
  const sortable = (column: SiteSort, label: string) => (
    <SortHeader column={column} current={{ sort: query.sort, dir: query.dir ?? 'asc' }} defaultKey="code" onSort={(sorting) => void load({ ...query, ...sorting, offset: 0 })}>
      {label}
    </SortHeader>
  );

  return (
    <section className="page">
      <header className="page-header">
        <h2 className="page-title">{t('console.sites.title')}</h2>
      </header>
      {issued && <EnrolCodeNotice />}
      <ErrorBanner messages={error ? [error] : []} />
      <CreateSiteForm />
      <ListFilterForm<SiteDeviceState>
        name="site"
        stateName="devices"
        searchLabel={t('consoleLists.siteSearch')}
        stateLabel={t('consoleLists.devices')}
        allStatesLabel={t('consoleLists.allDevices')}
        states={SITE_DEVICE_STATES}
        stateText={(state) => t(`consoleLists.deviceStates.${state}`)}
        query={{ q: query.q, state: query.devices }}
        onChange={({ q, state }) => void load({ ...query, q, devices: state, offset: 0 })}
      />
      {sites && <ListCount total={total} />}
      {sites === null ? (
        <p className="muted">{t('console.loading')}</p>
      ) : (
        <SitesTable sites={sites} sortable={sortable} onRevoke={(site, device) => setRevoking({ site, device })} />
      )}
      <Pager offset={query.offset ?? 0} pageSize={SITE_PAGE_SIZE} shown={sites?.length ?? 0} total={total} onPage={(offset) => void load({ ...query, offset })} />
      {revoking && <RevokeDialog site={revoking.site} device={revoking.device} onClose={() => setRevoking(null)} />}
    </section>
  );
}

/** The sites of the page, one row each, under headers that sort by code, name, last sync and creation. */
function SitesTable({ sites, sortable, onRevoke }: { sites: SiteSummary[]; sortable(column: SiteSort, label: string): ReactNode; onRevoke(site: SiteSummary, device: DeviceSummary): void }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="sites-table">
        <thead>
          <tr>
            {sortable('code', t('console.sites.code'))}
            {sortable('name', t('console.sites.name'))}
            <th>{t('console.sites.profile')}</th>
            {sortable('lastSync', t('console.sites.lastSync'))}
            {sortable('created', t('consoleLists.createdAt'))}
            <th>{t('console.sites.received')}</th>
            <th>{t('console.sites.backlog')}</th>
            <th>{t('console.sites.devices')}</th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {sites.map((site) => (
            <SiteRow key={site.id} site={site} onRevoke={(device) => onRevoke(site, device)} />
          ))}
        </tbody>
      </table>
      {sites.length === 0 && <p className="muted">{t('console.empty')}</p>}
    </div>
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
      <td className="nowrap">{formatInstant(site.createdAt)}</td>
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
