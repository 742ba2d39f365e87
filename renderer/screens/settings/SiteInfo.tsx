import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { timeZoneText } from '../../lib/locale-format';
import { currentLanguage } from '../../i18n/i18n';
import { useSettingsStore } from '../../stores/settings-store';
import { packName } from './rule-pack-text';

/** Read-only for now: the site's identity comes from head office. */
export function SiteInfo() {
  const { t, i18n } = useTranslation();
  const site = useSettingsStore((s) => s.site);
  const error = useSettingsStore((s) => s.siteError);
  const loadSite = useSettingsStore((s) => s.loadSite);

  useEffect(() => {
    void loadSite();
  }, [loadSite]);

  const rows: [string, string][] = site
    ? [
        [t('settings.siteCode'), site.code],
        [t('settings.siteName'), site.name],
        [t('settings.organisation'), site.organisation],
        [t('settings.rulePack'), packName(site.rulePack, i18n.language)],
        [t('settings.timeZone'), timeZoneText(site.timeZone, currentLanguage())],
        [t('settings.workingHours'), `${site.workingHours.opens}–${site.workingHours.closes}`],
        [t('settings.idleSignOut'), t('settings.idleValue', { n: site.idleSignOutMinutes })],
      ]
    : [];

  return (
    <div className="panel">
      <h3>{t('settings.site')}</h3>
      <ErrorBanner messages={error ? [errorText(error, t)] : []} />
      <dl className="details" data-testid="site-info">
        {rows.map(([label, value]) => (
          <div className="detail-item" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
